#include "handlers/handlers.hpp"
#include "handlers/pages.hpp"

#include "data/ateliers.hpp"
#include "data/sessions.hpp"
#include "fcgi/normalise.hpp"

namespace ope::handlers {

namespace {

struct AtelierForm {
    Date date;
    std::string intitule;
    int cycle = 0;

    static AtelierForm parse(const Params& form, FormErrors& errors) {
        AtelierForm f;
        if (form.get("date").empty()) errors.add("date", "Choisissez la date de l'atelier.");
        else if (auto d = parse_date(form.get("date"))) f.date = *d;
        else errors.add("date", "Date invalide : choisissez une date réelle, par exemple 2031-03-14.");

        auto intitule = texte(form.get("intitule"), 200);
        if (!intitule.ok()) errors.add("intitule", intitule.error);
        else if (intitule.value.empty()) errors.add("intitule", "Donnez un intitulé à l'atelier.");
        f.intitule = intitule.value;

        const std::string& cycle = form.get("cycle");
        if (cycle == "1" || cycle == "2") f.cycle = cycle[0] - '0';
        else errors.add("cycle", "Choisissez « Cycle 1 : Formation » ou « Cycle 2 : Approfondissement ».");
        return f;
    }
};

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
    return Response::redirect(chemin_ateliers(session_id));
}

Response atelier_supprimer(Request& req, Db& db) {
    long session_id = session_existante(req, db);
    if (!ateliers::supprimer(db, session_id, req.id("aid"))) throw HttpError(404);
    return Response::redirect(chemin_ateliers(session_id));
}

}  // namespace ope::handlers
