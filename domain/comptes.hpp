// The rules of site accounts: what a login may be, what makes a password
// acceptable. Pure functions; the forms (handlers/formulaires.hpp) and the
// command line use them.
#pragma once

#include <string>
#include <string_view>

namespace ope {

// 3 to 64 characters among a-z, 0-9, ".", "-" and "_", starting with a letter or digit.
bool login_valide(std::string_view login);

// Why a new password is refused, or "" when it is acceptable.
std::string password_weakness(std::string_view password);

// Throttling of /connexion. Failed logins slow the guesser down without locking
// the account's owner out: each (login, address) pair gets a few free tries, then
// a delay that doubles with each failure (1 s, 2 s, 4 s... 15 min at most), its
// own and no one else's; the owner elsewhere is not affected, and gets through
// the moment they log in once. Beyond that, many failures on one login from
// every address (a spread attack), or from one address on every login, delay
// the addresses the account never logged in from. An "address" is an IPv4
// address or an IPv6 /64 (fcgi/adresse.hpp).
namespace limites {
constexpr long kEchecsLibresParPaire = 3;
constexpr long kAttenteMaxMs = 15 * 60 * 1000;
constexpr int kFenetrePaireHeures = 24;
constexpr int kFenetreMinutes = 15;
constexpr long kEchecsParLogin = 100;
constexpr long kEchecsParAdresse = 100;
constexpr int kAdresseConnueJours = 90;
}  // namespace limites

// What the throttle knows of one login attempt (data/comptes.hpp counts it).
struct Tentatives {
    long echecs_paire = 0;          // this login from this address, in the last 24 h
    long ms_depuis_echec_paire = 0; // since the last of them
    long echecs_login = 0;          // this login from every address, in the last 15 minutes
    long ms_avant_login = 0;        // until the oldest of those leaves the 15 minutes
    long echecs_adresse = 0;        // every login from this address, in the last 15 minutes
    long ms_avant_adresse = 0;
    bool adresse_connue = false;    // the account logged in from this address in the last 90 days
};

// Milliseconds before this login may be tried from this address; 0: now.
long attente_connexion(const Tentatives& t);

// "1 seconde", "45 secondes", "15 minutes": a delay as the 429 page says it.
std::string duree_fr(long ms);

}  // namespace ope
