// Step 9: "validation des présences": per workshop, each enrolled trainee is
// present, absent or excused, with an optional comment shown on their page; a
// grid of the whole session with attendance rates.
#include "handlers/handlers.hpp"

#include "data/ateliers.hpp"
#include "data/contenu_session.hpp"
#include "data/inscriptions.hpp"
#include "data/presences.hpp"
#include "data/sessions.hpp"
#include "data/versions.hpp"
#include "domain/personnes.hpp"
#include "domain/rapports.hpp"
#include "fcgi/memoire.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"

#include <map>
#include <set>

namespace ope::handlers {

namespace {

using Cle = ValidationForm::Cle;

std::string aujourd_hui() { return maintenant_local().substr(0, 10); }

// Present out of entered statuses, "—" when nothing is entered yet.
std::string taux(long presents, long renseignes) { return taux_lisible(taux_presence(presents, renseignes)); }

// Default workshop: the most recent one, up to today, that still has rows never
// validated; else the first one with such rows; else the last one.
long atelier_par_defaut(const std::vector<ateliers::Atelier>& liste, const std::vector<presences::Ligne>& lignes) {
    std::map<long, bool> a_valider;
    for (const auto& l : lignes)
        if (l.valide_le.empty()) a_valider[l.atelier_id] = true;
    const std::string today = aujourd_hui();
    long choix = 0;
    for (const auto& a : liste)
        if (a_valider.count(a.id) && a.date.iso() <= today) choix = a.id;
    if (choix) return choix;
    for (const auto& a : liste)
        if (a_valider.count(a.id)) return a.id;
    return liste.back().id;
}

std::string titre_de_la_page(const sessions::Session& s) {
    return "Validation des présences — session n° " + std::to_string(s.id) + " — " + s.mois.fr();
}

// The page's dictionary; `refus` holds what was typed when a POST was refused,
// `conflits` the rows someone else saved since the page was read (409: each shows
// what is saved now). Returns the page's status.
int remplir(Db& db, Dict& dict, const contenu_session::Contenu& contenu, std::optional<long> atelier_demande,
            const FormState& refus = {}, const std::set<Cle>& conflits = {}) {
    // The session, workshops and trainees from memory when unchanged; the attendance
    // (with the names of who entered it) read here.
    const sessions::Session* session = &contenu.session;
    const auto& liste = contenu.ateliers;
    const auto& inscrits = contenu.inscrits;
    auto lignes = presences::de_la_session(db, session->id);
    std::map<Cle, presences::Ligne> par_cle;
    for (const auto& l : lignes) par_cle[{l.atelier_id, l.stagiaire_id}] = l;
    const int status = !conflits.empty() ? 409 : refus.refused() ? 422 : 200;

    dict.SetIntValue("NUMERO", session->id);
    dict.SetValue("TITRE", titre_de_la_page(*session));
    refus.fill(dict);
    if (liste.empty() || inscrits.empty()) {
        dict.SetValueAndShowSection("MESSAGE", liste.empty() ? "Cette session n'a encore aucun atelier."
                                                             : "Aucun stagiaire n'est inscrit à cette session.",
                                    "VIDE");
        return status;
    }

    long atelier_id = atelier_demande.value_or(0);
    if (atelier_demande) {
        bool trouve = false;
        for (const auto& a : liste) trouve = trouve || a.id == *atelier_demande;
        if (!trouve) throw HttpError(404, "Cet atelier n'appartient pas à cette session.");
    } else {
        atelier_id = atelier_par_defaut(liste, lignes);
    }

    // The workshop picker and the grid's columns.
    std::map<long, std::pair<long, long>> par_atelier;  // presents, entered
    for (const auto& a : liste) {
        Dict* o = dict.AddSectionDictionary("CHOIX_ATELIER");
        o->SetIntValue("ID", a.id);
        o->SetValue("LIBELLE", a.date.fr() + " — " + a.intitule + " (cycle " + std::to_string(numero(a.cycle)) + ")");
        if (a.id == atelier_id) {
            o->ShowSection("CHOISI");
            dict.SetIntValue("ATELIER_ID", a.id);
            dict.SetValue("ATELIER", a.date.fr() + " — " + a.intitule);
            dict.SetValue("CYCLE", libelle(a.cycle));
        }
        Dict* col = dict.AddSectionDictionary("COLONNE");
        col->SetValue("DATE", a.date.fr().substr(0, 5));
        col->SetValue("INTITULE", a.intitule);
        col->SetIntValue("ID", a.id);
    }

    for (const auto& i : inscrits) {
        const Cle cle{atelier_id, i.stagiaire_id};
        const auto& ligne = par_cle[cle];
        // What was typed when refused, else what is recorded.
        std::string statut(code(ligne.statut)), commentaire = ligne.commentaire;
        if (refus.values.has(ValidationForm::champ_statut(cle))) statut = refus.value(ValidationForm::champ_statut(cle));
        if (refus.values.has(ValidationForm::champ_commentaire(cle)))
            commentaire = refus.value(ValidationForm::champ_commentaire(cle));
        Dict* row = dict.AddSectionDictionary("STAGIAIRE");
        row->SetIntValue("STAGIAIRE_ID", i.stagiaire_id);
        row->SetValue("NOM_COMPLET", nom_prenom(i.nom, i.prenom));
        row->SetValue("COMMENTAIRE", commentaire);
        if (!ligne.valide_le.empty())
            row->SetValue("VALIDE", "validé par " + prenom_nom(ligne.valide_par_prenom, ligne.valide_par_nom) + " le " +
                                        horodatage_fr(ligne.valide_le));
        // The row's version as shown; in conflict, the saved row's, so that saving again is knowing.
        const std::string version = presences::version_de(ligne.statut, ligne.commentaire);
        const bool en_conflit = conflits.count(cle) > 0;
        row->SetValue("VERSION", refus.values.has(ValidationForm::champ_version(cle)) && !en_conflit
                                     ? refus.value(ValidationForm::champ_version(cle))
                                     : version);
        if (en_conflit) {
            Dict* c = row->AddSectionDictionary("CONFLIT");
            c->SetValue("QUI", prenom_nom(ligne.valide_par_prenom, ligne.valide_par_nom));
            c->SetValue("QUAND", horodatage_fr(ligne.valide_le));
            c->SetValue("STATUT", libelle(ligne.statut));
            if (!ligne.commentaire.empty()) c->SetValueAndShowSection("COMMENTAIRE", ligne.commentaire, "AVEC_COMMENTAIRE");
        }
        for (auto p : kPresences) {
            Dict* choix = row->AddSectionDictionary("STATUT");
            choix->SetValue("VALEUR", code(p));
            choix->SetValue("LIBELLE", libelle(p));
            if (statut == code(p)) choix->ShowSection("COCHE");
        }

        Dict* grille = dict.AddSectionDictionary("LIGNE_GRILLE");
        grille->SetValue("NOM_COMPLET", nom_prenom(i.nom, i.prenom));
        long presents = 0, renseignes = 0;
        for (const auto& a : liste) {
            const auto& l = par_cle[{a.id, i.stagiaire_id}];
            Dict* cell = grille->AddSectionDictionary("CASE");
            cell->SetValue("LETTRE", lettre(l.statut));
            cell->SetValue("LIBELLE", libelle(l.statut));
            cell->SetValue("CLASSE", code(l.statut));
            if (renseignee(l.statut)) {
                ++renseignes;
                ++par_atelier[a.id].second;
                if (l.statut == Presence::present) {
                    ++presents;
                    ++par_atelier[a.id].first;
                }
            }
        }
        grille->SetValue("TAUX", taux(presents, renseignes));
    }
    for (const auto& a : liste)
        dict.AddSectionDictionary("TAUX_ATELIER")->SetValue("TAUX", taux(par_atelier[a.id].first, par_atelier[a.id].second));
    dict.ShowSection("AVEC_ATELIERS");
    return status;
}

Response afficher(Request& req, Db& db, long session_id, std::optional<long> atelier_demande,
                  const FormState& refus = {}, const std::set<Cle>& conflits = {}) {
    const auto contenu = contenu_session::lire(db, session_id);
    if (!contenu) throw HttpError(404);
    Dict dict("validation");
    const int status = remplir(db, dict, *contenu, atelier_demande, refus, conflits);
    return page(req, "presences_validation", dict, titre_de_la_page(contenu->session), status);
}

// The page as shown before anything is typed, by the session's versions (the
// attendance writes the session's version: data/presences.cpp) and the workshop
// asked for, or today's date when none is (the default workshop depends on it):
// about 75 KB for 40 trainees and 14 workshops.
Memoire<PageCommune> pages_de_validation(8 * 1024 * 1024);

}  // namespace

// When the page is in memory, the request pays one statement: the login, which reads the versions too.
Response validation_form(Request& req, Db& db) {
    auto choix = submit<ChoixAtelierForm>(req.query);
    if (!choix.ok()) throw HttpError(404, premier_message(choix.state.errors));
    const long session_id = req.id("id");
    auto lues = lire_versions(req, db, contenu_session::kVersions, session_id);
    if (!lues) throw HttpError(404);
    (*lues)[2] = 0;  // the sendings, not on this page
    const std::string cle = std::to_string(session_id) + " " +
                            (choix.value.atelier ? std::to_string(*choix.value.atelier) : "du " + aujourd_hui());
    if (auto commune = pages_de_validation.trouver(cle, *lues)) return page(req, *commune);
    // Read after the versions (Memoire::garder), kept at those read with it.
    const auto etat = contenu_session::etat(db, session_id);
    if (!etat) throw HttpError(404);
    const Versions versions{etat->session.version, etat->version_personnel, 0};
    Dict dict("validation");
    remplir(db, dict, *contenu_session::lire(db, *etat), choix.value.atelier);
    auto commune =
        std::make_shared<const PageCommune>(page_commune("presences_validation", dict, titre_de_la_page(etat->session)));
    pages_de_validation.garder(cle, versions, commune, commune->contenu.size());
    return page(req, *commune);
}

Response validation(Request& req, Db& db) {
    long session_id = req.id("id");
    if (!sessions::trouver(db, session_id)) throw HttpError(404);
    auto form = submit<ValidationForm>(req.form);
    // Every row posted must be one of this session's attendance rows.
    std::map<Cle, presences::Ligne> existantes;
    for (auto& l : presences::de_la_session(db, session_id)) existantes[{l.atelier_id, l.stagiaire_id}] = l;
    std::vector<presences::Saisie> saisies;
    for (const auto& [cle, saisie] : form.value.saisies) {
        auto ligne = existantes.find(cle);
        if (ligne == existantes.end()) {
            form.state.errors.add("presences",
                                  "Le formulaire mentionne un atelier ou un stagiaire qui n'est pas dans cette session.");
            continue;
        }
        saisies.push_back({cle.first, cle.second, saisie.statut.value_or(ligne->second.statut),
                           saisie.commentaire.value_or(ligne->second.commentaire), saisie.version});
    }
    std::optional<long> atelier;
    if (!form.value.saisies.empty()) atelier = form.value.saisies.begin()->first.first;
    if (atelier && !ateliers::trouver(db, session_id, *atelier)) atelier.reset();
    if (!form.ok()) return afficher(req, db, session_id, atelier, form.state);
    const auto conflits = presences::enregistrer(db, session_id, saisies, req.user->id);
    if (!conflits.empty()) {
        // Nothing was written. The page again with what this user changed, and the
        // rows they did not change as they are saved now.
        FormState reprise;
        for (const auto& [cle, saisie] : form.value.saisies) {
            const auto& l = existantes[cle];
            const Presence statut = saisie.statut.value_or(l.statut);
            const std::string commentaire = saisie.commentaire.value_or(l.commentaire);
            if (saisie.version && *saisie.version == presences::version_de(statut, commentaire)) continue;
            reprise.values.add(ValidationForm::champ_statut(cle), std::string(code(statut)));
            reprise.values.add(ValidationForm::champ_commentaire(cle), commentaire);
            if (saisie.version) reprise.values.add(ValidationForm::champ_version(cle), *saisie.version);
        }
        reprise.errors.add("presences", std::to_string(conflits.size()) +
                                            " présence(s) que vous avez modifiée(s) l'ont aussi été par quelqu'un "
                                            "d'autre depuis que vous avez ouvert la page (indiqué sous chacune). Vos "
                                            "saisies sont dans le formulaire : enregistrez à nouveau pour les garder.");
        return afficher(req, db, session_id, atelier, reprise, std::set<Cle>(conflits.begin(), conflits.end()));
    }
    return apres(req, chemins::validation(session_id, atelier), Avis::presences_enregistrees);
}

}  // namespace ope::handlers
