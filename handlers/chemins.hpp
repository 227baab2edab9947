// The site's paths, built in one place (the URL contract is ../shared/spec/urls.md;
// app/routes.cpp holds the matching patterns). Handlers redirect with these;
// templates write the same paths with the ids they are given.
#pragma once

#include "domain/normalise.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ope::chemins {

// "#ancre" appended when given.
std::string avec_ancre(std::string chemin, std::string_view ancre);

std::string sessions();
std::string session(long id, std::string_view ancre = {});
std::string session_modifier(long id);  // correcting (and deleting) a session
std::string atelier(long session_id, long atelier_id);  // its row on the session page
std::string atelier_suppression(long session_id, long atelier_id);
std::string desinscription(long session_id, long stagiaire_id);
std::string validation(long session_id, std::optional<long> atelier = std::nullopt);
std::string stagiaires(std::string_view q = {}, long page = 1);  // the search
std::string fiche(long stagiaire_id, std::string_view ancre = {});
std::string accueil(long stagiaire_id);  // the welcome sheet
std::string documents(std::string_view repertoire = {});  // the library
std::string documents_tuteur(std::string_view repertoire = {});
std::string intervenants();
std::string intervenant(long utilisateur_id);  // a staff account's page
std::string mot_de_passe_compte();            // a staff member's own password
std::string espace(std::string_view ancre = {});
std::string connexion();
// The reports: the RSA follow-up of a range of months, the activity of a year;
// csv: the download of the same rows.
std::string rapport_rsa(const Mois& du, const Mois& au, bool csv = false);
std::string rapport_sessions(int annee, bool csv = false);
// The directory (staff: of a session).
std::string annuaire(std::optional<long> session = std::nullopt);
// The import of trainees.
std::string import();

}  // namespace ope::chemins
