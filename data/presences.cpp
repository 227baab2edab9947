#include "data/presences.hpp"

#include "data/journal.hpp"

#include <map>

namespace ope::presences {

bool statut_valide(const std::string& statut) {
    return statut == "non_renseigne" || statut == "present" || statut == "absent" || statut == "excuse";
}

std::string libelle(const std::string& statut) {
    if (statut == "present") return "présent";
    if (statut == "absent") return "absent";
    if (statut == "excuse") return "absent excusé";
    return "non renseigné";
}

std::vector<Ligne> de_la_session(Db& db, long session_id) {
    auto rs = db.query(
        "SELECT p.atelier_id, p.stagiaire_id, p.statut, p.commentaire,"
        " COALESCE(CONCAT(u.prenom, ' ', u.nom), ''), COALESCE(p.valide_le, '')"
        " FROM presence p JOIN atelier a ON a.id = p.atelier_id"
        " LEFT JOIN utilisateur u ON u.id = p.valide_par WHERE a.session_id = ?",
        session_id);
    std::vector<Ligne> out;
    while (rs->next())
        out.push_back({col_long(*rs, 1), col_long(*rs, 2), col_str(*rs, 3), col_str(*rs, 4), col_str(*rs, 5),
                       col_str(*rs, 6)});
    return out;
}

void enregistrer(Db& db, long session_id, const std::vector<Saisie>& saisies, long valide_par) {
    Transaction t(db);
    // Every writer of a session's attendance rows (enrolment, workshops, this) locks
    // the session row first: they queue instead of deadlocking.
    db.query("SELECT id FROM session_formation WHERE id = ? FOR UPDATE", session_id);
    // The current values, to journal only what changes (old and new).
    std::map<std::pair<long, long>, std::pair<std::string, std::string>> avant;
    auto rs = db.query("SELECT p.atelier_id, p.stagiaire_id, p.statut, p.commentaire FROM presence p"
                       " JOIN atelier a ON a.id = p.atelier_id WHERE a.session_id = ? FOR UPDATE",
                       session_id);
    while (rs->next()) avant[{col_long(*rs, 1), col_long(*rs, 2)}] = {col_str(*rs, 3), col_str(*rs, 4)};
    for (const auto& s : saisies) {
        db.exec("UPDATE presence SET statut = ?, commentaire = ?, valide_par = ?, valide_le = NOW()"
                " WHERE atelier_id = ? AND stagiaire_id = ?",
                s.statut, s.commentaire, valide_par, s.atelier_id, s.stagiaire_id);
        auto it = avant.find({s.atelier_id, s.stagiaire_id});
        if (it == avant.end()) continue;
        std::vector<journal::Changement> changements;
        if (it->second.first != s.statut) changements.push_back({"statut", libelle(it->second.first), libelle(s.statut)});
        if (it->second.second != s.commentaire) changements.push_back({"commentaire", it->second.second, s.commentaire});
        if (!changements.empty())
            journal::noter(db, valide_par, "presence", "session", session_id,
                           "atelier " + std::to_string(s.atelier_id) + ", stagiaire " + std::to_string(s.stagiaire_id) +
                               "\n" + journal::detail(changements));
    }
    t.commit();
}

std::vector<AtelierDuStagiaire> du_stagiaire(Db& db, long stagiaire_id) {
    auto rs = db.query(
        "SELECT a.session_id, a.date_atelier, a.intitule, a.cycle, p.statut, p.commentaire"
        " FROM presence p JOIN atelier a ON a.id = p.atelier_id"
        " WHERE p.stagiaire_id = ? ORDER BY a.session_id DESC, a.date_atelier, a.id",
        stagiaire_id);
    std::vector<AtelierDuStagiaire> out;
    while (rs->next())
        out.push_back({col_long(*rs, 1), parse_date(col_str(*rs, 2)).value_or(Date{}), col_str(*rs, 3),
                       static_cast<int>(col_long(*rs, 4)), col_str(*rs, 5), col_str(*rs, 6)});
    return out;
}

}  // namespace ope::presences
