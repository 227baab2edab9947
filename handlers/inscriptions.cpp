// Step 5: enrolling trainees, from the session page or from the trainee record,
// with the same rules (data/inscriptions.hpp).
#include "handlers/handlers.hpp"
#include "data/journal.hpp"
#include "handlers/pages.hpp"

#include "data/inscriptions.hpp"
#include "data/sessions.hpp"
#include "data/stagiaires.hpp"
#include "fcgi/parse.hpp"

namespace ope::handlers {

namespace {

std::string chemin_session(long id) { return "/emploi/sessions/" + std::to_string(id) + "#stagiaires"; }
std::string chemin_fiche(long id) { return "/emploi/stagiaires/" + std::to_string(id) + "#sessions"; }

}  // namespace

// On the session page: funding is set later on the record (the page reminds it).
Response session_inscrire(Request& req, Db& db) {
    long session_id = req.id("id");
    if (!sessions::trouver(db, session_id)) throw HttpError(404);
    FormulaireEnErreur erreur{"inscription", &req.form, {}};
    auto stagiaire_id = parse_positive(req.form.get("stagiaire_id"));
    if (!stagiaire_id) {
        erreur.erreurs.add("stagiaire_id", "Choisissez un stagiaire dans la liste.");
        return afficher_session(req, db, session_id, &erreur);
    }
    auto resultat = inscriptions::inscrire(db, session_id, *stagiaire_id, {});
    if (resultat != inscriptions::Resultat::inscrit) {
        erreur.erreurs.add("stagiaire_id", inscriptions::message(resultat));
        return afficher_session(req, db, session_id, &erreur);
    }
    journal::noter(db, req.user->id, "inscription", "stagiaire", *stagiaire_id, "session " + std::to_string(session_id));
    return Response::redirect(chemin_session(session_id));
}

Response session_desinscrire(Request& req, Db& db) {
    long session_id = req.id("id");
    if (!sessions::trouver(db, session_id)) throw HttpError(404);
    if (!inscriptions::desinscrire(db, session_id, req.id("sid"))) throw HttpError(404);
    journal::noter(db, req.user->id, "desinscription", "stagiaire", req.id("sid"), "session " + std::to_string(session_id));
    return Response::redirect(chemin_session(session_id));
}

// On the record, zone "Sessions de formation", "ajouter une session".
Response stagiaire_inscrire(Request& req, Db& db) {
    long stagiaire_id = req.id("id");
    if (!stagiaires::trouver(db, stagiaire_id)) throw HttpError(404);
    FormulaireEnErreur erreur{"inscription", &req.form, {}};
    auto session_id = parse_positive(req.form.get("session_id"));
    if (!session_id) erreur.erreurs.add("session_id", "Choisissez une session dans la liste.");
    auto financement = parse_financement(req.form, inscriptions::statuts(db), true, erreur.erreurs);
    if (erreur.erreurs.empty()) {
        auto resultat = inscriptions::inscrire(db, *session_id, stagiaire_id, financement);
        if (resultat == inscriptions::Resultat::inscrit) {
            journal::noter(db, req.user->id, "inscription", "stagiaire", stagiaire_id,
                           "session " + std::to_string(*session_id) + ", financement " + financement.statut.value_or(""));
            return Response::redirect(chemin_fiche(stagiaire_id));
        }
        erreur.erreurs.add("session_id", inscriptions::message(resultat));
    }
    return afficher_fiche(req, db, stagiaire_id, &erreur);
}

Response stagiaire_financement(Request& req, Db& db) {
    long stagiaire_id = req.id("id");
    long session_id = req.id("sessid");
    if (!stagiaires::trouver(db, stagiaire_id)) throw HttpError(404);
    FormulaireEnErreur erreur{"financement-" + std::to_string(session_id), &req.form, {}};
    auto financement = parse_financement(req.form, inscriptions::statuts(db), true, erreur.erreurs);
    if (!erreur.erreurs.empty()) return afficher_fiche(req, db, stagiaire_id, &erreur);
    if (!inscriptions::modifier_financement(db, session_id, stagiaire_id, financement)) throw HttpError(404);
    journal::noter(db, req.user->id, "financement", "stagiaire", stagiaire_id,
                   "session " + std::to_string(session_id) + " : " + financement.statut.value_or("") + ", CAF " +
                       financement.numero_caf + ", CLI " + financement.numero_cli + ", complément " + financement.complement);
    return Response::redirect(chemin_fiche(stagiaire_id));
}

}  // namespace ope::handlers
