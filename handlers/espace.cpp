// Step 11: the trainee's personal page ("page personnelle"): their sessions,
// workshops, attendance and the tutor's comments; "Mise à jour des données
// personnelles"; their password. A trainee only ever sees their own record:
// every query here takes the id from the logged-in account, never from the URL.
#include "handlers/handlers.hpp"
#include "handlers/pages.hpp"

#include "data/comptes.hpp"
#include "data/presences.hpp"
#include "data/sessions.hpp"
#include "data/stagiaires.hpp"
#include "data/versions.hpp"
#include "domain/personnes.hpp"
#include "fcgi/memoire.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"
#include "handlers/pages.hpp"

namespace ope::handlers {

namespace {

// What the page's two forms show.
struct FormulairesEspace {
    FormState donnees{}, mot_de_passe{};
};

long stagiaire_du_compte(const Request& req) {
    if (!req.user->stagiaire_id) throw HttpError(404, "Ce compte n'est lié à aucune fiche de stagiaire.");
    return *req.user->stagiaire_id;
}

std::string liste_ou_tiret(const std::vector<sessions::Intervenant>& liste) {
    return liste.empty() ? "—" : liste_prenom_nom(liste);
}

// Fills the page's dictionary; its status is 422 when a form was refused.
int remplir(Request& req, Db& db, Dict& dict, const FormulairesEspace& formulaires = {}) {
    long id = stagiaire_du_compte(req);
    auto s = stagiaires::trouver(db, id);
    auto compte = comptes::par_id(db, req.user->id);
    if (!s || !compte) throw HttpError(404);
    const bool refus = formulaires.donnees.refused() || formulaires.mot_de_passe.refused();
    dict.SetValue("NOM_COMPLET", civilite_prenom_nom(s->civilite, s->prenom, s->nom));
    dict.SetValue("LOGIN", compte->login);
    if (compte->doit_choisir_mot_de_passe) dict.ShowSection("CHOISIR_MOT_DE_PASSE");

    // Sessions, and under each its workshops with the trainee's attendance.
    auto ateliers = presences::du_stagiaire(db, id);
    auto liste = sessions::du_stagiaire(db, id);
    for (const auto& r : liste) {
        Dict* sd = dict.AddSectionDictionary("SESSION");
        sd->SetIntValue("NUMERO", r.session.id);
        sd->SetValue("MOIS", r.session.mois.fr());
        sd->SetValue("INTITULE", r.session.intitule);
        sd->SetValue("TUTEURS", liste_ou_tiret(r.tuteurs));
        sd->SetValue("FORMATEURS", liste_ou_tiret(r.formateurs));
        sd->SetValue("TITRE_TUTEURS", r.tuteurs.size() > 1 ? "Tuteurs" : "Tuteur");
        sd->SetValue("TITRE_FORMATEURS", r.formateurs.size() > 1 ? "Formateurs" : "Formateur");
        bool avec_atelier = false;
        for (const auto& a : ateliers) {
            if (a.session_id != r.session.id) continue;
            avec_atelier = true;
            Dict* ad = sd->AddSectionDictionary("ATELIER");
            ad->SetValue("DATE", a.date.fr());
            ad->SetValue("INTITULE", a.intitule);
            ad->SetValue("CYCLE", libelle(a.cycle));
            ad->SetValue("STATUT", libelle(a.statut));
            ad->SetValue("CLASSE", code(a.statut));
            if (!a.commentaire.empty()) ad->SetValueAndShowSection("COMMENTAIRE", a.commentaire, "AVEC_COMMENTAIRE");
        }
        if (!avec_atelier) sd->ShowSection("SANS_ATELIER");
    }
    if (liste.empty()) dict.ShowSection("AUCUNE_SESSION");

    // The personal data, the identity included: the trainee "peut corriger ou ajouter
    // des informations" (the staff see on the record that they did).
    Dict* donnees = dict.AddSectionDictionary("FORM_DONNEES");
    const FormState& form = formulaires.donnees.refused() ? formulaires.donnees : StagiaireForm::state_of(*s);
    champs_stagiaire(*donnees, form);
    form.fill(*donnees);
    if (form.refused()) donnees->ShowSection("OUVERT");

    section_annuaire(dict, db, *s);
    // First login: the consent staff recorded at the interview is to be confirmed.
    if (s->parution_confirmee_le.empty()) dict.ShowSection("PARUTION_A_CONFIRMER");

    Dict* mot_de_passe = dict.AddSectionDictionary("FORM_MOT_DE_PASSE");
    champs_mot_de_passe(*mot_de_passe, formulaires.mot_de_passe);
    if (formulaires.mot_de_passe.refused() || compte->doit_choisir_mot_de_passe) mot_de_passe->ShowSection("OUVERT");
    return refus ? 422 : 200;
}

constexpr const char* kTitre = "Ma page personnelle";

Response afficher(Request& req, Db& db, const FormulairesEspace& formulaires) {
    Dict dict("espace");
    const int status = remplir(req, db, dict, formulaires);
    return page(req, "espace", dict, kTitre, status);
}

// The page before anything is typed, by trainee and the versions of what it shows
// (stagiaires::kVersionsEspace): about 15 KB.
Memoire<PageCommune> espaces(8 * 1024 * 1024);

}  // namespace

// When the page is in memory, the request pays one statement: the login, which reads the versions too.
Response espace(Request& req, Db& db) {
    const long id = stagiaire_du_compte(req);
    const auto versions = lire_versions(req, db, stagiaires::kVersionsEspace, id);
    if (!versions) throw HttpError(404);
    const std::string cle = std::to_string(id);
    if (auto commune = espaces.trouver(cle, *versions)) return page(req, *commune);
    // Read after the versions (Memoire::garder).
    Dict dict("espace");
    remplir(req, db, dict);
    auto commune = std::make_shared<const PageCommune>(page_commune("espace", dict, kTitre));
    espaces.garder(cle, *versions, commune, commune->contenu.size());
    return page(req, *commune);
}

Response espace_donnees(Request& req, Db& db) {
    long id = stagiaire_du_compte(req);
    auto fiche = stagiaires::trouver(db, id);
    if (!fiche) throw HttpError(404);
    // The whole record, as on the staff's page; journaled as the trainee's own change.
    auto form = submit<StagiaireForm>(req.form);
    if (!form.ok()) return afficher(req, db, {.donnees = form.state});
    form.value.fiche.id = id;
    auto enregistrement =
        stagiaires::modifier(db, form.value.fiche, req.user->id, ActionJournal::modification_par_stagiaire, form.value.version);
    if (enregistrement.conflit) {
        // A tutor saved the record since this page was read.
        signaler_modification_concurrente(form.state, *enregistrement.conflit, form.value.fiche,
                                          derniere_modification(db, id));
        Response res = afficher(req, db, {.donnees = form.state});
        res.status = 409;
        return res;
    }
    return apres(req, chemins::espace("donnees"), Avis::donnees_enregistrees);
}

Response espace_mot_de_passe(Request& req, Db& db) {
    FormState form = changer_son_mot_de_passe(req, db);
    if (form.refused()) return afficher(req, db, {.mot_de_passe = form});
    return apres(req, chemins::espace("mot-de-passe"), Avis::mot_de_passe_change);
}

// The directory's consent boxes, in their own section of the page: nothing else of
// the record changes.
Response espace_annuaire(Request& req, Db& db) {
    auto fiche = stagiaires::trouver(db, stagiaire_du_compte(req));
    if (!fiche) throw HttpError(404);
    submit<ParutionForm>(req.form).value.appliquer(*fiche);
    // Read just now: a save in between (a tutor's) is a conflict, tried again by the trainee.
    if (stagiaires::modifier(db, *fiche, req.user->id, ActionJournal::modification_par_stagiaire, fiche->version).conflit)
        throw HttpError(409, "Votre fiche vient d'être modifiée par votre tuteur : rechargez la page et recommencez.");
    // Saved by the trainee: the consent is theirs now, and the directory may show it.
    const bool premiere = fiche->parution_confirmee_le.empty();
    stagiaires::confirmer_parution(db, fiche->id, req.user->id);
    return apres(req, chemins::espace("annuaire"), premiere ? Avis::parution_confirmee : Avis::parution_enregistree);
}

}  // namespace ope::handlers
