#include "handlers/handlers.hpp"
#include "data/journal.hpp"
#include "handlers/pages.hpp"

#include "data/ateliers.hpp"
#include "data/sessions.hpp"
#include "fcgi/normalise.hpp"

namespace ope::handlers {

namespace {


std::string chemin_ateliers(long session_id) { return "/emploi/sessions/" + std::to_string(session_id) + "#ateliers"; }

long session_existante(Request& req, Db& db) {
    long id = req.id("id");
    if (!sessions::trouver(db, id)) throw HttpError(404);
    return id;
}

}  // namespace

Response atelier_ajouter(Request& req, Db& db) {
    long session_id = session_existante(req, db);
    FormulaireEnErreur erreur{"atelier", &req.form, {}};
    auto form = AtelierForm::parse(req.form, erreur.erreurs);
    if (!erreur.erreurs.empty()) return afficher_session(req, db, session_id, &erreur);
    long id = ateliers::creer(db, {0, session_id, form.date, form.intitule, form.cycle});
    journal::noter(db, req.user->id, "ajout_atelier", "session", session_id,
                   "atelier " + std::to_string(id) + " : " + form.date.fr() + " " + form.intitule + ", cycle " +
                       std::to_string(form.cycle));
    return Response::redirect("/emploi/sessions/" + std::to_string(session_id) + "#atelier-" + std::to_string(id));
}

Response atelier_modifier(Request& req, Db& db) {
    long session_id = session_existante(req, db);
    long atelier_id = req.id("aid");
    if (!ateliers::trouver(db, session_id, atelier_id)) throw HttpError(404);
    FormulaireEnErreur erreur{"atelier-" + std::to_string(atelier_id), &req.form, {}};
    auto form = AtelierForm::parse(req.form, erreur.erreurs);
    if (!erreur.erreurs.empty()) return afficher_session(req, db, session_id, &erreur);
    if (!ateliers::modifier(db, {atelier_id, session_id, form.date, form.intitule, form.cycle})) throw HttpError(404);
    journal::noter(db, req.user->id, "modification_atelier", "session", session_id,
                   "atelier " + std::to_string(atelier_id) + " : " + form.date.fr() + " " + form.intitule + ", cycle " +
                       std::to_string(form.cycle));
    return Response::redirect(chemin_ateliers(session_id));
}

Response atelier_supprimer(Request& req, Db& db) {
    long session_id = session_existante(req, db);
    if (!ateliers::supprimer(db, session_id, req.id("aid"))) throw HttpError(404);
    journal::noter(db, req.user->id, "suppression_atelier", "session", session_id, "atelier " + std::to_string(req.id("aid")));
    return Response::redirect(chemin_ateliers(session_id));
}

}  // namespace ope::handlers
