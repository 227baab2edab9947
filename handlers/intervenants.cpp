// "Intervenants": the manager creates the staff accounts (tutors, trainers,
// managers), edits them, deactivates them (kept on past sessions and in the
// journal, gone from the drop-downs, no login) and gives them a new initial password.
#include "handlers/handlers.hpp"

#include "data/comptes.hpp"
#include "domain/normalise.hpp"
#include "domain/personnes.hpp"
#include "fcgi/crypto.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"

namespace ope::handlers {

namespace {

Response afficher(Request& req, Db& db, const FormState& creation = {}) {
    Dict dict("intervenants");
    for (const auto& c : comptes::personnel(db, comptes::Inactifs::inclus)) {
        Dict* row = dict.AddSectionDictionary("COMPTE");
        row->SetIntValue("ID", c.id);
        row->SetValue("LOGIN", c.login);
        row->SetValue("NOM", c.nom);
        row->SetValue("PRENOM", c.prenom);
        if (c.email.empty()) row->ShowSection("SANS_EMAIL");
        else row->SetValueAndShowSection("EMAIL", c.email, "AVEC_EMAIL");
        row->SetValue("ROLE", libelle(c.role));
        row->ShowSection(c.actif ? "ACTIF" : "INACTIF");
    }
    creation.fill(*dict.AddSectionDictionary("FORM_COMPTE"));
    return page(req, "intervenants", dict, "Intervenants", creation.refused() ? 422 : 200);
}

comptes::Compte compte_du_personnel(Request& req, Db& db) {
    auto c = comptes::par_id(db, req.id("uid"));
    if (!c || !personnel(c->role)) throw HttpError(404);
    return *c;
}

// The account's page: its form (the account, or what was typed when refused) and,
// right after it was issued, the new initial password, shown this once.
Response afficher_compte(Request& req, const comptes::Compte& c, const FormState& form,
                         const std::string& mot_de_passe = "") {
    Dict dict("intervenant_fiche");
    const std::string nom = prenom_nom(c.prenom, c.nom);
    dict.SetIntValue("ID", c.id);
    dict.SetValue("LOGIN", c.login);
    dict.SetValue("NOM_COMPLET", nom);
    dict.SetValue("DERNIERE_CONNEXION", c.derniere_connexion.empty() ? "jamais" : horodatage_fr(c.derniere_connexion));
    if (c.doit_choisir_mot_de_passe) dict.ShowSection("DOIT_CHOISIR");
    if (!mot_de_passe.empty()) dict.SetValueAndShowSection("MOT_DE_PASSE", mot_de_passe, "NOUVEAU_MOT_DE_PASSE");
    Dict* zone = dict.AddSectionDictionary("FORM_COMPTE");
    form.fill(*zone);
    if (!c.actif) dict.ShowSection("INACTIF");
    else dict.AddSectionDictionary("FORM_MOT_DE_PASSE");
    return page(req, "intervenant_fiche", dict, "Compte de " + nom, form.refused() ? 422 : 200);
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

Response compte_fiche(Request& req, Db& db) {
    auto c = compte_du_personnel(req, db);
    return afficher_compte(req, c, CompteModifieForm::state_of(c));
}

Response compte_modifier(Request& req, Db& db) {
    auto c = compte_du_personnel(req, db);
    auto form = submit<CompteModifieForm>(req.form);
    if (form.ok()) {
        const auto& f = form.value;
        switch (comptes::modifier_personnel(db, {c.id, f.nom, f.prenom, f.email, f.role, f.actif}, req.user->id)) {
            case comptes::Modification::faite:
                return apres(req, chemins::intervenants(),
                             c.actif && !f.actif ? Avis::compte_desactive : Avis::compte_modifie);
            case comptes::Modification::inconnu: throw HttpError(404);
            case comptes::Modification::dernier_responsable:
                form.state.errors.add(f.actif ? "role" : "actif",
                                      "C'est le dernier responsable actif : il ne peut être ni désactivé ni changé de "
                                      "rôle. Donnez d'abord le rôle de responsable à un autre compte.");
                break;
        }
    }
    return afficher_compte(req, c, form.state);
}

// Answered with the page itself (not a redirect): the password is shown once and
// kept nowhere readable.
Response compte_nouveau_mot_de_passe(Request& req, Db& db) {
    auto c = compte_du_personnel(req, db);
    auto mot_de_passe = comptes::nouveau_mot_de_passe_personnel(db, c.id, req.user->id);
    if (!mot_de_passe) throw HttpError(404);
    c.doit_choisir_mot_de_passe = true;
    return afficher_compte(req, c, CompteModifieForm::state_of(c), *mot_de_passe);
}

}  // namespace ope::handlers
