// "Intervenants": the manager creates the staff accounts (tutors, trainers).
#include "handlers/handlers.hpp"

#include "data/comptes.hpp"
#include "fcgi/crypto.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"

namespace ope::handlers {

namespace {

Response afficher(Request& req, Db& db, const FormState& creation = {}) {
    Dict dict("intervenants");
    for (const auto& c : comptes::personnel(db)) {
        Dict* row = dict.AddSectionDictionary("COMPTE");
        row->SetValue("LOGIN", c.login);
        row->SetValue("NOM", c.nom);
        row->SetValue("PRENOM", c.prenom);
        row->SetValue("EMAIL", c.email);
        row->SetValue("ROLE", libelle(c.role));
    }
    creation.fill(*dict.AddSectionDictionary("FORM_COMPTE"));
    return page(req, "intervenants", dict, "Intervenants", creation.refused() ? 422 : 200);
}

}  // namespace

Response comptes_liste(Request& req, Db& db) { return afficher(req, db); }

Response comptes_creer(Request& req, Db& db) {
    auto form = submit<CompteForm>(req.form);
    const auto& f = form.value;
    if (form.ok()) {
        comptes::NouveauCompte c{f.login, f.nom, f.prenom, f.email, f.role, hash_password(f.mot_de_passe), {}, {}};
        if (comptes::creer_personnel(db, c, req.user->id))
            return apres(req, chemins::intervenants(), Avis::compte_cree);
        form.state.errors.add("login", "Cet identifiant est déjà pris.");
    }
    return afficher(req, db, form.state);
}

}  // namespace ope::handlers
