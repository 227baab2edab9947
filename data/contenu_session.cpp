#include "data/contenu_session.hpp"

namespace ope::contenu_session {

namespace {

// About 5 KB a session with 25 trainees: some 800 sessions. With the pages kept
// (8 MB each: handlers/), at most 36 MB over what an instance needs anyway.
Memoire<Contenu> memoire(4 * 1024 * 1024);

std::size_t octets(const Contenu& c) {
    return sizeof(Contenu) + 200 * (c.intervenants.size() + c.ateliers.size() + c.inscrits.size());
}

}  // namespace

const LectureVersions kVersions{
    "(SELECT CONCAT_WS(' ', s.version, v.version, s.version_envois) FROM session_formation s"
    " JOIN verrou v ON v.nom = 'responsables' WHERE s.id = ?)"};

std::optional<Etat> etat(Db& db, long session_id) {
    // Two rows read by their keys, joined as constants: no subquery to optimise at each
    // request (this statement runs at every request of the busy pages).
    auto rs = db.query(
        "SELECT s.id, s.mois, s.intitule, s.version, s.version_envois, v.version AS version_personnel"
        " FROM session_formation s JOIN verrou v ON v.nom = 'responsables' WHERE s.id = ?",
        session_id);
    if (!rs->next()) return std::nullopt;
    Row r(*rs);
    Etat e;
    e.session = {r.number("id"), parse_mois(r.text("mois")).value_or(Mois{}), r.text("intitule"), r.number("version")};
    e.version_personnel = r.number("version_personnel");
    e.version_envois = r.number("version_envois");
    return e;
}

std::shared_ptr<const Contenu> lire(Db& db, const Etat& etat) {
    const long id = etat.session.id;
    const std::string cle = std::to_string(id);
    // The sendings are not part of this content: a sent mail does not read it again.
    const Versions versions{etat.session.version, etat.version_personnel, 0};
    if (auto c = memoire.trouver(cle, versions)) return c;
    // Read after the versions (memoire.garder).
    auto c = std::make_shared<Contenu>();
    c->session = etat.session;
    c->intervenants = sessions::intervenants(db, id);
    c->ateliers = ateliers::de_la_session(db, id);
    c->inscrits = inscriptions::de_la_session(db, id);
    memoire.garder(cle, versions, c, octets(*c));
    return c;
}

std::shared_ptr<const Contenu> lire(Db& db, long session_id) {
    auto e = etat(db, session_id);
    return e ? lire(db, *e) : nullptr;
}

}  // namespace ope::contenu_session
