#include "data/contenu_session.hpp"

#include <mutex>
#include <unordered_map>

namespace ope::contenu_session {

namespace {

// At most this many sessions in memory (about 5 KB each); beyond, it starts again empty.
constexpr std::size_t kSessionsMax = 2000;

std::mutex verrou_memoire;
std::unordered_map<long, std::shared_ptr<const Contenu>> memoire;

}  // namespace

std::shared_ptr<const Contenu> lire(Db& db, long session_id) {
    auto rs = db.query(
        "SELECT s.id, s.mois, s.intitule, s.version,"
        " (SELECT v.version FROM verrou v WHERE v.nom = 'responsables') AS version_personnel"
        " FROM session_formation s WHERE s.id = ?",
        session_id);
    if (!rs->next()) return nullptr;
    Row r(*rs);
    const long version = r.number("version");
    const long version_personnel = r.number("version_personnel");
    {
        std::lock_guard<std::mutex> garde(verrou_memoire);
        auto it = memoire.find(session_id);
        if (it != memoire.end() && it->second->session.version == version &&
            it->second->version_personnel == version_personnel)
            return it->second;
    }
    // Read after the versions: what is read is at least as new as they say. A change
    // committed in between gives a newer version, which misses this entry.
    auto c = std::make_shared<Contenu>();
    c->session = {r.number("id"), parse_mois(r.text("mois")).value_or(Mois{}), r.text("intitule"), version};
    c->version_personnel = version_personnel;
    c->intervenants = sessions::intervenants(db, session_id);
    c->ateliers = ateliers::de_la_session(db, session_id);
    c->inscrits = inscriptions::de_la_session(db, session_id);
    std::lock_guard<std::mutex> garde(verrou_memoire);
    if (memoire.size() >= kSessionsMax) memoire.clear();
    memoire[session_id] = c;
    return c;
}

}  // namespace ope::contenu_session
