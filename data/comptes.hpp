// Accounts (utilisateur), web sessions (connexion) and failed logins.
#pragma once

#include "domain/comptes.hpp"
#include "domain/statuts.hpp"
#include "fcgi/config.hpp"
#include "fcgi/db.hpp"
#include "fcgi/http.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ope::comptes {

struct Compte {
    long id = 0;
    std::string login;
    std::string mot_de_passe_hash;
    std::optional<std::string> mot_de_passe_initial;
    Role role = Role::stagiaire;
    std::optional<long> stagiaire_id;
    std::string civilite, nom, prenom, email;
    bool actif = true;
    bool doit_choisir_mot_de_passe = false;  // an initial password was issued and not yet replaced
    std::string derniere_connexion;          // "YYYY-MM-DD HH:MM:SS", "" when never
};

std::optional<Compte> par_login(Db& db, const std::string& login);

// utilisateur.mot_de_passe_initial is stored sealed (fcgi/crypto.hpp, sceller): what
// to store for a readable initial password, and the readable one from what is
// stored (nullopt for NULL, and for a value this key cannot open).
std::optional<std::string> sceller_initial(const std::optional<std::string>& lisible);
std::optional<std::string> lire_initial(const std::optional<std::string>& stocke);
// `ope migrate`: seals the initial passwords still stored readable (written before
// they were sealed, or by the demo seed); returns how many.
long sceller_initiaux_lisibles(Db& db);
std::optional<Compte> par_id(Db& db, long id);

// The hash of an account that has no usable password yet (a trainee imported from
// the old site, until staff issue an initial password): verify_password never
// accepts an empty hash.
inline constexpr const char* kSansMotDePasse = "";

struct NouveauCompte {
    std::string login, nom, prenom, email;
    Role role = Role::tuteur;
    std::string mot_de_passe_hash;  // hash_password() of the chosen or initial password
    std::optional<long> stagiaire_id;
    std::optional<std::string> mot_de_passe_initial;  // readable: creer stores it sealed, for the welcome sheet
};
// Returns the new id; std::nullopt when the login is already taken (the transaction,
// if any, stays usable). Not journaled: the caller journals what it creates.
std::optional<long> creer(Db& db, const NouveauCompte& c);
// A staff account created by the manager (or the command line when `par` is nullopt),
// journaled; std::nullopt when the login is taken.
std::optional<long> creer_personnel(Db& db, const NouveauCompte& c, std::optional<long> par);

// Those of `logins` that an account already has (in one statement per hundred).
std::set<std::string> logins_pris(Db& db, const std::vector<std::string>& logins);

// Staff accounts (everyone but trainees), by name: the active ones (what drop-downs
// offer), or all of them (the manager's list: deactivated accounts stay, with their
// past sessions and journal entries).
enum class Inactifs { exclus, inclus };
std::vector<Compte> personnel(Db& db, Inactifs inactifs = Inactifs::exclus);

// A staff account as the manager edits it (the login does not change).
struct ModificationCompte {
    long id = 0;
    std::string nom, prenom, email;
    Role role = Role::tuteur;
    bool actif = true;
};
enum class Modification { faite, inconnu, dernier_responsable };
// Saves a staff account (inconnu for a trainee's or an unknown one), journaled with
// old and new values; deactivating it ends its web sessions at once. The last
// active responsable can be neither deactivated nor demoted (dernier_responsable,
// nothing written): the managers' rows are locked first, so two managers demoting
// each other at the same moment cannot both succeed.
Modification modifier_personnel(Db& db, const ModificationCompte& m, long par);
// A new initial password for a staff account, returned to be shown once (only its
// hash is kept); the account's web sessions end and it chooses its own password at
// its next login. nullopt when there is no such staff account.
std::optional<std::string> nouveau_mot_de_passe_personnel(Db& db, long id, long par);

// Web sessions. ouvrir returns the cookie's token; only its hash is stored.
std::string ouvrir_session(Db& db, long utilisateur_id, const Config& config);
// The account logged in with the cookie's `token`; the same statement reads the
// versions of the route's `lecture`, if any (for {id} `id`), into `lues` (fcgi/versions.hpp).
std::optional<User> session(Db& db, const std::string& token, const Config& config, const LectureVersions* lecture,
                            long id, VersionsLues& lues);
void fermer_session(Db& db, const std::string& session_hash);
// The user's own new password: the initial one is forgotten, and every other web
// session of the account ends (the one of `session_gardee`, a hash, stays); journaled
// (for a trainee's account, about the trainee: their page shows the password to choose).
void changer_mot_de_passe(Db& db, const Compte& compte, const std::string& mot_de_passe,
                          const std::string& session_gardee);
// After a successful login: derniere_connexion, and the readable initial password is
// cleared (spec: kept only until the first login); journaled with the address.
void connexion_reussie(Db& db, const Compte& compte, const std::string& adresse);

// Throttling of failed logins (domain/comptes.hpp says the rule). `adresse` is the
// client's address as counted: cle_de_limitation (fcgi/adresse.hpp).
// What the throttle needs to know of this login from this address (one statement).
Tentatives tentatives(Db& db, const std::string& login, const std::string& adresse);
// A failed login; failures older than the longest window are swept here. Journaled
// (echec_connexion) with the reason and the address, against the account when the
// login is one (`compte`); an unknown login's text is not kept in the journal (it
// may be a password typed in the wrong field).
void noter_echec(Db& db, const std::string& login, const std::string& adresse, const Compte* compte,
                 const std::string& raison);
// After a successful login from this address: its failures on this login are
// forgotten, and the address is one the account is known to log in from.
void retenir_adresse(Db& db, long utilisateur_id, const std::string& login, const std::string& adresse);

}  // namespace ope::comptes
