// The session page is re-rendered with a 422 by the handlers of its forms
// (workshops, tutors and trainers), with the typed values and the errors.
#pragma once

#include "fcgi/db.hpp"
#include "fcgi/http.hpp"
#include "fcgi/render.hpp"

#include <string>

namespace ope::handlers {

// Which form of the page failed: "intervenant", "atelier" (the new-workshop form), or
// "atelier-<id>" (the in-place edit of one workshop).
struct FormulaireEnErreur {
    std::string nom;
    const Params* valeurs = nullptr;
    FormErrors erreurs;
};

Response afficher_session(Request& req, Db& db, long session_id, const FormulaireEnErreur* erreur = nullptr);

// 404 when the session does not exist; 403 for a trainer who is not on it.
void verifier_acces_session(const Request& req, Db& db, long session_id);

}  // namespace ope::handlers
