// The site's directory ("l'annuaire du site"): trainees with only the items they
// consented to publish. Every query here reads the view annuaire_stagiaire
// (sql/010_annuaire.sql), the one place that decides who and what is published:
// nothing else of a trainee can reach a directory page.
#pragma once

#include "domain/normalise.hpp"
#include "fcgi/db.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ope::annuaire {

// A published entry: what the trainee did not consent to publish is "".
struct Entree {
    long stagiaire_id = 0;
    std::string civilite, nom, prenom;
    std::string adresse, code_postal, ville;
    std::string tel_portable, tel_fixe;
    std::string email;
};

// The trainees of a session who appear in the directory, by name.
std::vector<Entree> de_la_session(Db& db, long session_id);

// The sessions of a trainee, newest first, each with the OTHER trainees of it who
// appear in the directory (by name).
struct Session {
    long id = 0;
    Mois mois;
    std::string intitule;
    std::vector<Entree> stagiaires;
};
std::vector<Session> du_stagiaire(Db& db, long stagiaire_id);

// The trainee's own entry as the others see it; nullopt when they do not appear.
std::optional<Entree> entree(Db& db, long stagiaire_id);

}  // namespace ope::annuaire
