// Steps 6 and 7: the printed documents (list of enrolled trainees, attendance
// sheets per cycle, welcome sheet). Print-first HTML pages, A4.
#include "handlers/handlers.hpp"
#include "handlers/pages.hpp"

#include "data/ateliers.hpp"
#include "data/inscriptions.hpp"
#include "data/sessions.hpp"
#include "data/stagiaires.hpp"
#include "domain/personnes.hpp"
#include "fcgi/config.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"

#include <algorithm>

namespace ope::handlers {

namespace {

// Workshops per attendance table: more columns flow onto a further page, so the
// signature cells stay wide enough to sign on A4 landscape.
constexpr std::size_t kAteliersParPage = 8;

// Session number, month, title, tutors and trainers: the header of every document.
sessions::Session entete_session(Request& req, Db& db, Dict& dict, long session_id) {
    verifier_acces_session(req, db, session_id);
    auto session = sessions::trouver(db, session_id);
    if (!session) throw HttpError(404);
    dict.SetIntValue("NUMERO", session->id);
    dict.SetValue("MOIS", session->mois.fr());
    dict.SetValue("INTITULE", session->intitule);
    if (!session->intitule.empty()) dict.ShowSection("A_INTITULE");
    std::vector<sessions::Intervenant> tuteurs, formateurs;
    for (auto& i : sessions::intervenants(db, session_id)) (i.role == Role::tuteur ? tuteurs : formateurs).push_back(i);
    dict.SetValue("TUTEURS", tuteurs.empty() ? "—" : liste_prenom_nom(tuteurs));
    dict.SetValue("FORMATEURS", formateurs.empty() ? "—" : liste_prenom_nom(formateurs));
    dict.SetValue("TITRE_TUTEURS", tuteurs.size() > 1 ? "Tuteurs" : "Tuteur");
    dict.SetValue("TITRE_FORMATEURS", formateurs.size() > 1 ? "Formateurs" : "Formateur");
    return *session;
}

}  // namespace

// "liste inscrits": handed to every participant, so it shows only what each trainee
// agreed to publish; ?complet=1 is the staff's complete variant for checking data.
Response liste_inscrits(Request& req, Db& db) {
    const bool complet = submit<ListeForm>(req.query).value.complet;
    if (complet && !voit_financement(req.user->role))
        throw HttpError(403, "La liste complète est réservée aux tuteurs et au responsable.");
    Dict dict("inscrits");
    auto session = entete_session(req, db, dict, req.id("id"));
    auto fiches = inscriptions::fiches_de_la_session(db, session.id);
    for (const auto& f : fiches) {
        const auto& s = f.stagiaire;
        Dict* row = dict.AddSectionDictionary("STAGIAIRE");
        row->SetValue("CIVILITE", s.civilite);
        row->SetValue("NOM", s.nom);
        row->SetValue("PRENOM", s.prenom);
        // One number a line: a number is never broken across two.
        if (complet || s.parution_telephone)
            for (const auto& numero : {s.tel_portable, s.tel_fixe})
                if (!numero.empty()) row->SetValueAndShowSection("NUMERO", numero, "TELEPHONE");
        row->SetValue("EMAIL", complet || s.parution_email ? s.email : "");
        row->SetValue("ADRESSE", complet || s.parution_adresse ? adresse_postale(s.adresse, s.code_postal, s.ville) : "");
        if (complet) {
            row->ShowSection("COMPLET");
            row->SetValue("DATE_NAISSANCE", s.date_naissance ? s.date_naissance->fr() : "");
            row->SetValue("FINANCEMENT", f.statut ? libelle(*f.statut) : "à renseigner");
            std::string refus;
            if (!s.parution_adresse) refus += "adresse ";
            if (!s.parution_telephone) refus += "téléphones ";
            if (!s.parution_email) refus += "e-mail";
            row->SetValue("NON_PUBLIE", refus);
        }
    }
    if (complet) dict.ShowSection("COMPLET");
    else dict.ShowSection("PUBLIC");
    dict.SetValue("NOMBRE", quantite(static_cast<long>(fiches.size()), "inscrit", "inscrits"));
    if (fiches.empty()) dict.ShowSection("AUCUN");
    std::string titre = std::string(complet ? "Liste complète des inscrits" : "Liste des inscrits") +
                        " — session n° " + std::to_string(session.id);
    // The complete variant has three more columns: landscape keeps addresses on one line.
    return print_page(req, "inscrits", dict, titre, complet);
}

// "feuille présence cycle 1 / 2": a row per trainee, a column per workshop of the
// cycle, empty cells to sign, and a row for the trainer.
Response feuille_presence(Request& req, Db& db) {
    auto cycle = parse_code<Cycle>(std::to_string(req.id("cycle")));
    if (!cycle) throw HttpError(404);
    Dict dict("presence");
    auto session = entete_session(req, db, dict, req.id("id"));
    dict.SetValue("CYCLE", libelle(*cycle));
    std::vector<ateliers::Atelier> du_cycle;
    for (auto& a : ateliers::de_la_session(db, session.id))
        if (a.cycle == *cycle) du_cycle.push_back(std::move(a));
    auto inscrits = inscriptions::de_la_session(db, session.id);
    const std::string titre = "Feuille de présence, cycle " + std::string(code(*cycle)) + " — session n° " +
                              std::to_string(session.id);
    if (du_cycle.empty() || inscrits.empty()) {
        dict.SetValueAndShowSection("MESSAGE",
                                    du_cycle.empty() ? "Cette session n'a aucun atelier de ce cycle : il n'y a pas de feuille de présence à imprimer."
                                                     : "Aucun stagiaire n'est inscrit à cette session : il n'y a pas de feuille de présence à imprimer.",
                                    "VIDE");
        return print_page(req, "presence", dict, titre, true);
    }
    for (std::size_t debut = 0; debut < du_cycle.size(); debut += kAteliersParPage) {
        Dict* bloc = dict.AddSectionDictionary("BLOC");
        std::size_t fin = std::min(du_cycle.size(), debut + kAteliersParPage);
        bloc->SetIntValue("COLONNES", static_cast<long>(fin - debut + 1));
        for (std::size_t i = debut; i < fin; ++i) {
            Dict* col = bloc->AddSectionDictionary("ATELIER");
            col->SetValue("DATE", du_cycle[i].date.fr());
            col->SetValue("INTITULE", du_cycle[i].intitule);
        }
        for (std::size_t n = 0; n < inscrits.size(); ++n) {
            const auto& s = inscrits[n];
            // The last trainee goes with the trainer's row (see templates/print/presence.tpl).
            Dict* row = bloc->AddSectionDictionary(n + 1 == inscrits.size() ? "DERNIER" : "STAGIAIRE");
            row->SetValue("NOM_COMPLET", nom_prenom(s.nom, s.prenom));
            for (std::size_t i = debut; i < fin; ++i) row->AddSectionDictionary("CASE");
        }
        for (std::size_t i = debut; i < fin; ++i) bloc->AddSectionDictionary("CASE_FORMATEUR");
    }
    return print_page(req, "presence", dict, titre, true);
}

// "fiche accueil": the trainee's login details, to hand over at the first workshop.
Response fiche_accueil(Request& req, Db& db) {
    long id = req.id("id");
    auto s = stagiaires::trouver(db, id);
    auto ids = stagiaires::identifiants(db, id);
    if (!s || !ids) throw HttpError(404);
    Dict dict("accueil");
    dict.SetIntValue("ID", id);
    dict.SetValue("SITE", config().site_url);
    dict.SetValue("NOM_COMPLET", civilite_prenom_nom(s->civilite, s->prenom, s->nom));
    dict.SetValue("LOGIN", ids->login);
    if (ids->mot_de_passe_initial) dict.SetValueAndShowSection("MOT_DE_PASSE", *ids->mot_de_passe_initial, "INITIAL");
    else if (ids->sans_mot_de_passe) dict.ShowSection("AUCUN");
    else dict.ShowSection("CHOISI");
    stagiaires::noter_consultation_accueil(db, id, req.user->id, ids->mot_de_passe_initial.has_value());
    return print_page(req, "accueil", dict, "Fiche d'accueil — " + prenom_nom(s->prenom, s->nom));
}

Response nouveau_mot_de_passe(Request& req, Db& db) {
    long id = req.id("id");
    if (!stagiaires::nouveau_mot_de_passe_initial(db, id, req.user->id)) throw HttpError(404);
    return apres(req, chemins::accueil(id), Avis::mot_de_passe_initial);
}

}  // namespace ope::handlers
