// Every form of the site, typed: one struct per form with
//   static F parse(const Params& fields, FormErrors& errors, ...)
// which reads its fields (the names of ../shared/spec/urls.md), normalises them
// and files at most one French message per wrong field, and, for a form that edits
// a record, `state_of(record)`: the FormState that shows the record's values.
// Handlers call submit<F>(req.form) (fcgi/form.hpp) and never read a field
// themselves; a refused form is shown again from its FormState. Checks that need
// the database (is this account active, is this trainee in the session) are done
// by the handler after parse and filed in the same FormState.
#pragma once

#include "data/comptes.hpp"
#include "data/inscriptions.hpp"
#include "data/stagiaires.hpp"
#include "domain/normalise.hpp"
#include "domain/statuts.hpp"
#include "fcgi/form.hpp"
#include "fcgi/http.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ope::handlers {

// ---------------------------------------------------------------- login, accounts

// /connexion: login, mot_de_passe, suite (a local path to go to afterwards). One
// message for every refusal, under "login": it must not tell which part was wrong.
struct ConnexionForm {
    std::string login, mot_de_passe;
    std::string suite;  // "" when absent or not a local path of this site

    static ConnexionForm parse(const Params& fields, FormErrors& errors);
};
// The local path `suite` may send a user to after logging in, "" for anything else
// (another site, a scheme, control characters).
std::string suite_sure(const std::string& suite);

// A staff account (/emploi/intervenants, and `ope creer-compte`): login, nom, prenom,
// email, role, mot_de_passe.
struct CompteForm {
    std::string login, nom, prenom, email;
    Role role = Role::tuteur;
    std::string mot_de_passe;

    static CompteForm parse(const Params& fields, FormErrors& errors);
};

// A staff account as the manager edits it (/emploi/intervenants/{uid}): nom, prenom,
// email, role, actif (checkbox). The login does not change.
struct CompteModifieForm {
    std::string nom, prenom, email;
    Role role = Role::tuteur;
    bool actif = false;

    static CompteModifieForm parse(const Params& fields, FormErrors& errors);
    static FormState state_of(const comptes::Compte& c);
};

// Changing one's password: actuel, nouveau, confirmation. That `actuel` is the right
// one is checked by the handler (it needs the account's hash).
struct MotDePasseForm {
    std::string actuel, nouveau;

    static MotDePasseForm parse(const Params& fields, FormErrors& errors);
};

// ---------------------------------------------------------------- sessions, workshops

// "Ajouter une session", and correcting one: mois (YYYY-MM or YYYY-MM-DD), intitule.
struct SessionForm {
    Mois mois;
    std::string intitule;

    static SessionForm parse(const Params& fields, FormErrors& errors);
    static FormState state_of(const Mois& mois, const std::string& intitule);
};

// A tutor or trainer for a session: utilisateur_id, role (tuteur or formateur).
struct IntervenantForm {
    long utilisateur_id = 0;
    Role role = Role::tuteur;

    static IntervenantForm parse(const Params& fields, FormErrors& errors);
};

// A workshop: date, intitule, cycle (1 or 2).
struct AtelierForm {
    Date date;
    std::string intitule;
    Cycle cycle = Cycle::formation;

    static AtelierForm parse(const Params& fields, FormErrors& errors);
    static FormState state_of(const Date& date, const std::string& intitule, Cycle cycle);
};

// A removal posted again from the page that asked for it to be confirmed: confirmer=1.
struct ConfirmationForm {
    bool confirmer = false;

    static ConfirmationForm parse(const Params& fields, FormErrors& errors);
};

// "validation des présences": statut_{atelier}_{stagiaire},
// commentaire_{atelier}_{stagiaire} and version_{atelier}_{stagiaire} (hidden: the
// row's version when the page was read, presences::version_de), for any number of rows.
struct ValidationForm {
    using Cle = std::pair<long, long>;  // (atelier, stagiaire)
    struct Saisie {
        std::optional<Presence> statut;
        std::optional<std::string> commentaire;
        std::optional<std::string> version;
    };
    std::map<Cle, Saisie> saisies;

    static ValidationForm parse(const Params& fields, FormErrors& errors);
    // The field names of one row.
    static std::string champ_statut(Cle cle);
    static std::string champ_commentaire(Cle cle);
    static std::string champ_version(Cle cle);
};

