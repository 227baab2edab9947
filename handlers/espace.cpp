// Step 11: the trainee's personal page ("page personnelle"): their sessions,
// workshops, attendance and the tutor's comments; "Mise à jour des données
// personnelles"; their password. A trainee only ever sees their own record:
// every query here takes the id from the logged-in account, never from the URL.
#include "handlers/handlers.hpp"
#include "data/journal.hpp"
#include "handlers/formulaires.hpp"

#include "data/ateliers.hpp"
#include "data/comptes.hpp"
#include "data/presences.hpp"
#include "data/sessions.hpp"
#include "data/stagiaires.hpp"
#include "fcgi/auth.hpp"

namespace ope::handlers {

namespace {

// Civility, names and birth date identify the person for the staff (funding files):
// the trainee sees them but cannot change them.
const char* kChampsReserves[] = {"civilite", "nom", "prenom", "date_naissance"};

long stagiaire_du_compte(const Request& req) {
    if (!req.user->stagiaire_id) throw HttpError(404, "Ce compte n'est lié à aucune fiche de stagiaire.");
    return *req.user->stagiaire_id;
}

Response afficher(Request& req, Db& db, const FormulaireEnErreur* erreur) {
    long id = stagiaire_du_compte(req);
    auto s = stagiaires::trouver(db, id);
    auto compte = comptes::par_id(db, req.user->id);
    if (!s || !compte) throw HttpError(404);
    Dict dict("espace");
    dict.SetValue("NOM_COMPLET", s->civilite + " " + s->prenom + " " + s->nom);
    dict.SetValue("LOGIN", compte->login);
    if (compte->doit_choisir_mot_de_passe) dict.ShowSection("CHOISIR_MOT_DE_PASSE");
    if (req.query.get("enregistre") == "1" && !erreur) dict.ShowSection("DONNEES_ENREGISTREES");
    if (req.query.get("mot_de_passe") == "1" && !erreur) dict.ShowSection("MOT_DE_PASSE_CHANGE");

    // Sessions, and under each its workshops with the trainee's attendance.
    auto ateliers = presences::du_stagiaire(db, id);
    auto liste = sessions::du_stagiaire(db, id);
    for (const auto& r : liste) {
        Dict* sd = dict.AddSectionDictionary("SESSION");
        sd->SetIntValue("NUMERO", r.session.id);
        sd->SetValue("MOIS", r.session.mois.fr());
        sd->SetValue("INTITULE", r.session.intitule);
        sd->SetValue("TUTEURS", r.tuteurs.empty() ? "—" : r.tuteurs);
        sd->SetValue("FORMATEURS", r.formateurs.empty() ? "—" : r.formateurs);
        for (const auto& a : ateliers) {
            if (a.session_id != r.session.id) continue;
            Dict* ad = sd->AddSectionDictionary("ATELIER");
            ad->SetValue("DATE", a.date.fr());
            ad->SetValue("INTITULE", a.intitule);
            ad->SetValue("CYCLE", ateliers::libelle_cycle(a.cycle));
            ad->SetValue("STATUT", presences::libelle(a.statut));
            ad->SetValue("CLASSE", a.statut);
            if (!a.commentaire.empty()) ad->SetValueAndShowSection("COMMENTAIRE", a.commentaire, "AVEC_COMMENTAIRE");
        }
    }
    if (liste.empty()) dict.ShowSection("AUCUNE_SESSION");

    // The personal data: the identity read-only, the rest editable.
    Dict& champs = champs_stagiaire_identite_en_lecture(dict, *s);
    if (erreur && erreur->nom == "donnees") {
        remplir_saisie(champs, *erreur->valeurs);
        erreur->erreurs.fill(champs);
        erreur->erreurs.fill(dict);
        dict.ShowSection("DONNEES_OUVERTES");
    } else {
        remplir_stagiaire(champs, *s);
    }
    if (erreur && erreur->nom == "mot_de_passe") {
        Dict* zone = dict.AddSectionDictionary("FORM_MOT_DE_PASSE");
        erreur->erreurs.fill(*zone);
        zone->ShowSection("OUVERT");
    } else {
        dict.ShowSection("FORM_MOT_DE_PASSE");
        if (compte->doit_choisir_mot_de_passe) dict.ShowSection("OUVERT");
    }
    return page(req, "espace", dict, "Ma page personnelle", erreur ? 422 : 200);
}

}  // namespace

Response espace(Request& req, Db& db) { return afficher(req, db, nullptr); }

Response espace_donnees(Request& req, Db& db) {
    long id = stagiaire_du_compte(req);
    auto actuel = stagiaires::trouver(db, id);
    if (!actuel) throw HttpError(404);
    // The reserved fields come from the record, whatever the form says.
    Params form;
    for (const auto& [name, value] : req.form.items()) {
        bool reserve = false;
        for (const char* r : kChampsReserves) reserve = reserve || name == r;
        if (!reserve) form.add(name, value);
    }
    form.add("civilite", actuel->civilite);
    form.add("nom", actuel->nom);
    form.add("prenom", actuel->prenom);
    form.add("date_naissance", actuel->date_naissance ? actuel->date_naissance->fr() : "");

    FormulaireEnErreur erreur{"donnees", &req.form, {}};
    auto s = parse_stagiaire(form, erreur.erreurs);
    if (!erreur.erreurs.empty()) return afficher(req, db, &erreur);
    s.id = id;
    stagiaires::modifier(db, s, req.user->id, "modification_par_stagiaire");
    return Response::redirect("/espace?enregistre=1#donnees");
}

Response espace_mot_de_passe(Request& req, Db& db) {
    auto compte = comptes::par_id(db, req.user->id);
    if (!compte) throw HttpError(404);
    FormulaireEnErreur erreur{"mot_de_passe", &req.form, {}};
    const std::string& nouveau = req.form.get("nouveau");
    if (!verify_password(req.form.get("actuel"), compte->mot_de_passe_hash))
        erreur.erreurs.add("actuel", "Le mot de passe actuel n'est pas le bon.");
    if (auto faiblesse = password_weakness(nouveau); !faiblesse.empty()) erreur.erreurs.add("nouveau", faiblesse);
    else if (nouveau == req.form.get("actuel")) erreur.erreurs.add("nouveau", "Choisissez un mot de passe différent de l'actuel.");
    if (req.form.get("confirmation") != nouveau)
        erreur.erreurs.add("confirmation", "La confirmation ne correspond pas au nouveau mot de passe.");
    if (!erreur.erreurs.empty()) return afficher(req, db, &erreur);
    comptes::changer_mot_de_passe(db, compte->id, nouveau);
    journal::noter(db, req.user->id, "mot_de_passe", "utilisateur", compte->id, "mot de passe choisi par l'utilisateur");
    return Response::redirect("/espace?mot_de_passe=1#mot-de-passe");
}

}  // namespace ope::handlers
