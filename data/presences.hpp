// Attendance (presence): one row per enrolled trainee and workshop, created by
// enrolment and workshop creation, validated by the tutor (step 9) and read by
// the trainee on their page (step 11).
#pragma once

#include "fcgi/db.hpp"
#include "fcgi/normalise.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ope::presences {

// "non_renseigne", "present", "absent", "excuse".
bool statut_valide(const std::string& statut);
// "non renseigné", "présent", "absent", "absent excusé".
std::string libelle(const std::string& statut);

struct Ligne {
    long atelier_id = 0, stagiaire_id = 0;
    std::string statut, commentaire;
    std::string valide_par;  // "Prénom NOM", "" when never validated
    std::string valide_le;   // "YYYY-MM-DD HH:MM:SS"
};
// Every attendance row of a session (one statement, whatever its size).
std::vector<Ligne> de_la_session(Db& db, long session_id);

struct Saisie {
    long atelier_id = 0, stagiaire_id = 0;
    std::string statut, commentaire;
};
// Saves the statuses and comments in one transaction, with who validated and when,
// and writes each change to the journal. The caller has checked that every
// (workshop, trainee) pair belongs to the session.
void enregistrer(Db& db, long session_id, const std::vector<Saisie>& saisies, long valide_par);

// A trainee's workshops with their attendance, for their personal page.
struct AtelierDuStagiaire {
    long session_id = 0;
    Date date;
    std::string intitule;
    int cycle = 1;
    std::string statut, commentaire;
};
std::vector<AtelierDuStagiaire> du_stagiaire(Db& db, long stagiaire_id);

}  // namespace ope::presences
