// A staff member's own account: changing their password (/compte/mot-de-passe,
// linked from every page's header), also where a new initial password leads at login.
// The trainee's page (espace.cpp) changes theirs the same way.
#include "handlers/handlers.hpp"
#include "handlers/pages.hpp"

#include "data/comptes.hpp"
#include "fcgi/crypto.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"

namespace ope::handlers {

void champs_mot_de_passe(Dict& zone, const FormState& form) {
    Dict* champs = zone.AddIncludeDictionary("CHAMPS_MOT_DE_PASSE");
    champs->SetFilename("pages/mot_de_passe_champs.tpl");
    form.fill(*champs);
    form.fill(zone);
}

FormState changer_son_mot_de_passe(Request& req, Db& db) {
    auto compte = comptes::par_id(db, req.user->id);
    if (!compte) throw HttpError(404);
    auto form = submit<MotDePasseForm>(req.form);
    if (!verify_password(form.value.actuel, compte->mot_de_passe_hash))
        form.state.errors.add("actuel", "Le mot de passe actuel n'est pas le bon.");
    if (form.ok()) comptes::changer_mot_de_passe(db, *compte, form.value.nouveau, req.user->session_hash);
    return form.state;
}

namespace {

Response afficher(Request& req, Db& db, const FormState& form) {
    auto compte = comptes::par_id(db, req.user->id);
    if (!compte) throw HttpError(404);
    Dict dict("compte_mot_de_passe");
    dict.SetValue("LOGIN", compte->login);
    if (compte->doit_choisir_mot_de_passe) dict.ShowSection("CHOISIR_MOT_DE_PASSE");
    champs_mot_de_passe(*dict.AddSectionDictionary("FORM_MOT_DE_PASSE"), form);
    return page(req, "compte_mot_de_passe", dict, "Mon mot de passe", form.refused() ? 422 : 200);
}

}  // namespace

Response compte_mot_de_passe_form(Request& req, Db& db) { return afficher(req, db, {}); }

Response compte_mot_de_passe(Request& req, Db& db) {
    FormState form = changer_son_mot_de_passe(req, db);
    if (form.refused()) return afficher(req, db, form);
    return apres(req, chemins::sessions(), Avis::mot_de_passe_change);
}

}  // namespace ope::handlers
