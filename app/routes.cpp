// Every route of the site: method, path, who may use it, handler, and for the pages
// kept in memory the versions read with the login (fcgi/versions.hpp). The URL
// contract is ../shared/spec/urls.md; the authorisation rules are tested for
// every role from this table.
#include "app/routes.hpp"

#include "data/comptes.hpp"
#include "data/contenu_session.hpp"
#include "data/stagiaires.hpp"
#include "fcgi/config.hpp"
#include "handlers/avis.hpp"
#include "handlers/handlers.hpp"

namespace ope {

namespace {

const Router& routes() {
    using namespace handlers;
    const Roles anyone = Roles::anyone();
    const Roles staff = Roles::staff();
    const Roles logged_in = Roles::logged_in();
    const Roles responsable{Role::responsable};
    const Roles tuteur{Role::tuteur, Role::responsable};
    const Roles stagiaire{Role::stagiaire};

    static const Router router({
        {"GET", "/sante", anyone, sante},
        {"GET", "/", anyone, racine},
        {"GET", "/connexion", anyone, connexion_form},
        {"POST", "/connexion", anyone, connexion},
        {"POST", "/deconnexion", logged_in, deconnexion},

        // Steps 1 and 2: sessions, tutors and trainers.
        {"GET", "/emploi/sessions", staff, sessions_liste},
        {"GET", "/emploi/sessions/ajouter", responsable, sessions_ajouter_form},
        {"POST", "/emploi/sessions/ajouter", responsable, sessions_ajouter},
        {"GET", "/emploi/sessions/{id}", staff, session_page, &contenu_session::kVersions},
        {"GET", "/emploi/sessions/{id}/modifier", responsable, session_modifier_form},
        {"POST", "/emploi/sessions/{id}/modifier", responsable, session_modifier},
        {"POST", "/emploi/sessions/{id}/supprimer", responsable, session_supprimer},
        {"POST", "/emploi/sessions/{id}/intervenants", responsable, intervenant_ajouter},
        {"POST", "/emploi/sessions/{id}/intervenants/{uid}/{role:mot}/supprimer", responsable, intervenant_retirer},

        // Step 3: workshops.
        {"POST", "/emploi/sessions/{id}/ateliers", responsable, atelier_ajouter},
        {"POST", "/emploi/sessions/{id}/ateliers/{aid}", responsable, atelier_modifier},
        {"POST", "/emploi/sessions/{id}/ateliers/{aid}/supprimer", responsable, atelier_supprimer},

        // Steps 4 and 8: trainee records.
        {"GET", "/emploi/stagiaires", tuteur, stagiaires_recherche, &stagiaires::kVersionsRecherche},
        {"GET", "/emploi/stagiaires/ajouter", tuteur, stagiaires_ajouter_form},
        {"POST", "/emploi/stagiaires/ajouter", tuteur, stagiaires_ajouter},
        {"GET", "/emploi/stagiaires/{id}", tuteur, stagiaire_fiche, &stagiaires::kVersionsFiche},
        {"POST", "/emploi/stagiaires/{id}", tuteur, stagiaire_modifier},
        {"POST", "/emploi/stagiaires/{id}/etudes", tuteur, etude_ajouter},
        {"POST", "/emploi/stagiaires/{id}/etudes/{eid}/supprimer", tuteur, etude_supprimer},

        // Step 5: enrolment, from either side.
        {"POST", "/emploi/sessions/{id}/stagiaires", tuteur, session_inscrire},
        {"GET", "/emploi/sessions/{id}/stagiaires/recherche", tuteur, session_recherche_stagiaires},
        {"POST", "/emploi/sessions/{id}/stagiaires/{sid}/supprimer", tuteur, session_desinscrire},
        {"POST", "/emploi/stagiaires/{id}/sessions", tuteur, stagiaire_inscrire},
        {"POST", "/emploi/stagiaires/{id}/sessions/{sessid}", tuteur, stagiaire_financement},

        // Steps 6 and 7: printed documents.
        {"GET", "/emploi/sessions/{id}/inscrits", staff, liste_inscrits},
        {"GET", "/emploi/sessions/{id}/presence/{cycle}", staff, feuille_presence},
        {"GET", "/emploi/stagiaires/{id}/accueil", tuteur, fiche_accueil},
        {"POST", "/emploi/stagiaires/{id}/mot-de-passe", tuteur, nouveau_mot_de_passe},

        // Step 9: attendance.
        {"GET", "/emploi/sessions/{id}/validation", tuteur, validation_form, &contenu_session::kVersions},
        {"POST", "/emploi/sessions/{id}/validation", tuteur, validation},

        // Step 11: the trainee's personal page.
        {"GET", "/espace", stagiaire, espace, &stagiaires::kVersionsEspace},
        {"POST", "/espace/donnees", stagiaire, espace_donnees},
        {"POST", "/espace/mot-de-passe", stagiaire, espace_mot_de_passe},
        {"POST", "/espace/annuaire", stagiaire, espace_annuaire},

        // The directory ("l'annuaire du site"): the consent boxes of step 4.
        {"GET", "/annuaire", logged_in, annuaire},

        // Reports: the RSA follow-up ("processus suivi RSA"), the activity of a year.
        {"GET", "/emploi/rapports/rsa", tuteur, rapport_rsa},
        {"GET", "/emploi/rapports/sessions", tuteur, rapport_sessions},

        // Trainees from the old site.
        {"GET", "/emploi/import", responsable, import_form},
        {"POST", "/emploi/import", responsable, import_envoyer},

        // Step 12: documents and "envoi documentation".
        {"GET", "/emploi/documents", responsable, documents_liste},
        {"POST", "/emploi/documents", responsable, documents_ajouter},
        {"POST", "/emploi/documents/repertoires/supprimer", responsable, repertoire_supprimer},
        {"POST", "/emploi/documents/{did}/supprimer", responsable, document_supprimer},
        {"GET", "/emploi/documents/{did}", tuteur, document_telecharger},
        {"GET", "/emploi/tuteur/documents", tuteur, documents_tuteur},
        {"GET", "/emploi/sessions/{id}/documentation", tuteur, documentation_form},
        {"POST", "/emploi/sessions/{id}/documentation", tuteur, documentation_envoyer},

        // Personal data (issue 15): access, portability, erasure.
        {"GET", "/emploi/stagiaires/{id}/export", responsable, stagiaire_export},
        {"GET", "/espace/export", stagiaire, espace_export},
        {"POST", "/emploi/stagiaires/{id}/anonymiser", responsable, stagiaire_anonymiser},

        // The audit journal.
        {"GET", "/emploi/journal", responsable, journal_liste},

        // Staff accounts, and one's own password.
        {"GET", "/emploi/intervenants", responsable, comptes_liste},
        {"POST", "/emploi/intervenants", responsable, comptes_creer},
        {"GET", "/emploi/intervenants/{uid}", responsable, compte_fiche},
        {"POST", "/emploi/intervenants/{uid}", responsable, compte_modifier},
        {"POST", "/emploi/intervenants/{uid}/mot-de-passe", responsable, compte_nouveau_mot_de_passe},
        {"GET", "/compte/mot-de-passe", staff, compte_mot_de_passe_form},
        {"POST", "/compte/mot-de-passe", staff, compte_mot_de_passe},
    });
    return router;
}

}  // namespace

const Site& site() {
    static const Site s{
        routes(),
        [](Db& db, const std::string& token, const LectureVersions* lecture, long id, VersionsLues& lues) {
            return comptes::session(db, token, config(), lecture, id, lues);
        },
        [](std::string_view code) { return handlers::texte_avis(code); },
    };
    return s;
}

}  // namespace ope
