// Every page of the site, one file per area of the process. The route table in
// app/routes.cpp says who may call each one. A handler reads a typed form
// (handlers/formulaires.hpp), calls the data layer (data/), and either redirects
// with an avis (handlers/avis.hpp) or renders one template (templates/pages).
#pragma once

#include "fcgi/db.hpp"
#include "fcgi/http.hpp"

#include <string>

namespace ope::handlers {

// accueil.cpp
Response sante(Request&, Db&);
Response racine(Request&, Db&);

// connexion.cpp
Response connexion_form(Request&, Db&);
Response connexion(Request&, Db&);
Response deconnexion(Request&, Db&);

// sessions.cpp: steps 1 and 2
Response sessions_liste(Request&, Db&);
Response sessions_ajouter_form(Request&, Db&);
Response sessions_ajouter(Request&, Db&);
Response session_page(Request&, Db&);
Response session_recherche_stagiaires(Request&, Db&);
Response session_modifier_form(Request&, Db&);
Response session_modifier(Request&, Db&);
Response session_supprimer(Request&, Db&);
Response intervenant_ajouter(Request&, Db&);
Response intervenant_retirer(Request&, Db&);

// ateliers.cpp: step 3
Response atelier_ajouter(Request&, Db&);
Response atelier_modifier(Request&, Db&);
Response atelier_supprimer(Request&, Db&);

// stagiaires.cpp: step 4 (records) and 8 (checking data)
Response stagiaires_recherche(Request&, Db&);
Response stagiaires_ajouter_form(Request&, Db&);
Response stagiaires_ajouter(Request&, Db&);
Response stagiaire_fiche(Request&, Db&);
Response stagiaire_modifier(Request&, Db&);
Response etude_ajouter(Request&, Db&);
Response etude_supprimer(Request&, Db&);

// inscriptions.cpp: step 5
Response session_inscrire(Request&, Db&);
Response session_desinscrire(Request&, Db&);
Response stagiaire_inscrire(Request&, Db&);
Response stagiaire_financement(Request&, Db&);

// impressions.cpp: steps 6 and 7
Response liste_inscrits(Request&, Db&);
Response feuille_presence(Request&, Db&);
Response fiche_accueil(Request&, Db&);
Response nouveau_mot_de_passe(Request&, Db&);

// presences.cpp: step 9
Response validation_form(Request&, Db&);
Response validation(Request&, Db&);

// espace.cpp: step 11, the trainee's own page
Response espace(Request&, Db&);
Response espace_donnees(Request&, Db&);
Response espace_mot_de_passe(Request&, Db&);
Response espace_annuaire(Request&, Db&);

// documents.cpp: step 12, the library
Response documents_liste(Request&, Db&);
Response documents_ajouter(Request&, Db&);
Response document_supprimer(Request&, Db&);
Response repertoire_supprimer(Request&, Db&);
Response documents_tuteur(Request&, Db&);
Response document_telecharger(Request&, Db&);

// envois.cpp: step 12, "envoi documentation"
Response documentation_form(Request&, Db&);
Response documentation_envoyer(Request&, Db&);

// donnees.cpp: personal data (export, erasure)
Response stagiaire_export(Request&, Db&);
Response espace_export(Request&, Db&);
Response stagiaire_anonymiser(Request&, Db&);

// journal.cpp: the audit journal
Response journal_liste(Request&, Db&);

// rapports.cpp: the RSA follow-up and the activity of a year
Response rapport_rsa(Request&, Db&);
Response rapport_sessions(Request&, Db&);

// annuaire.cpp: the site's directory
Response annuaire(Request&, Db&);

// importation.cpp: trainees from the old site
Response import_form(Request&, Db&);
Response import_envoyer(Request&, Db&);

// intervenants.cpp: staff accounts
Response comptes_liste(Request&, Db&);
Response comptes_creer(Request&, Db&);
Response compte_fiche(Request&, Db&);
Response compte_modifier(Request&, Db&);
Response compte_nouveau_mot_de_passe(Request&, Db&);

// compte.cpp: a staff member's own password
Response compte_mot_de_passe_form(Request&, Db&);
Response compte_mot_de_passe(Request&, Db&);

}  // namespace ope::handlers
