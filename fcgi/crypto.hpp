// Password hashing (argon2id) and random tokens, from libsodium.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ope {

// Must run once before threads start (sodium_init).
void crypto_init();

// An argon2id hash string (salt and parameters included).
std::string hash_password(std::string_view password);
// How many hashes hash_password has computed in this process: each costs about
// 30 ms and 19 MiB, and a test checks that creating an account computes one.
long password_hashes();
bool verify_password(std::string_view password, const std::string& hash);

// 32 random bytes as 64 hex characters (session tokens, CSRF tokens).
std::string random_token();
// SHA-256-strength keyed-free hash (BLAKE2b-256) of a token, as 64 hex characters.
std::string token_hash(std::string_view token);
// Comparison whose time does not depend on where the strings differ.
bool same_token(std::string_view a, std::string_view b);
// A random initial password people can type: 10 characters from an alphabet
// without look-alikes (no 0/O, 1/l/I).
std::string random_password();

// Secrets at rest: the initial passwords (shown on the welcome sheet and in the mail
// footer until the first login) are stored sealed with crypto_secretbox
// (XSalsa20-Poly1305) under a key kept outside the database, in the file
// OPE_SECRET_FILE: 64 hexadecimal characters (32 bytes), mode 0600, never in a
// backup of the database. A dump or a backup then reveals no initial password.
//
// Reads the key; throws std::runtime_error (in French) when the file is missing,
// readable by others than its owner, or not 64 hexadecimal characters.
void charger_cle_secrete(const std::string& chemin);
// The key itself (32 bytes), for tests.
void definir_cle_secrete(std::string_view cle);
bool cle_secrete_chargee();
// "s1:" + base64 of a random nonce and the box. Throws std::logic_error without a key.
std::string sceller(std::string_view clair);
// The plain text; nullopt when the value is not sealed or not with this key (tampered,
// another key): never the stored text itself.
std::optional<std::string> desceller(std::string_view scelle);
// True for a value sceller wrote (its prefix): what `ope migrate` leaves alone.
bool est_scelle(std::string_view valeur);

}  // namespace ope
