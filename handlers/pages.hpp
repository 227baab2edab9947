// Pages with several forms. A POST that is refused shows the page again with a
// 422, its own form holding what was typed and why (a FormState), the others as
// they are: each page takes the states of its forms, default-constructed ones
// showing the records' values.
#pragma once

#include "data/presences.hpp"
#include "data/sessions.hpp"
#include "data/stagiaires.hpp"
#include "fcgi/db.hpp"
#include "fcgi/form.hpp"
#include "fcgi/http.hpp"
#include "fcgi/render.hpp"

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

// A trainee's personal data as fields (the included template pages/stagiaire_champs.tpl,
// {{>CHAMPS_STAGIAIRE}} in `zone`; it sees only its own dictionary): on the record, in
// "Ajouter un stagiaire" and on the trainee's own page.
void champs_stagiaire(Dict& zone, const FormState& form);

// A session as an option of a drop-down of sessions (section SESSION_OPTION: ID,
// LIBELLE "n° 12 — mars 2031 — intitulé", CHOISIE): the record's "ajouter une
// session", the directory's choice of session.
void option_session(Dict& zone, const sessions::Session& session, bool choisie);

// The funding statuses as options of a select named statut_financement (sections
// STATUT: CODE, LIBELLE, CHOISI for the form's value): on the record and the session page.
void options_statut_financement(Dict& zone, const FormState& form);

// Removing an enrolment or a workshop that would lose entered attendance: the page
// (200) that says what would be lost and repeats the POST to `action` with
// confirmer=1; `retour` is where "Annuler" leads.
struct Confirmation {
    std::string titre, question, action, retour, bouton;
};
Response confirmer_retrait(Request& req, const Confirmation& c, const std::vector<presences::Perte>& pertes);

// One's own password, changed the same way by staff (/compte/mot-de-passe) and a
// trainee (/espace): the fields are the included template pages/mot_de_passe_champs.tpl,
// {{>CHAMPS_MOT_DE_PASSE}} in `zone`.
void champs_mot_de_passe(Dict& zone, const FormState& form);
// Checks `actuel` against the account, then changes the password and ends every other
// web session of the account (this one stays). The form's state: refused when nothing changed.
FormState changer_son_mot_de_passe(Request& req, Db& db);

// The trainee's page (/espace) has a section of the directory (annuaire.cpp): how
// they appear in it, and their three consent boxes (POST /espace/annuaire).
void section_annuaire(Dict& page, Db& db, const stagiaires::Stagiaire& s);

// Who saved the record last, and when, as a refused form says it: "par Élodie
// DUPONT le 01/12/2026 à 14h02" (from the journal).
std::string derniere_modification(Db& db, long stagiaire_id);

}  // namespace ope::handlers
