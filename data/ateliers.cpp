#include "data/ateliers.hpp"

namespace ope::ateliers {

namespace {

Atelier lire(sql::ResultSet& rs) {
    Atelier a;
    a.id = col_long(rs, 1);
    a.session_id = col_long(rs, 2);
    a.date = parse_date(col_str(rs, 3)).value_or(Date{});
    a.intitule = col_str(rs, 4);
    a.cycle = static_cast<int>(col_long(rs, 5));
    return a;
}

}  // namespace

std::string libelle_cycle(int cycle) {
    return cycle == 2 ? "Cycle 2 : Approfondissement" : "Cycle 1 : Formation";
}

std::vector<Atelier> de_la_session(Db& db, long session_id) {
    auto rs = db.query("SELECT id, session_id, date_atelier, intitule, cycle FROM atelier"
                       " WHERE session_id = ? ORDER BY date_atelier, id",
                       session_id);
    std::vector<Atelier> out;
    while (rs->next()) out.push_back(lire(*rs));
    return out;
}

std::optional<Atelier> trouver(Db& db, long session_id, long atelier_id) {
    auto rs = db.query("SELECT id, session_id, date_atelier, intitule, cycle FROM atelier"
                       " WHERE id = ? AND session_id = ?",
                       atelier_id, session_id);
    if (!rs->next()) return std::nullopt;
    return lire(*rs);
}

long creer(Db& db, const Atelier& a) {
    Transaction t(db);
    // Locks the session's enrolments so that a trainee enrolled meanwhile is not missed.
    db.query("SELECT id FROM session_formation WHERE id = ? FOR UPDATE", a.session_id);
    long id = db.insert("INSERT INTO atelier (session_id, date_atelier, intitule, cycle) VALUES (?, ?, ?, ?)",
                        a.session_id, a.date.iso(), a.intitule, a.cycle);
    db.exec("INSERT INTO presence (atelier_id, stagiaire_id)"
            " SELECT ?, stagiaire_id FROM inscription WHERE session_id = ?",
            id, a.session_id);
    t.commit();
    return id;
}

bool modifier(Db& db, const Atelier& a) {
    auto rs = db.query("SELECT 1 FROM atelier WHERE id = ? AND session_id = ?", a.id, a.session_id);
    if (!rs->next()) return false;
    db.exec("UPDATE atelier SET date_atelier = ?, intitule = ?, cycle = ? WHERE id = ? AND session_id = ?",
            a.date.iso(), a.intitule, a.cycle, a.id, a.session_id);
    return true;
}

bool supprimer(Db& db, long session_id, long atelier_id) {
    Transaction t(db);
    // Same lock as enrolment and attendance saving (see presences::enregistrer).
    db.query("SELECT id FROM session_formation WHERE id = ? FOR UPDATE", session_id);
    db.exec("DELETE FROM presence WHERE atelier_id = ? AND atelier_id IN"
            " (SELECT id FROM atelier WHERE session_id = ?)",
            atelier_id, session_id);
    bool deleted = db.exec("DELETE FROM atelier WHERE id = ? AND session_id = ?", atelier_id, session_id) > 0;
    t.commit();
    return deleted;
}

}  // namespace ope::ateliers
