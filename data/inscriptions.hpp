// Enrolment of trainees in sessions (inscription), with funding, and the
// attendance rows it implies. The rules of step 5 live here, in transactions:
// - enrolling attaches the trainee to every workshop of the session;
// - it is refused while the session has no workshop;
// - a trainee is enrolled at most once per session;
// - un-enrolling removes the trainee's attendance rows of that session.
// (A workshop added later is attached to the enrolled trainees by ateliers::creer.)
#pragma once

#include "data/presences.hpp"
#include "data/stagiaires.hpp"
#include "domain/normalise.hpp"
#include "domain/statuts.hpp"
#include "fcgi/db.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ope::inscriptions {

struct Financement {
    std::optional<StatutFinancement> statut;  // not yet known: "à renseigner"
    std::string numero_caf, numero_cli, complement;
};

enum class Resultat { inscrit, session_inconnue, stagiaire_inconnu, session_sans_atelier, deja_inscrit };
// A French sentence for a refusal.
std::string message(Resultat r);

// `par`: the account that does it (journal).
Resultat inscrire(Db& db, long session_id, long stagiaire_id, const Financement& f, long par);
// The same in the caller's transaction (an import writes every line in one); nothing
// is written when the result is not `inscrit`.
Resultat inscrire(Transaction& t, long session_id, long stagiaire_id, const Financement& f, std::optional<long> par);
// Whether a session can take an enrolment now (it exists and has a workshop):
// `inscrit`, `session_inconnue` or `session_sans_atelier`.
Resultat session_prete(Db& db, long session_id);
// Un-enrols, with the trainee's attendance rows of the session. When some of them
// hold entered attendance, nothing is done unless `confirme` (a_confirmer, with what
// would be lost); done, the journal entry keeps those statuses and comments. inconnu
// when the trainee was not enrolled.
presences::Retrait desinscrire(Db& db, long session_id, long stagiaire_id, long par, bool confirme);
// False when the trainee is not enrolled in that session.
bool modifier_financement(Db& db, long session_id, long stagiaire_id, const Financement& f, long par);

// The trainees of a session, by name.
struct Inscrit {
    long stagiaire_id = 0;
    std::string civilite, nom, prenom;
    std::optional<StatutFinancement> statut;
};
std::vector<Inscrit> de_la_session(Db& db, long session_id);

// The trainees of a session with their whole record and funding, by name (printed lists).
struct Fiche {
    stagiaires::Stagiaire stagiaire;
    std::optional<StatutFinancement> statut;
};
std::vector<Fiche> fiches_de_la_session(Db& db, long session_id);

// The sessions of a trainee, newest first.
struct SessionDuStagiaire {
    long session_id = 0;
    Mois mois;
    std::string intitule;
    Financement financement;
};
std::vector<SessionDuStagiaire> du_stagiaire(Db& db, long stagiaire_id);

}  // namespace ope::inscriptions