// ---------------------------------------------------------------- trainees

// The trainee's contact details and consents: adresse, code_postal, ville, tel_fixe,
// tel_portable, email, parution_adresse, parution_telephone, parution_email.
// Both record forms carry `version`, the record's version they were read with
// (hidden; absent: not checked), for stagiaires::modifier.
struct CoordonneesForm {
    std::string adresse, code_postal, ville, tel_fixe, tel_portable, email;
    bool parution_adresse = false, parution_telephone = false, parution_email = false;
    std::optional<long> version;

    static CoordonneesForm parse(const Params& fields, FormErrors& errors);
    // Puts these fields into a record, leaving its identity as it is.
    void appliquer(stagiaires::Stagiaire& fiche) const;
};

// The whole record: civilite, nom, prenom, date_naissance, and the contact details.
struct StagiaireForm {
    stagiaires::Stagiaire fiche;
    std::optional<long> version;
    bool confirmer_doublon = false;  // "Ajouter un stagiaire": created even if it looks like one on file

    static StagiaireForm parse(const Params& fields, FormErrors& errors);
    static FormState state_of(const stagiaires::Stagiaire& s);
    // A new record: the consents given by default (the procedure's rule).
    static FormState nouvelle();
};

// A record form refused because someone saved the record after it was read
// (stagiaires::Enregistrement::conflit): under `version`, what happened (`qui_quand`:
// "par Élodie DUPONT le …"); beside each field where the record as it is now
// differs from what was typed, its value now. The typed values stay in the
// fields, and the form takes the record's current version: saving again keeps
// them, knowingly.
void signaler_modification_concurrente(FormState& form, const stagiaires::Stagiaire& actuelle,
                                       const stagiaires::Stagiaire& saisie, const std::string& qui_quand);

// A line of studies: annee, diplome, specialite, etablissement.
struct EtudeForm {
    stagiaires::Etude etude;

    static EtudeForm parse(const Params& fields, FormErrors& errors);
};

// The funding of an enrolment: statut_financement, numero_caf, numero_cli,
// complement_financement (CAF and CLI required for the RSA). Without
// statut_obligatoire an empty status means "à renseigner".
struct FinancementForm {
    inscriptions::Financement financement;

    static FinancementForm parse(const Params& fields, FormErrors& errors, bool statut_obligatoire = true);
    static FormState state_of(const inscriptions::Financement& f);
};

// Enrolment from the session page: stagiaire_id, and the funding fields of the record
// (statut_financement, numero_caf, numero_cli, complement_financement, same rules);
// without a status, it is "à renseigner".
struct InscriptionForm {
    long stagiaire_id = 0;
    inscriptions::Financement financement;

    static InscriptionForm parse(const Params& fields, FormErrors& errors);
};

// Enrolment from the record ("ajouter une session"): session_id and the funding.
struct InscriptionFicheForm {
    long session_id = 0;
    inscriptions::Financement financement;

    static InscriptionFicheForm parse(const Params& fields, FormErrors& errors);
};

// ---------------------------------------------------------------- documents, mail

// A new folder of the library: nouveau_repertoire (posted to the same address as a
// document, which it tells apart).
struct RepertoireForm {
    std::string nom;

    static bool est_envoye(const Params& fields) { return fields.has("nouveau_repertoire"); }
    static RepertoireForm parse(const Params& fields, FormErrors& errors);
};

// Removing a folder: repertoire.
struct SuppressionRepertoireForm {
    std::string nom;

    static SuppressionRepertoireForm parse(const Params& fields, FormErrors& errors);
};

// A document for the library (multipart): repertoire, fichier. Its type is decided
// from its name and checked against its content; `taille_max` in bytes.
struct DocumentForm {
    std::string repertoire;
    std::string nom_fichier, type_mime, contenu;

    static DocumentForm parse(const Params& fields, FormErrors& errors, const std::vector<UploadedFile>& files,
                              std::size_t taille_max);
};

// "envoi documentation" (multipart): sujet, corps, destinataire (repeated: trainee
// ids), document_id (repeated: library ids), piece_jointe (repeated files). Which
// recipients and documents are allowed, and the 2 MB total, are checked by the handler.
struct DocumentationForm {
    std::string sujet, corps;
    std::vector<long> destinataires, documents;
    struct Piece {
        std::string nom_fichier, type_mime;
        const std::string* contenu = nullptr;  // in the request, which outlives the form
    };
    std::vector<Piece> pieces;

