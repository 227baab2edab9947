// Step 4: trainee records ("fiche du stagiaire") and their search; step 8: checking
// and completing the data.
#include "handlers/handlers.hpp"
#include "handlers/pages.hpp"

#include "data/inscriptions.hpp"
#include "data/journal.hpp"
#include "data/sessions.hpp"
#include "data/stagiaires.hpp"
#include "data/versions.hpp"
#include "domain/personnes.hpp"
#include "fcgi/memoire.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"

#include <algorithm>

namespace ope::handlers {

namespace {

constexpr int kParPage = 25;
// How many sessions "ajouter une session" offers on the record (the newest).
constexpr int kSessionsProposees = 60;

// The pages of searches by what was typed and the page number, at the version of all
// records (stagiaires::kVersionsRecherche): the same for every user (about 12 KB).
Memoire<PageCommune> recherches(8 * 1024 * 1024);

void remplir_ligne(Dict& row, const stagiaires::Stagiaire& s) {
    row.SetIntValue("ID", s.id);
    row.SetValue("CIVILITE", s.civilite);
    row.SetValue("NOM", s.nom);
    row.SetValue("PRENOM", s.prenom);
    row.SetValue("EMAIL", s.email);
    row.SetValue("TELEPHONE", s.tel_portable.empty() ? s.tel_fixe : s.tel_portable);
    row.SetValue("VILLE", s.ville);
    row.SetValue("DATE_NAISSANCE", s.date_naissance ? s.date_naissance->fr() : "");
}

Response formulaire_ajout(Request& req, const FormState& form, const std::vector<stagiaires::Stagiaire>& doublons = {}) {
    Dict dict("stagiaires_ajouter");
    champs_stagiaire(dict, form);
    form.fill(dict);
    for (const auto& d : doublons) remplir_ligne(*dict.AddSectionDictionary("DOUBLON"), d);
    if (!doublons.empty()) dict.ShowSection("DOUBLONS");
    return page(req, "stagiaires_ajouter", dict, "Ajouter un stagiaire", form.refused() || !doublons.empty() ? 422 : 200);
}

}  // namespace

// A search made again, by anyone, while no record changed costs one statement: the
// login, which reads the records' version too.
Response stagiaires_recherche(Request& req, Db& db) {
    auto form = submit<RechercheForm>(req.query);
    if (!form.ok()) throw HttpError(400, premier_message(form.state.errors));
    const auto& [q, numero] = form.value;
    const auto versions = lire_versions(req, db, stagiaires::kVersionsRecherche, 0);
    const std::string cle = std::to_string(numero) + " " + q;
    if (versions)
        if (auto commune = recherches.trouver(cle, *versions)) return page(req, *commune);
    // Read after the version (Memoire::garder).
    auto resultat = stagiaires::rechercher(db, q, numero, kParPage);
    Dict dict("stagiaires_recherche");
    dict.SetValue("Q", q);
    const bool au_dela = resultat.total > stagiaires::kCompteMax;
    dict.SetValue("TOTAL", au_dela ? "Plus de " + std::to_string(stagiaires::kCompteMax) : std::to_string(resultat.total));
    dict.SetValue("PLURIEL", resultat.total > 1 ? "s" : "");
    if (au_dela) dict.ShowSection("AFFINER");
    for (const auto& s : resultat.lignes) remplir_ligne(*dict.AddSectionDictionary("STAGIAIRE"), s);
    if (resultat.total == 0) dict.ShowSection("AUCUN");
    long pages = (std::min(resultat.total, stagiaires::kCompteMax) + kParPage - 1) / kParPage;
    if (pages > 1) {
        Dict* nav = dict.AddSectionDictionary("PAGINATION");
        nav->SetIntValue("PAGE", numero);
        nav->SetIntValue("PAGES", pages);
        if (numero > 1) nav->SetValueAndShowSection("URL", chemins::stagiaires(q, numero - 1), "PRECEDENTE");
        if (numero < pages) nav->SetValueAndShowSection("URL", chemins::stagiaires(q, numero + 1), "SUIVANTE");
    }
    auto commune = std::make_shared<const PageCommune>(page_commune("stagiaires_recherche", dict, "Recherche des stagiaires OPE"));
    if (versions) recherches.garder(cle, *versions, commune, commune->contenu.size());
    return page(req, *commune);
}

Response stagiaires_ajouter_form(Request& req, Db&) { return formulaire_ajout(req, StagiaireForm::nouvelle()); }

Response stagiaires_ajouter(Request& req, Db& db) {
    auto form = submit<StagiaireForm>(req.form);
    if (!form.ok()) return formulaire_ajout(req, form.state);
    if (!form.value.confirmer_doublon) {
        auto doublons = stagiaires::doublons_probables(db, form.value.fiche);
        if (!doublons.empty()) return formulaire_ajout(req, form.state, doublons);
    }
    auto creation = stagiaires::creer(db, form.value.fiche, req.user->id);
    return apres(req, chemins::fiche(creation.id), Avis::fiche_creee);
}

void champs_stagiaire(Dict& zone, const FormState& form) {
    Dict* champs = zone.AddIncludeDictionary("CHAMPS_STAGIAIRE");
    champs->SetFilename("pages/stagiaire_champs.tpl");
    form.fill(*champs);
}

void option_session(Dict& zone, const sessions::Session& session, bool choisie) {
    Dict* o = zone.AddSectionDictionary("SESSION_OPTION");
    o->SetIntValue("ID", session.id);
    o->SetValue("LIBELLE", "n° " + std::to_string(session.id) + " — " + session.mois.fr() +
                               (session.intitule.empty() ? "" : " — " + session.intitule));
    if (choisie) o->ShowSection("CHOISIE");
}

void options_statut_financement(Dict& zone, const FormState& form) {
    for (auto statut : kStatutsFinancement) {
        Dict* o = zone.AddSectionDictionary("STATUT");
        o->SetValue("CODE", code(statut));
        o->SetValue("LIBELLE", libelle(statut));
        if (form.value("statut_financement") == code(statut)) o->ShowSection("CHOISI");
    }
}

namespace {

std::string titre_de_la_fiche(const stagiaires::Stagiaire& s) { return "Fiche du stagiaire " + prenom_nom(s.prenom, s.nom); }

// Fills the record's dictionary; its status is 422 when a form was refused.
int remplir_fiche(Request& req, Db& db, Dict& dict, const stagiaires::Stagiaire& stagiaire,
                  const FormulairesFiche& formulaires) {
    const long id = stagiaire.id;
    const stagiaires::Stagiaire* s = &stagiaire;
    bool refus = formulaires.donnees.refused() || formulaires.etude.refused() || formulaires.inscription.refused();
    dict.SetIntValue("ID", s->id);
    dict.SetValue("TITRE", civilite_prenom_nom(s->civilite, s->prenom, s->nom));
    dict.SetValue("MODIFIE_LE", horodatage_fr(s->modifie_le));
    if (req.user->role == Role::responsable) dict.ShowSection("RESPONSABLE");
    if (!s->anonymise_le.empty()) dict.SetValueAndShowSection("ANONYMISE_LE", horodatage_fr(s->anonymise_le), "ANONYMISE");
    // The directory consent ticked here is the trainee's once they confirm it on /espace.
    if (!s->parution_confirmee_le.empty())
        dict.SetValueAndShowSection("PARUTION_CONFIRMEE_LE", horodatage_fr(s->parution_confirmee_le), "PARUTION_CONFIRMEE");
    else if (s->anonymise_le.empty())
        dict.ShowSection("PARUTION_NON_CONFIRMEE");
    if (auto ids = stagiaires::identifiants(db, id)) dict.SetValue("LOGIN", ids->login);
    // The trainee may correct their own data on their page: the staff see it here.
    const std::string par_le_stagiaire = journal::derniere(db, "stagiaire", id, ActionJournal::modification_par_stagiaire);
    if (!par_le_stagiaire.empty())
        dict.SetValueAndShowSection("PAR_LE_STAGIAIRE_LE", horodatage_fr(par_le_stagiaire), "PAR_LE_STAGIAIRE");

    // The personal data form: what was typed when it was refused, else the record.
    const FormState& donnees = formulaires.donnees.refused() ? formulaires.donnees : StagiaireForm::state_of(*s);
    Dict* zone = dict.AddSectionDictionary("FORM_DONNEES");
    champs_stagiaire(*zone, donnees);
    donnees.fill(*zone);

    const auto etudes = stagiaires::etudes(db, id);
    if (etudes.empty()) dict.ShowSection("AUCUNE_ETUDE");
    for (const auto& e : etudes) {
        Dict* row = dict.AddSectionDictionary("ETUDE");
        row->SetIntValue("ETUDE_ID", e.id);
        row->SetValue("ANNEE", e.annee ? std::to_string(*e.annee) : "");
        row->SetValue("DIPLOME", e.diplome);
        row->SetValue("SPECIALITE", e.specialite);
        row->SetValue("ETABLISSEMENT", e.etablissement);
    }
    formulaires.etude.fill(*dict.AddSectionDictionary("FORM_ETUDE"));

    auto inscrites = inscriptions::du_stagiaire(db, id);
    for (const auto& i : inscrites) {
        Dict* row = dict.AddSectionDictionary("INSCRIPTION");
        row->SetIntValue("SESSION_ID", i.session_id);
        row->SetValue("MOIS", i.mois.fr());
        row->SetValue("INTITULE", i.intitule);
        if (!i.financement.statut) row->ShowSection("FINANCEMENT_MANQUANT");
        auto refuse = formulaires.financements.find(i.session_id);
        const bool en_erreur = refuse != formulaires.financements.end() && refuse->second.refused();
        const FormState form = en_erreur ? refuse->second : FinancementForm::state_of(i.financement);
        refus = refus || en_erreur;
        form.fill(*row);
        options_statut_financement(*row, form);
    }
    if (inscrites.empty()) dict.ShowSection("AUCUNE_SESSION");

    // "ajouter une session": the newest sessions, and the enrolment form's state.
    Dict* ajout = dict.AddSectionDictionary("AJOUT_SESSION");
    const FormState& inscription = formulaires.inscription;
    const std::string& choisie = inscription.value("session_id");
    auto option = [&](const sessions::Session& session) {
        option_session(*ajout, session, std::to_string(session.id) == choisie);
    };
    bool choisie_listee = false;
    for (const auto& session : sessions::dernieres(db, std::nullopt, kSessionsProposees)) {
        option(session);
        choisie_listee = choisie_listee || std::to_string(session.id) == choisie;
    }
    // A refused form keeps the session that was chosen, even an older one.
    if (!choisie_listee && !choisie.empty()) {
        FormErrors ignorees;
        if (long sid = InscriptionFicheForm::parse(inscription.values, ignorees).session_id)
            if (auto session = sessions::trouver(db, sid)) option(*session);
    }
    options_statut_financement(*ajout, inscription);
    inscription.fill(*ajout);
    if (inscription.refused()) ajout->ShowSection("OUVERT");

    // Who changed what and when, the trainee's own changes included (newest first).
    const auto historique = journal::lister(db, {.objet = "stagiaire", .objet_id = id}, 30);
    if (historique.empty()) dict.ShowSection("SANS_HISTORIQUE");
    for (const auto& e : historique) {
        Dict* row = dict.AddSectionDictionary("HISTORIQUE");
        row->SetValue("QUAND", horodatage_fr(e.quand));
        row->SetValue("QUI", e.nom.empty() && e.prenom.empty() ? "—" : prenom_nom(e.prenom, e.nom));
        if (e.action == ActionJournal::modification_par_stagiaire) row->ShowSection("PAR_STAGIAIRE");
        add_lines(*row, "CHANGEMENT", e.detail);
    }
    return refus ? 422 : 200;
}

// The record as each role sees it before anything is typed, by its versions
// (stagiaires::kVersionsFiche): about 20 KB.
Memoire<PageCommune> fiches(8 * 1024 * 1024);

}  // namespace

Response afficher_fiche(Request& req, Db& db, long id, const FormulairesFiche& formulaires) {
    auto s = stagiaires::trouver(db, id);
    if (!s) throw HttpError(404);
    Dict dict("stagiaires_fiche");
    const int status = remplir_fiche(req, db, dict, *s, formulaires);
    return page(req, "stagiaires_fiche", dict, titre_de_la_fiche(*s), status);
}

// When the record is in memory, the request pays one statement: the login, which reads the versions too.
Response stagiaire_fiche(Request& req, Db& db) {
    const long id = req.id("id");
    const auto versions = lire_versions(req, db, stagiaires::kVersionsFiche, id);
    if (!versions) throw HttpError(404);
    const std::string cle = std::to_string(id) + " " + std::string(code(req.user->role));
    if (auto commune = fiches.trouver(cle, *versions)) return page(req, *commune);
    // Read after the versions (Memoire::garder).
    auto s = stagiaires::trouver(db, id);
    if (!s) throw HttpError(404);
    Dict dict("stagiaires_fiche");
    remplir_fiche(req, db, dict, *s, {});
    auto commune = std::make_shared<const PageCommune>(page_commune("stagiaires_fiche", dict, titre_de_la_fiche(*s)));
    fiches.garder(cle, *versions, commune, commune->contenu.size());
    return page(req, *commune);
}

std::string derniere_modification(Db& db, long stagiaire_id) {
    auto entrees = journal::lister(db, {.objet = "stagiaire", .objet_id = stagiaire_id}, 1);
    if (entrees.empty()) return "par une autre personne";
    const auto& e = entrees.front();
    return "par " + (e.nom.empty() && e.prenom.empty() ? std::string("une autre personne") : prenom_nom(e.prenom, e.nom)) +
           " le " + horodatage_fr(e.quand);
}

Response stagiaire_modifier(Request& req, Db& db) {
    long id = req.id("id");
    auto form = submit<StagiaireForm>(req.form);
    if (!form.ok()) return afficher_fiche(req, db, id, {.donnees = form.state});
    form.value.fiche.id = id;
    auto enregistrement = stagiaires::modifier(db, form.value.fiche, req.user->id, ActionJournal::modification, form.value.version);
    if (!enregistrement.trouvee) throw HttpError(404);
    if (enregistrement.anonymisee)
        throw HttpError(422, "Cette fiche est anonymisée : on ne peut plus y saisir de données personnelles.");
    if (enregistrement.conflit) {
        // Saved by someone else since this form was read (the trainee on /espace, another tutor).
        signaler_modification_concurrente(form.state, *enregistrement.conflit, form.value.fiche,
                                          derniere_modification(db, id));
        Response res = afficher_fiche(req, db, id, {.donnees = form.state});
        res.status = 409;
        return res;
    }
    return apres(req, chemins::fiche(id), Avis::fiche_enregistree);
}

Response etude_ajouter(Request& req, Db& db) {
    long id = req.id("id");
    if (!stagiaires::trouver(db, id)) throw HttpError(404);
    auto form = submit<EtudeForm>(req.form);
    if (!form.ok()) return afficher_fiche(req, db, id, {.etude = form.state});
    stagiaires::ajouter_etude(db, id, form.value.etude, req.user->id);
    return apres(req, chemins::fiche(id, "etudes"), Avis::etude_ajoutee);
}

Response etude_supprimer(Request& req, Db& db) {
    long id = req.id("id");
    if (!stagiaires::supprimer_etude(db, id, req.id("eid"), req.user->id)) throw HttpError(404);
    return apres(req, chemins::fiche(id, "etudes"), Avis::etude_supprimee);
}

}  // namespace ope::handlers
