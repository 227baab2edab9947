// Sessions (session_formation) and their tutors and trainers (session_intervenant).
#pragma once

#include "domain/normalise.hpp"
#include "domain/statuts.hpp"
#include "fcgi/db.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ope::sessions {

struct Session {
    long id = 0;
    Mois mois;
    std::string intitule;
    long version = 0;  // goes up with every change shown on the session's page (verrouiller)
};

// A tutor or trainer of a session.
struct Intervenant {
    long utilisateur_id = 0;
    std::string prenom, nom;
    Role role = Role::tuteur;  // tuteur or formateur
    bool actif = true;         // a deactivated account stays on its sessions
    std::string email;         // "" when the account has none
};

struct Resume {
    Session session;
    std::vector<Intervenant> tuteurs, formateurs;  // by name
    long ateliers = 0, stagiaires = 0;
};

// Newest first. annee: only that year (all sessions of it), otherwise the `limite` newest.
// formateur_id: only the sessions where that account is trainer.
std::vector<Resume> lister(Db& db, std::optional<int> annee, std::optional<long> formateur_id, int limite);
// The `limite` newest sessions alone (a drop-down: no counts, no tutors), of one
// trainer when formateur_id is set.
std::vector<Session> dernieres(Db& db, std::optional<long> formateur_id, int limite);
// The sessions a trainee is enrolled in, newest first (their personal page).
std::vector<Resume> du_stagiaire(Db& db, long stagiaire_id);
// Years that have sessions, newest first.
std::vector<int> annees(Db& db, std::optional<long> formateur_id);

std::optional<Session> trouver(Db& db, long id);
// The sessions of a month, by number.
std::vector<Session> du_mois(Db& db, const Mois& mois);

// Called first by every writer of what the session's page shows (its enrolments and
// their funding, workshops, attendance, tutors and trainers, the session itself), in
// its transaction: writes the session's row (version + 1), which locks it. On one
// server the writers of a session queue on that lock and none misses another's
// rows; on a Galera cluster, where a lock is local to a node, the write is what two
// writers on two nodes conflict on: one of them gets error 1213 at COMMIT and the
// request is tried again (fcgi/pipeline.cpp). False when the session does not exist.
bool verrouiller(Transaction& t, long session_id);
// A trainee's record changed: the pages of their sessions show their name (version + 1),
// and so do the sendings they received (version_envois + 1).
void nouvelle_version_pour_stagiaire(Transaction& t, long stagiaire_id);
// `par`: the account that does it (journal).
long creer(Db& db, const Mois& mois, const std::string& intitule, long par);
// Changes the month and title (the workshops keep their dates), journaled with old and
// new values; false when the session does not exist.
bool modifier(Db& db, const Session& s, long par);

// Deletes a session nobody is enrolled in, with its workshops and its tutors and
// trainers; the journal keeps what it had. Refused while a trainee is enrolled, and
// when documentation was sent for it (the sendings are kept); `nombre` says how many.
struct Suppression {
    enum class Etat { supprimee, inconnue, inscrits, envois } etat = Etat::inconnue;
    long nombre = 0;
};
Suppression supprimer(Db& db, long id, long par);

std::vector<Intervenant> intervenants(Db& db, long session_id);
bool est_intervenant(Db& db, long session_id, long utilisateur_id, Role role);
// False when that person already has that role in the session.
bool ajouter_intervenant(Db& db, long session_id, const Intervenant& i, long par);
// False when that person did not have that role in the session.
bool retirer_intervenant(Db& db, long session_id, long utilisateur_id, Role role, long par);

}  // namespace ope::sessions
