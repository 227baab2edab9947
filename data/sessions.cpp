#include "data/sessions.hpp"

namespace ope::sessions {

namespace {

Mois lire_mois(sql::ResultSet& rs, int column) {
    // DATE columns read as "YYYY-MM-DD".
    auto m = parse_mois(col_str(rs, column));
    return m.value_or(Mois{});
}

// Tutors and trainers are gathered in the same query, so the list costs one
// statement whatever its length.
const char* kResume =
    "SELECT s.id, s.mois, s.intitule,"
    " (SELECT GROUP_CONCAT(CONCAT(u.prenom, ' ', u.nom) ORDER BY u.nom, u.prenom SEPARATOR ', ')"
    "   FROM session_intervenant si JOIN utilisateur u ON u.id = si.utilisateur_id"
    "   WHERE si.session_id = s.id AND si.role = 'tuteur'),"
    " (SELECT GROUP_CONCAT(CONCAT(u.prenom, ' ', u.nom) ORDER BY u.nom, u.prenom SEPARATOR ', ')"
    "   FROM session_intervenant si JOIN utilisateur u ON u.id = si.utilisateur_id"
    "   WHERE si.session_id = s.id AND si.role = 'formateur'),"
    " (SELECT COUNT(*) FROM atelier a WHERE a.session_id = s.id),"
    " (SELECT COUNT(*) FROM inscription i WHERE i.session_id = s.id)"
    " FROM session_formation s ";

std::vector<Resume> lire_resumes(sql::ResultSet& rs) {
    std::vector<Resume> out;
    while (rs.next()) {
        Resume r;
        r.session = {col_long(rs, 1), lire_mois(rs, 2), col_str(rs, 3)};
        r.tuteurs = col_str(rs, 4);
        r.formateurs = col_str(rs, 5);
        r.ateliers = col_long(rs, 6);
        r.stagiaires = col_long(rs, 7);
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace

std::vector<Resume> lister(Db& db, std::optional<int> annee, std::optional<long> formateur_id, int limite) {
    // One statement per combination of filters (not "? IS NULL OR ..."), so that
    // MariaDB reads the month index backwards instead of sorting every session.
    std::string sql = std::string(kResume) + "WHERE 1 = 1";
    std::vector<Value> args;
    if (annee) {
        sql += " AND s.mois >= ? AND s.mois < ?";
        args.push_back(std::to_string(*annee) + "-01-01");
        args.push_back(std::to_string(*annee + 1) + "-01-01");
    }
    if (formateur_id) {
        sql += " AND EXISTS (SELECT 1 FROM session_intervenant f WHERE f.session_id = s.id"
               " AND f.utilisateur_id = ? AND f.role = 'formateur')";
        args.push_back(*formateur_id);
    }
    sql += " ORDER BY s.mois DESC, s.id DESC LIMIT ?";
    args.push_back(static_cast<long>(annee ? 100000 : limite));
    auto rs = db.query_list(sql, args);
    return lire_resumes(*rs);
}

std::vector<Resume> du_stagiaire(Db& db, long stagiaire_id) {
    auto rs = db.query(std::string(kResume) +
                           "WHERE EXISTS (SELECT 1 FROM inscription i WHERE i.session_id = s.id AND i.stagiaire_id = ?)"
                           " ORDER BY s.mois DESC, s.id DESC",
                       stagiaire_id);
    return lire_resumes(*rs);
}

std::vector<int> annees(Db& db, std::optional<long> formateur_id) {
    std::string sql = "SELECT DISTINCT YEAR(s.mois) FROM session_formation s";
    std::vector<Value> args;
    if (formateur_id) {
        sql += " JOIN session_intervenant f ON f.session_id = s.id AND f.utilisateur_id = ? AND f.role = 'formateur'";
        args.push_back(*formateur_id);
    }
    auto rs = db.query_list(sql + " ORDER BY 1 DESC", args);
    std::vector<int> out;
    while (rs->next()) out.push_back(static_cast<int>(col_long(*rs, 1)));
    return out;
}

std::optional<Session> trouver(Db& db, long id) {
    auto rs = db.query("SELECT id, mois, intitule FROM session_formation WHERE id = ?", id);
    if (!rs->next()) return std::nullopt;
    return Session{col_long(*rs, 1), lire_mois(*rs, 2), col_str(*rs, 3)};
}

long creer(Db& db, const Mois& mois, const std::string& intitule, long cree_par) {
    return db.insert("INSERT INTO session_formation (mois, intitule, cree_par) VALUES (?, ?, ?)",
                     mois.iso(), intitule, cree_par);
}

std::vector<Intervenant> intervenants(Db& db, long session_id) {
    auto rs = db.query(
        "SELECT u.id, u.prenom, u.nom, si.role FROM session_intervenant si"
        " JOIN utilisateur u ON u.id = si.utilisateur_id WHERE si.session_id = ?"
        " ORDER BY si.role DESC, u.nom, u.prenom",
        session_id);
    std::vector<Intervenant> out;
    while (rs->next()) out.push_back({col_long(*rs, 1), col_str(*rs, 2), col_str(*rs, 3), col_str(*rs, 4)});
    return out;
}

bool est_intervenant(Db& db, long session_id, long utilisateur_id, const std::string& role) {
    auto rs = db.query("SELECT 1 FROM session_intervenant WHERE session_id = ? AND utilisateur_id = ? AND role = ?",
                       session_id, utilisateur_id, role);
    return rs->next();
}

bool ajouter_intervenant(Db& db, long session_id, long utilisateur_id, const std::string& role) {
    return db.exec("INSERT IGNORE INTO session_intervenant (session_id, utilisateur_id, role) VALUES (?, ?, ?)",
                   session_id, utilisateur_id, role) > 0;
}

void retirer_intervenant(Db& db, long session_id, long utilisateur_id, const std::string& role) {
    db.exec("DELETE FROM session_intervenant WHERE session_id = ? AND utilisateur_id = ? AND role = ?",
            session_id, utilisateur_id, role);
}

}  // namespace ope::sessions
