#include "data/ateliers.hpp"

#include "data/journal.hpp"
#include "data/sessions.hpp"

namespace ope::ateliers {

namespace {

const char* kColonnes = "SELECT id, session_id, date_atelier, intitule, cycle FROM atelier ";

Atelier lire(const Row& r) {
    return {r.number("id"), r.number("session_id"), parse_date(r.text("date_atelier")).value_or(Date{}),
            r.text("intitule"), parse_code<Cycle>(r.text("cycle")).value_or(Cycle::formation)};
}

std::string decrire(const Atelier& a) {
    return "atelier " + std::to_string(a.id) + " : " + a.date.fr() + " " + a.intitule + ", " +
           std::string(libelle(a.cycle));
}

}  // namespace

std::vector<Atelier> de_la_session(Db& db, long session_id) {
    auto rs = db.query(std::string(kColonnes) + "WHERE session_id = ? ORDER BY date_atelier, id", session_id);
    std::vector<Atelier> out;
    while (rs->next()) out.push_back(lire(Row(*rs)));
    return out;
}

std::optional<Atelier> trouver(Db& db, long session_id, long atelier_id) {
    auto rs = db.query(std::string(kColonnes) + "WHERE id = ? AND session_id = ?", atelier_id, session_id);
    if (!rs->next()) return std::nullopt;
    return lire(Row(*rs));
}

long creer(Db& db, const Atelier& a, long par) {
    Transaction t(db);
    sessions::verrouiller(t, a.session_id);
    long id = db.insert("INSERT INTO atelier (session_id, date_atelier, intitule, cycle) VALUES (?, ?, ?, ?)",
                        a.session_id, a.date.iso(), a.intitule, numero(a.cycle));
    db.exec("INSERT INTO presence (atelier_id, stagiaire_id)"
            " SELECT ?, stagiaire_id FROM inscription WHERE session_id = ?",
            id, a.session_id);
    Atelier cree = a;
    cree.id = id;
    journal::noter(t, par, ActionJournal::ajout_atelier, "session", a.session_id, decrire(cree));
    t.commit();
    return id;
}

bool modifier(Db& db, const Atelier& a, long par) {
    Transaction t(db);
    sessions::verrouiller(t, a.session_id);
    if (!db.query("SELECT 1 FROM atelier WHERE id = ? AND session_id = ? FOR UPDATE", a.id, a.session_id)->next())
        return false;
    db.exec("UPDATE atelier SET date_atelier = ?, intitule = ?, cycle = ? WHERE id = ? AND session_id = ?",
            a.date.iso(), a.intitule, numero(a.cycle), a.id, a.session_id);
    journal::noter(t, par, ActionJournal::modification_atelier, "session", a.session_id, decrire(a));
    t.commit();
    return true;
}

presences::Retrait supprimer(Db& db, long session_id, long atelier_id, long par, bool confirme) {
    using Etat = presences::Retrait::Etat;
    Transaction t(db);
    sessions::verrouiller(t, session_id);
    auto rs = db.query(std::string(kColonnes) + "WHERE id = ? AND session_id = ?", atelier_id, session_id);
    if (!rs->next()) return {Etat::inconnu, {}};
    const Atelier atelier = lire(Row(*rs));
    auto pertes = presences::saisies(db, session_id, atelier_id, std::nullopt);
    if (!pertes.empty() && !confirme) return {Etat::a_confirmer, std::move(pertes)};
    db.exec("DELETE FROM presence WHERE atelier_id = ?", atelier_id);
    db.exec("DELETE FROM atelier WHERE id = ? AND session_id = ?", atelier_id, session_id);
    journal::noter(t, par, ActionJournal::suppression_atelier, "session", session_id,
                   decrire(atelier) +
                       (pertes.empty() ? "" : "\nprésences saisies supprimées :\n" + presences::decrire(pertes)));
    t.commit();
    return {Etat::fait, std::move(pertes)};
}

}  // namespace ope::ateliers