    static DocumentationForm parse(const Params& fields, FormErrors& errors, const std::vector<UploadedFile>& files);
};

// ---------------------------------------------------------------- page queries (GET forms)

// "Recherche des stagiaires OPE": q (words, a phone or an e-mail), page.
struct RechercheForm {
    std::string q;
    long page = 1;

    static RechercheForm parse(const Params& fields, FormErrors& errors);
};

// "Gestion des sessions": annee (none: the newest sessions).
struct AnneeForm {
    std::optional<int> annee;

    static AnneeForm parse(const Params& fields, FormErrors& errors);
};

// The workshop shown by "validation des présences": atelier (none: the default one).
struct ChoixAtelierForm {
    std::optional<long> atelier;

    static ChoixAtelierForm parse(const Params& fields, FormErrors& errors);
};

// "liste inscrits": complet=1 for the internal complete variant.
struct ListeForm {
    bool complet = false;

    static ListeForm parse(const Params& fields, FormErrors& errors);
};

// A folder of the library to show: repertoire (none: the folders only).
struct ChoixRepertoireForm {
    std::string repertoire;

    static ChoixRepertoireForm parse(const Params& fields, FormErrors& errors);
};

// The journal's filters, each optional: a person, stagiaire (a record's number) or
// utilisateur (an account's number: what it did and what was done to it); session
// (a number); action (the code of a kind of event).
struct JournalForm {
    std::optional<long> stagiaire, utilisateur, session;
    std::optional<ActionJournal> action;

    static JournalForm parse(const Params& fields, FormErrors& errors);
};

// ---------------------------------------------------------------- reports, directory, import

// "Suivi RSA": du and au, months (YYYY-MM; by default January of this year to this
// month), format (csv: the download).
struct RapportRsaForm {
    Mois du, au;
    bool csv = false;

    static RapportRsaForm parse(const Params& fields, FormErrors& errors);
};

// The activity of a year: annee (this year by default), format (csv: the download).
struct RapportActiviteForm {
    int annee = 0;
    bool csv = false;

    static RapportActiviteForm parse(const Params& fields, FormErrors& errors);
};

// The directory's session, for staff: session (a number; none: the choice only).
struct AnnuaireForm {
    std::optional<long> session;

    static AnnuaireForm parse(const Params& fields, FormErrors& errors);
};

// A trainee's consent to the directory (/espace/annuaire): parution_adresse,
// parution_telephone, parution_email (checkboxes).
struct ParutionForm {
    bool adresse = false, telephone = false, email = false;

    static ParutionForm parse(const Params& fields, FormErrors& errors);
    static FormState state_of(const stagiaires::Stagiaire& s);
    void appliquer(stagiaires::Stagiaire& s) const;
};

// The import of trainees (multipart): fichier (a CSV file), appliquer=1 to write;
// without it, a dry run.
struct ImportForm {
    std::string nom_fichier;
    const std::string* contenu = nullptr;  // in the request, which outlives the form
    bool appliquer = false;

    static ImportForm parse(const Params& fields, FormErrors& errors, const std::vector<UploadedFile>& files);
};

// A line of an import file, its fields named by the file's header: those of
// "Ajouter un stagiaire" (StagiaireForm, the same normalisation and checks), login,
// and optionally session with the funding of the enrolment (FinancementForm, the
// status optional). What an old site exports is taken as the form would: the
// parution_* columns as 1/0 or oui/non (empty: the form's default, published),
// date_naissance as JJ/MM/AAAA or ISO, session as AAAA-MM or the session's number.
struct ImportLigneForm {
    stagiaires::Stagiaire fiche;
    std::string login;                 // lower case; "" : made from the names
    std::optional<Mois> session_mois;  // the session named by its month...
    std::optional<long> session_id;    // ...or by its number
    inscriptions::Financement financement;

    // The columns a file may have.
    static const std::vector<std::string>& colonnes();
    // The column a header cell names (spaces around and case ignored), nullopt for
    // anything else.
    static std::optional<std::string> colonne(std::string_view entete);
    static ImportLigneForm parse(const Params& fields, FormErrors& errors);
};

// The first message of a refused GET form, for a 400 page.
std::string premier_message(const FormErrors& errors);

}  // namespace ope::handlers
