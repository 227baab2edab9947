// Pages with several forms. A POST that is refused shows the page again with a
// 422, its own form holding what was typed and why (a FormState), the others as
// they are: each page takes the states of its forms, default-constructed ones
// showing the records' values.
#pragma once

#include "data/stagiaires.hpp"
#include "fcgi/db.hpp"
#include "fcgi/form.hpp"
#include "fcgi/http.hpp"

#include <map>

namespace ope::handlers {

// The session page (steps 2, 3, 5): add a tutor or trainer, add a workshop, edit a
// workshop in place, enrol a trainee.
struct FormulairesSession {
    FormState intervenant{}, atelier{}, inscription{};
    std::map<long, FormState> ateliers{};  // a workshop's in-place edit, by its id
};
Response afficher_session(Request& req, Db& db, long session_id, const FormulairesSession& formulaires = {});

// 404 when the session does not exist; 403 for a trainer who is not on it.
void verifier_acces_session(const Request& req, Db& db, long session_id);

// The trainee record (steps 4, 5, 8): personal data, a line of studies, "ajouter une
// session", the funding of each enrolment.
struct FormulairesFiche {
    FormState donnees{}, etude{}, inscription{};
    std::map<long, FormState> financements{};  // by session id
};
Response afficher_fiche(Request& req, Db& db, long stagiaire_id, const FormulairesFiche& formulaires = {});

// The trainee's page (/espace) has a section of the directory (annuaire.cpp): how
// they appear in it, and their three consent boxes (POST /espace/annuaire).
void section_annuaire(Dict& page, Db& db, const stagiaires::Stagiaire& s);

}  // namespace ope::handlers
