// Typed forms shared by several pages: the trainee's personal data (staff record
// and, later, the trainee's own page) and the funding of an enrolment.
#pragma once

#include "data/comptes.hpp"
#include "data/inscriptions.hpp"
#include "data/stagiaires.hpp"
#include "fcgi/http.hpp"
#include "fcgi/render.hpp"

#include <string>
#include <vector>

namespace ope::handlers {

// A page with several forms is re-rendered with a 422 when one of them is refused:
// which one (`nom`), what was typed, and the errors per field.
struct FormulaireEnErreur {
    std::string nom;
    const Params* valeurs = nullptr;
    FormErrors erreurs;
};

// "Ajouter une session": mois (YYYY-MM or YYYY-MM-DD), intitule.
struct SessionForm {
    Mois mois;
    std::string intitule;

    static SessionForm parse(const Params& form, FormErrors& errors);
};

// A workshop: date, intitule, cycle (1 or 2).
struct AtelierForm {
    Date date;
    std::string intitule;
    int cycle = 0;

    static AtelierForm parse(const Params& form, FormErrors& errors);
};

// A staff account (/emploi/intervenants): login, nom, prenom, email, role, mot_de_passe.
struct CompteForm {
    comptes::NouveauCompte compte;

    static CompteForm parse(const Params& form, FormErrors& errors);
};

// Fields civilite, nom, prenom, date_naissance, adresse, code_postal, ville, tel_fixe,
// tel_portable, email, parution_adresse, parution_telephone, parution_email; values
// normalised; errors per field.
stagiaires::Stagiaire parse_stagiaire(const Params& form, FormErrors& errors);

// The personal-data fields partial (templates/pages/stagiaire_champs.tpl), included as
// {{>CHAMPS_STAGIAIRE}}; an included template sees only its own dictionary, returned here.
// Staff edit the identity (civility, names, birth date); a trainee only reads it.
Dict& champs_stagiaire(Dict& page);
Dict& champs_stagiaire_identite_en_lecture(Dict& page, const stagiaires::Stagiaire& s);

// Puts a record's values into VALEUR_* and the civility/consent sections of a form.
void remplir_stagiaire(Dict& dict, const stagiaires::Stagiaire& s);
// Same from what was typed (a refused form keeps the input, not the normalised value).
void remplir_saisie(Dict& dict, const Params& form);

// Fields statut_financement, numero_caf, numero_cli, complement_financement.
inscriptions::Financement parse_financement(const Params& form, const std::vector<inscriptions::StatutFinancement>& statuts,
                                           bool statut_obligatoire, FormErrors& errors);
// Options of the funding drop-down (section STATUT with CODE, LIBELLE, CHOISI).
void remplir_statuts(Dict& dict, const std::vector<inscriptions::StatutFinancement>& statuts,
                     const std::string& choisi);

}  // namespace ope::handlers
