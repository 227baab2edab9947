// Accounts (utilisateur), web sessions (connexion) and failed logins.
#pragma once

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
};

std::optional<Compte> par_login(Db& db, const std::string& login);
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
    std::optional<std::string> mot_de_passe_initial;  // kept readable for the welcome sheet
};
// Returns the new id; std::nullopt when the login is already taken (the transaction,
// if any, stays usable). Not journaled: the caller journals what it creates.
std::optional<long> creer(Db& db, const NouveauCompte& c);
// A staff account created by the manager (or the command line when `par` is nullopt),
// journaled; std::nullopt when the login is taken.
std::optional<long> creer_personnel(Db& db, const NouveauCompte& c, std::optional<long> par);

// Those of `logins` that an account already has (in one statement per hundred).
std::set<std::string> logins_pris(Db& db, const std::vector<std::string>& logins);

// Active staff accounts (everyone but trainees), by name.
std::vector<Compte> personnel(Db& db);

// Web sessions. ouvrir returns the cookie's token; only its hash is stored.
std::string ouvrir_session(Db& db, long utilisateur_id, const Config& config);
std::optional<User> session(Db& db, const std::string& token, const Config& config);
void fermer_session(Db& db, const std::string& session_hash);
// The user's own new password: the initial one is forgotten (journaled).
void changer_mot_de_passe(Db& db, long utilisateur_id, const std::string& mot_de_passe);
// After a successful login: derniere_connexion, and the readable initial password is
// cleared (spec: kept only until the first login).
void connexion_reussie(Db& db, long utilisateur_id);

// Failed logins in the last `minutes` for this login, and for this address.
struct Echecs {
    long par_login = 0, par_adresse = 0;
};
Echecs echecs_recents(Db& db, const std::string& login, const std::string& adresse, int minutes);
void noter_echec(Db& db, const std::string& login, const std::string& adresse);

}  // namespace ope::comptes
