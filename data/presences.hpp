// Attendance (presence): one row per enrolled trainee and workshop, created by
// enrolment and workshop creation, validated by the tutor (step 9) and read by
// the trainee on their page (step 11).
#pragma once

#include "domain/normalise.hpp"
#include "domain/statuts.hpp"
#include "fcgi/db.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ope::presences {

struct Ligne {
    long atelier_id = 0, stagiaire_id = 0;
    Presence statut = Presence::non_renseigne;
    std::string commentaire;
    std::string valide_par_prenom, valide_par_nom;  // empty when never validated
    std::string valide_le;                          // "YYYY-MM-DD HH:MM:SS", "" when never validated
};
// Every attendance row of a session (one statement, whatever its size).
std::vector<Ligne> de_la_session(Db& db, long session_id);

struct Saisie {
    long atelier_id = 0, stagiaire_id = 0;
    Presence statut = Presence::non_renseigne;
    std::string commentaire;
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
    Cycle cycle = Cycle::formation;
    Presence statut = Presence::non_renseigne;
    std::string commentaire;
};
std::vector<AtelierDuStagiaire> du_stagiaire(Db& db, long stagiaire_id);

}  // namespace ope::presences
