// "Intervenants": the manager creates the staff accounts (tutors, trainers).
#include "handlers/handlers.hpp"
#include "data/journal.hpp"
#include "handlers/formulaires.hpp"

#include "data/comptes.hpp"
#include "fcgi/auth.hpp"
#include "fcgi/normalise.hpp"
#include "fcgi/render.hpp"

#include <regex>

namespace ope::handlers {

namespace {


Response afficher(Request& req, Db& db, const FormErrors* errors, int status) {
    Dict dict("intervenants");
    for (const auto& c : comptes::personnel(db)) {
        Dict* row = dict.AddSectionDictionary("COMPTE");
        row->SetValue("LOGIN", c.login);
        row->SetValue("NOM", c.nom);
        row->SetValue("PRENOM", c.prenom);
        row->SetValue("EMAIL", c.email);
        row->SetValue("ROLE", role_name(c.role));
    }
    if (errors) {
        keep_values(dict, req.form);
        errors->fill(dict);
        dict.ShowSection(std::string("ROLE_") + (req.form.get("role") == "formateur" ? "FORMATEUR"
                                                  : req.form.get("role") == "responsable" ? "RESPONSABLE"
                                                                                          : "TUTEUR"));
    }
    return page(req, "intervenants", dict, "Intervenants", status);
}

}  // namespace

Response comptes_liste(Request& req, Db& db) { return afficher(req, db, nullptr, 200); }

Response comptes_creer(Request& req, Db& db) {
    FormErrors errors;
    auto form = CompteForm::parse(req.form, errors);
    std::optional<long> id;
    if (errors.empty() && !(id = comptes::creer(db, form.compte))) errors.add("login", "Cet identifiant est déjà pris.");
    if (!errors.empty()) return afficher(req, db, &errors, 422);
    journal::noter(db, req.user->id, "creation_compte", "utilisateur", *id,
                   form.compte.login + " (" + role_name(form.compte.role) + ")");
    return Response::redirect("/emploi/intervenants");
}

}  // namespace ope::handlers
