// Attendance (presence): one row per enrolled trainee and workshop, created by
// enrolment and workshop creation, validated by the tutor (step 9) and read by
// the trainee on their page (step 11).
#pragma once

#include "domain/normalise.hpp"
#include "domain/statuts.hpp"
#include "fcgi/db.hpp"

#include <optional>
#include <string>
#include <utility>
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

// A row's version as a form shows it: a fingerprint of its status and comment, so
// that the row saved tells both whether it changed since the form was read and
// whether the form changed it.
std::string version_de(Presence statut, const std::string& commentaire);

struct Saisie {
    long atelier_id = 0, stagiaire_id = 0;
    Presence statut = Presence::non_renseigne;
    std::string commentaire;
    std::optional<std::string> version;  // the row's version_de when the form was read (none: not checked)
};
// Saves, in one transaction, the rows whose status or comment change, each
// stamped with who validated it and when and journaled; a row posted as it is
// stays as it is, unstamped. When a row that the form changes was also changed by
// someone else since the form was read (its version), nothing at all is written
// and those rows are returned (their keys); a row the form did not change keeps
// the other person's values. The caller has checked that every (workshop,
// trainee) pair belongs to the session.
std::vector<std::pair<long, long>> enregistrer(Db& db, long session_id, const std::vector<Saisie>& saisies,
                                               long valide_par);

// Attendance already entered (a status other than "non renseigné", or a comment)
// that removing an enrolment or a workshop would lose: shown on the page that asks
// for confirmation, and kept in the journal entry of the removal, so that a manager
// can enter it again by hand.
struct Perte {
    long atelier_id = 0, stagiaire_id = 0;
    Date date;
    std::string intitule;  // the workshop's
    std::string nom, prenom;
    Presence statut = Presence::non_renseigne;
    std::string commentaire;
};
// The entered attendance of a session, of one workshop and/or one trainee of it (by
// date, then name); one statement. Run it in the removal's transaction, session locked.
std::vector<Perte> saisies(Db& db, long session_id, std::optional<long> atelier_id, std::optional<long> stagiaire_id);
// One line per entry, for the journal: "04/03/2031, Bilan de compétences, DUPONT
// Élodie : présent, commentaire « Très bien »".
std::string decrire(const std::vector<Perte>& pertes);

// What a removal did: done, nothing to remove (unknown), or nothing done because it
// would lose entered attendance and was not confirmed (`pertes` says what).
struct Retrait {
    enum class Etat { fait, inconnu, a_confirmer } etat = Etat::inconnu;
    std::vector<Perte> pertes;
};

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
