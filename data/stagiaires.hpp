// Trainee records (stagiaire), their studies (etude) and their site account.
#pragma once

#include "domain/normalise.hpp"
#include "domain/statuts.hpp"
#include "fcgi/db.hpp"
#include "fcgi/memoire.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ope::stagiaires {

struct Stagiaire {
    long id = 0;
    std::string civilite;  // "M." or "Mme"
    std::string nom, prenom;
    std::optional<Date> date_naissance;
    std::string adresse, code_postal, ville;
    std::string tel_fixe, tel_portable, email;
    bool parution_adresse = true, parution_telephone = true, parution_email = true;
    std::string modifie_le;  // "YYYY-MM-DD HH:MM:SS"
    long version = 0;        // one more at each save (modifier)
    std::string anonymise_le;           // "" unless erased (donnees::anonymiser)
    std::string parution_confirmee_le;  // "" until the trainee confirmed the directory consent on /espace
};

struct Etude {
    long id = 0;
    std::optional<int> annee;
    std::string diplome, specialite, etablissement;
};

struct Page {
    std::vector<Stagiaire> lignes;
    long total = 0;  // matching records, all pages, counted up to kCompteMax + 1
};
// Counting every match of a common name costs as much as the matches: beyond this
// many, the page says "more than" and asks to refine.
constexpr long kCompteMax = 1000;

// Each word of q must match the start of a word of the name, first name or town, or
// the start of the e-mail (accent- and case-insensitive by the collation); a q made of
// digits and phone separators matches the start of either phone. page is 1-based.
// non_inscrits_a: leaves out the trainees enrolled in that session (enrolment lists).
Page rechercher(Db& db, const std::string& q, long page, int par_page, std::optional<long> non_inscrits_a = std::nullopt);

std::optional<Stagiaire> trouver(Db& db, long id);

// The versions of what the record shows, by the trainee's id (read by keys, with the
// login: data/versions.hpp): the record's own (every journal entry about the
// trainee, sql/013_version_fiche.sql), the staff accounts' (names in its history)
// and the list of sessions' (its enrolments and "ajouter une session").
extern const LectureVersions kVersionsFiche;
// The versions of what the trainee's own page shows, by the account's trainee: the
// record's, the sum of the versions of their sessions (a session's version only
// grows, and the set of their sessions changes with the record's version: the sum
// changes with any of them) and the staff accounts' (their tutors' names).
extern const LectureVersions kVersionsEspace;
// The version of what every search of trainees finds and shows: verrou 'stagiaires'
// (sql/015_verrou_stagiaires.sql), written by nouvelle_recherche() in the
// transaction of every change of a record's columns or words (indexer, anonymiser).
extern const LectureVersions kVersionsRecherche;
void nouvelle_recherche(Db& db);
// The columns of a record, for a table aliased `s` (joins in other data files), and
// their reader (by name: a join may add columns anywhere, as long as no other column
// of the SELECT has one of these names).
extern const char* const kColonnesS;
Stagiaire lire(const Row& r);

// Records that look like the same person: same name, first name and birth date, or
// same e-mail. `sauf` excludes a record (the one being edited).
std::vector<Stagiaire> doublons_probables(Db& db, const Stagiaire& s, long sauf = 0);

// For each record of `lot` (by position), one on file that looks like the same person
// by doublons_probables's rule, and whether it was the e-mail that matched; in a
// bounded number of statements per hundred records, whatever their number (imports).
struct Correspondance {
    long id = 0;
    bool meme_email = false;
};
std::vector<std::optional<Correspondance>> doublons_du_lot(Db& db, const std::vector<Stagiaire>& lot);

struct Creation {
    long id = 0;
    std::string login;
    std::string mot_de_passe_initial;  // "" for an account created without one
};
// How the site account of a new record is made.
struct OptionsCreation {
    std::string login;                 // tried first, kept when free ("" : from the names)
    bool mot_de_passe_initial = true;  // false: no usable password until staff issue one
                                       // (nouveau_mot_de_passe_initial): imported records
    std::string origine = "fiche créée";  // how the journal says it
};
// Creates the record and the trainee's account (a unique login from first name and
// name, a random initial password kept readable until the first login), in one transaction.
// `par` is the account that does it (journal).
Creation creer(Db& db, const Stagiaire& s, long par);
// The same in the caller's transaction (an import writes every record in one).
Creation creer(Transaction& t, const Stagiaire& s, std::optional<long> par, const OptionsCreation& options);

// What saving a record found.
struct Enregistrement {
    bool trouvee = true;
    // The record as it is now, when someone else saved it since the form was read
    // (nothing was written).
    std::optional<Stagiaire> conflit;
    // The record was erased (donnees::anonymiser): nothing is written, no one is put back.
    bool anonymisee = false;
};
// Saves every personal field and writes the changed ones, old and new values, to
// the journal under `action`, as done by account `par`. `version_lue` is the
// record's version its form was read with: when the record has another one now and
// the form would change it, nothing is written and the record as it is now comes
// back in `conflit` (without a version, as from a client that sends none, no check).
Enregistrement modifier(Db& db, const Stagiaire& s, long par, ActionJournal action,
                        std::optional<long> version_lue);

// The search words of a record (stagiaire_mot), as rechercher matches them.
std::vector<std::string> mots(const Stagiaire& s);
// Indexes the records that have no search word yet (after a migration or a bulk
// load); returns how many.
long indexer_manquants(Db& db);

std::vector<Etude> etudes(Db& db, long stagiaire_id);
// `par`: the account that does it (journal).
long ajouter_etude(Db& db, long stagiaire_id, const Etude& e, long par);
bool supprimer_etude(Db& db, long stagiaire_id, long etude_id, long par);

// Issues a new random initial password (readable again for the welcome sheet) and
// closes the trainee's open sessions; returns it, or nullopt without an account.
std::optional<std::string> nouveau_mot_de_passe_initial(Db& db, long stagiaire_id, long par);

// The trainee's login and readable initial password (empty once they logged in).
struct Identifiants {
    std::string login;
    std::optional<std::string> mot_de_passe_initial;
    bool sans_mot_de_passe = false;  // an imported account, until staff issue an initial password
};
std::optional<Identifiants> identifiants(Db& db, long stagiaire_id);

// The trainee confirmed (or changed) on /espace the directory consent staff recorded:
// from now on the directory shows what they publish. Journaled with the choices.
void confirmer_parution(Db& db, long stagiaire_id, long par);

// Journals that `par` viewed the trainee's welcome sheet (it shows the initial password).
void noter_consultation_accueil(Db& db, long stagiaire_id, long par, bool mot_de_passe_montre);

}  // namespace ope::stagiaires
