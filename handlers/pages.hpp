// Pages with several forms, re-rendered with a 422 by the handlers of their forms
// when one is refused (typed values kept, errors beside the fields).
#pragma once

#include "fcgi/db.hpp"
#include "fcgi/http.hpp"
#include "handlers/formulaires.hpp"

namespace ope::handlers {

// The session page. Forms: "intervenant", "atelier" (new workshop), "atelier-<id>"
// (in-place edit of one workshop), "inscription" (enrol a trainee).
Response afficher_session(Request& req, Db& db, long session_id, const FormulaireEnErreur* erreur = nullptr);

// 404 when the session does not exist; 403 for a trainer who is not on it.
void verifier_acces_session(const Request& req, Db& db, long session_id);

// The trainee record. Forms: "donnees" (personal data), "etude", "inscription" (add a
// session), "financement-<session id>" (change the funding of one enrolment).
Response afficher_fiche(Request& req, Db& db, long stagiaire_id, const FormulaireEnErreur* erreur = nullptr);

}  // namespace ope::handlers
