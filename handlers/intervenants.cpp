// "Intervenants": the manager creates the staff accounts (tutors, trainers).
#include "handlers/handlers.hpp"

#include "data/comptes.hpp"
#include "fcgi/auth.hpp"
#include "fcgi/normalise.hpp"
#include "fcgi/render.hpp"

#include <regex>

namespace ope::handlers {

namespace {

struct CompteForm {
    comptes::NouveauCompte compte;

    static CompteForm parse(const Params& form, FormErrors& errors) {
        CompteForm f;
        auto& c = f.compte;
        static const std::regex login_ok("^[a-z0-9][a-z0-9._-]{2,63}$");
        c.login = form.get("login");
        if (!std::regex_match(c.login, login_ok))
            errors.add("login", "Identifiant invalide : 3 à 64 caractères parmi a-z, 0-9, « . », « - » et « _ ».");
        auto nom = ope::nom(form.get("nom"));
        if (!nom.ok()) errors.add("nom", nom.error);
        else if (nom.value.empty()) errors.add("nom", "Le nom est obligatoire.");
        c.nom = nom.value;
        auto prenom = ope::prenom(form.get("prenom"));
        if (!prenom.ok()) errors.add("prenom", prenom.error);
        else if (prenom.value.empty()) errors.add("prenom", "Le prénom est obligatoire.");
        c.prenom = prenom.value;
        auto email = ope::email(form.get("email"));
        if (!email.ok()) errors.add("email", email.error);
        c.email = email.value;
        auto role = parse_role(form.get("role"));
        if (!role || *role == Role::stagiaire) errors.add("role", "Choisissez tuteur, formateur ou responsable.");
        else c.role = *role;
        c.mot_de_passe = form.get("mot_de_passe");
        if (auto faiblesse = password_weakness(c.mot_de_passe); !faiblesse.empty())
            errors.add("mot_de_passe", faiblesse);
        return f;
    }
};

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
    if (errors.empty() && !comptes::creer(db, form.compte))
        errors.add("login", "Cet identifiant est déjà pris.");
    if (!errors.empty()) return afficher(req, db, &errors, 422);
    return Response::redirect("/emploi/intervenants");
}

}  // namespace ope::handlers
