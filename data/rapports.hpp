// The association's reports, each read with a fixed number of aggregate
// statements whatever the number of trainees or sessions:
// - the RSA follow-up ("processus suivi RSA"): per trainee enrolled with the RSA
//   status in sessions of a range of months, their CAF and CLI numbers, sessions
//   and attendance;
// - the activity of a year, month by month.
#pragma once

#include "domain/normalise.hpp"
#include "domain/rapports.hpp"
#include "domain/statuts.hpp"
#include "fcgi/db.hpp"

#include <array>
#include <string>
#include <vector>

namespace ope::rapports {

// ---------------------------------------------------------------- RSA follow-up

struct SessionSuivie {
    long id = 0;
    Mois mois;
};

// A trainee and their enrolments whose status is RSA now (a trainee funded otherwise
// in another session of the range has only the RSA ones here).
struct LigneRsa {
    long stagiaire_id = 0;
    std::string civilite, nom, prenom;
    std::vector<std::string> numeros_caf, numeros_cli;  // distinct, usually one each
    std::vector<SessionSuivie> sessions;               // by month
    Decompte presences;                                // the workshops of those sessions
};
// Sessions whose month is in [du, au], by name.
std::vector<LigneRsa> suivi_rsa(Db& db, const Mois& du, const Mois& au);

// ---------------------------------------------------------------- activity

inline constexpr std::size_t kStatuts = kStatutsFinancement.size();

// A month of sessions (or the whole year).
struct Activite {
    long sessions = 0, ateliers = 0, inscriptions = 0;
    long stagiaires = 0;  // distinct trainees
    // Distinct trainees by funding status, in kStatutsFinancement's order, and those
    // whose status is not entered yet.
    std::array<long, kStatuts> par_statut{};
    long statut_a_renseigner = 0;
    Decompte presences;
};
struct ActiviteAnnee {
    std::array<Activite, 12> mois;  // January first, by the sessions' month
    Activite annee;                 // the year: distinct trainees of the year, not a sum
};
ActiviteAnnee activite(Db& db, int annee);

}  // namespace ope::rapports
