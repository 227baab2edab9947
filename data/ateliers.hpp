// Workshops (atelier) of a session, and the attendance rows that follow them.
#pragma once

#include "data/presences.hpp"
#include "domain/normalise.hpp"
#include "domain/statuts.hpp"
#include "fcgi/db.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ope::ateliers {

struct Atelier {
    long id = 0;
    long session_id = 0;
    Date date;
    std::string intitule;
    Cycle cycle = Cycle::formation;
};

// By date, then id.
std::vector<Atelier> de_la_session(Db& db, long session_id);
std::optional<Atelier> trouver(Db& db, long session_id, long atelier_id);

// Creates the workshop and attaches every trainee already enrolled in the session
// (one attendance row each, "non renseigné"), in one transaction. `par`: the
// account that does it (journal).
long creer(Db& db, const Atelier& a, long par);
// False when no such workshop in that session.
bool modifier(Db& db, const Atelier& a, long par);
// Deletes the workshop and its attendance rows. When some of them hold entered
// attendance, nothing is done unless `confirme` (a_confirmer, with what would be
// lost); done, the journal entry keeps those statuses and comments. inconnu when no
// such workshop in that session.
presences::Retrait supprimer(Db& db, long session_id, long atelier_id, long par, bool confirme);

}  // namespace ope::ateliers
