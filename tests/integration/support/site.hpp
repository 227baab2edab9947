// Site-level helpers of the integration tests: the global fixture, logged-in
// clients, unique letters-only names, paths, and the objects most tests create
// through the site (session, atelier, stagiaire, inscription). Each helper
// REQUIREs what it relies on, so a broken setup stops the test case.
#pragma once

#include "tests/integration/support/client.hpp"

#include <cstddef>
#include <string>

namespace ope::test {

// Global fixture: skips the whole binary (exit 77) without the stack.
struct Stack {
    Stack() { skip_without_stack(); }
};

// A client logged in as `login` (REQUIREs the login to succeed).
Client logged(const std::string& login, const std::string& password = "demo");

// Letters only (names refuse digits), unique across runs and processes.
std::string lettres();
// The number `n` written in base 26 with letters ("a" for 0), for names that refuse digits.
std::string lettres(long n);

// The text in upper case (ASCII letters only).
std::string majuscules(std::string s);
// The text in lower case (ASCII letters only).
std::string minuscules(std::string s);

// A number as text.
std::string str(long n);
// Path of a session's page.
std::string session(long id);
// Path of a trainee's record ("fiche").
std::string fiche(long id);

// Creates a session through "Ajouter une session"; returns its id.
long creer_session(Client& resp, const std::string& mois, const std::string& intitule);
// Adds a workshop to session `s` through its page; returns its id (from "#atelier-<id>", checked in SQL).
long ajouter_atelier(Client& resp, long s, const std::string& date, const std::string& intitule,
                     const std::string& cycle = "1");
// Creates a trainee through "Ajouter un stagiaire" with these fields; returns its id.
long creer_stagiaire(Client& c, const Fields& champs);
// Creates a trainee with the fields required only (M., nom, prénom); returns its id.
long creer_stagiaire(Client& c, const std::string& nom, const std::string& prenom = "Paul");
// Enrols a trainee in session `s` from the session page (REQUIREs the 303).
void inscrire(Client& c, long s, long stagiaire);

// Enrols a trainee in session `s` from their record, with the funding fields
// (statut_financement, numero_caf, numero_cli...); REQUIREs the 303.
void inscrire_finance(Client& c, long s, long stagiaire, const Fields& financement);
// Changes the funding of an enrolment from the record (REQUIREs the 303).
void changer_financement(Client& c, long s, long stagiaire, const Fields& financement);
// Posts "validation des présences" of session `s`: statut_{atelier}_{stagiaire} fields (REQUIREs the 303).
void valider_presences(Client& c, long s, const Fields& statuts);
// A client logged in as the trainee, with the login and initial password of the
// welcome sheet that `personnel` reads.
Client connecter_stagiaire(Client& personnel, long stagiaire);

// The text of the <dd> after `libelle` (searched from `depuis`), as on the welcome sheet; "" if absent.
std::string dd_apres(const std::string& html, const std::string& libelle, std::size_t depuis = 0);

}  // namespace ope::test
