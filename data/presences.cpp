#include "data/presences.hpp"

#include "data/journal.hpp"
#include "data/sessions.hpp"
#include "domain/personnes.hpp"

#include <map>

namespace ope::presences {

namespace {

Presence statut_de(const Row& r) { return parse_code<Presence>(r.text("statut")).value_or(Presence::non_renseigne); }

}  // namespace

std::vector<Ligne> de_la_session(Db& db, long session_id) {
    auto rs = db.query(
        "SELECT p.atelier_id, p.stagiaire_id, p.statut, p.commentaire, u.prenom, u.nom, p.valide_le"
        " FROM presence p JOIN atelier a ON a.id = p.atelier_id"
        " LEFT JOIN utilisateur u ON u.id = p.valide_par WHERE a.session_id = ?",
        session_id);
    std::vector<Ligne> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.number("atelier_id"), r.number("stagiaire_id"), statut_de(r), r.text("commentaire"),
                       r.text("prenom"), r.text("nom"), r.text("valide_le")});
    }
    return out;
}

void enregistrer(Db& db, long session_id, const std::vector<Saisie>& saisies, long valide_par) {
    Transaction t(db);
    // Every writer of a session's attendance rows (enrolment, workshops, this) locks
    // and writes the session row first: they queue instead of deadlocking, and
    // conflict across Galera nodes.
    sessions::verrouiller(t, session_id);
    // The current values, to journal only what changes (old and new).
    std::map<std::pair<long, long>, std::pair<Presence, std::string>> avant;
    auto rs = db.query("SELECT p.atelier_id, p.stagiaire_id, p.statut, p.commentaire FROM presence p"
                       " JOIN atelier a ON a.id = p.atelier_id WHERE a.session_id = ? FOR UPDATE",
                       session_id);
    while (rs->next()) {
        Row r(*rs);
        avant[{r.number("atelier_id"), r.number("stagiaire_id")}] = {statut_de(r), r.text("commentaire")};
    }
    for (const auto& s : saisies) {
        db.exec("UPDATE presence SET statut = ?, commentaire = ?, valide_par = ?, valide_le = NOW()"
                " WHERE atelier_id = ? AND stagiaire_id = ?",
                std::string(code(s.statut)), s.commentaire, valide_par, s.atelier_id, s.stagiaire_id);
        auto it = avant.find({s.atelier_id, s.stagiaire_id});
        if (it == avant.end()) continue;
        std::vector<journal::Changement> changements;
        if (it->second.first != s.statut)
            changements.push_back({"statut", std::string(libelle(it->second.first)), std::string(libelle(s.statut))});
        if (it->second.second != s.commentaire) changements.push_back({"commentaire", it->second.second, s.commentaire});
        if (!changements.empty())
            journal::noter(t, valide_par, "presence", "session", session_id,
                           "atelier " + std::to_string(s.atelier_id) + ", stagiaire " + std::to_string(s.stagiaire_id) +
                               "\n" + journal::detail(changements));
    }
    t.commit();
}

std::vector<Perte> saisies(Db& db, long session_id, std::optional<long> atelier_id, std::optional<long> stagiaire_id) {
    auto rs = db.query(
        "SELECT p.atelier_id, p.stagiaire_id, a.date_atelier, a.intitule, s.nom, s.prenom, p.statut, p.commentaire"
        " FROM presence p JOIN atelier a ON a.id = p.atelier_id JOIN stagiaire s ON s.id = p.stagiaire_id"
        " WHERE a.session_id = ? AND (? IS NULL OR p.atelier_id = ?) AND (? IS NULL OR p.stagiaire_id = ?)"
        " AND (p.statut <> 'non_renseigne' OR p.commentaire <> '')"
        " ORDER BY a.date_atelier, a.id, s.nom, s.prenom, s.id",
        session_id, atelier_id, atelier_id, stagiaire_id, stagiaire_id);
    std::vector<Perte> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.number("atelier_id"), r.number("stagiaire_id"), parse_date(r.text("date_atelier")).value_or(Date{}),
                       r.text("intitule"), r.text("nom"), r.text("prenom"), statut_de(r), r.text("commentaire")});
    }
    return out;
}

std::string decrire(const std::vector<Perte>& pertes) {
    std::string out;
    for (const auto& p : pertes) {
        out += (out.empty() ? "" : "\n") + p.date.fr() + ", " + p.intitule + ", " + nom_prenom(p.nom, p.prenom) + " : " +
               libelle(p.statut);
        if (!p.commentaire.empty()) out += ", commentaire « " + p.commentaire + " »";
    }
    return out;
}

std::vector<AtelierDuStagiaire> du_stagiaire(Db& db, long stagiaire_id) {
    auto rs = db.query(
        "SELECT a.session_id, a.date_atelier, a.intitule, a.cycle, p.statut, p.commentaire"
        " FROM presence p JOIN atelier a ON a.id = p.atelier_id"
        " WHERE p.stagiaire_id = ? ORDER BY a.session_id DESC, a.date_atelier, a.id",
        stagiaire_id);
    std::vector<AtelierDuStagiaire> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.number("session_id"), parse_date(r.text("date_atelier")).value_or(Date{}), r.text("intitule"),
                       parse_code<Cycle>(r.text("cycle")).value_or(Cycle::formation), statut_de(r), r.text("commentaire")});
    }
    return out;
}

}  // namespace ope::presences
