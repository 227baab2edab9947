#include "data/presences.hpp"

#include "data/journal.hpp"
#include "fcgi/crypto.hpp"
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

std::string version_de(Presence statut, const std::string& commentaire) {
    return token_hash(std::string(code(statut)) + "\n" + commentaire).substr(0, 16);
}

std::vector<std::pair<long, long>> enregistrer(Db& db, long session_id, const std::vector<Saisie>& saisies,
                                               long valide_par) {
    Transaction t(db);
    // Every writer of a session's attendance rows (enrolment, workshops, this) locks
    // and writes the session row first: they queue instead of deadlocking, and
    // conflict across Galera nodes.
    sessions::verrouiller(t, session_id);
    // The current values: what changes, what conflicts, and the journal's old values.
    std::map<std::pair<long, long>, std::pair<Presence, std::string>> avant;
    auto rs = db.query("SELECT p.atelier_id, p.stagiaire_id, p.statut, p.commentaire FROM presence p"
                       " JOIN atelier a ON a.id = p.atelier_id WHERE a.session_id = ? FOR UPDATE",
                       session_id);
    while (rs->next()) {
        Row r(*rs);
        avant[{r.number("atelier_id"), r.number("stagiaire_id")}] = {statut_de(r), r.text("commentaire")};
    }
    std::vector<const Saisie*> a_ecrire;
    std::vector<std::pair<long, long>> conflits;
    for (const auto& s : saisies) {
        auto it = avant.find({s.atelier_id, s.stagiaire_id});
        if (it == avant.end()) continue;
        const auto& [statut, commentaire] = it->second;
        if (s.statut == statut && s.commentaire == commentaire) continue;  // as it is: not written, not stamped
        if (s.version && *s.version != version_de(statut, commentaire)) {
            // Changed by someone else since the form was read. Left as they made it
            // when the form shows it as read; a conflict when the form changes it too.
            if (*s.version != version_de(s.statut, s.commentaire)) conflits.emplace_back(s.atelier_id, s.stagiaire_id);
            continue;
        }
        a_ecrire.push_back(&s);
    }
    if (!conflits.empty()) return conflits;  // rolled back: nothing written
    for (const Saisie* s : a_ecrire) {
        const auto& [statut, commentaire] = avant[{s->atelier_id, s->stagiaire_id}];
        db.exec("UPDATE presence SET statut = ?, commentaire = ?, valide_par = ?, valide_le = NOW()"
                " WHERE atelier_id = ? AND stagiaire_id = ?",
                std::string(code(s->statut)), s->commentaire, valide_par, s->atelier_id, s->stagiaire_id);
        std::vector<journal::Changement> changements;
        if (statut != s->statut)
            changements.push_back({"statut", std::string(libelle(statut)), std::string(libelle(s->statut))});
        if (commentaire != s->commentaire) changements.push_back({"commentaire", commentaire, s->commentaire});
        journal::noter(t, valide_par, ActionJournal::presence, "session", session_id,
                       "atelier " + std::to_string(s->atelier_id) + ", stagiaire " + std::to_string(s->stagiaire_id) +
                           "\n" + journal::detail(changements),
                       s->stagiaire_id);
    }
    t.commit();
    return {};
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
