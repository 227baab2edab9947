// Password hashing (argon2id) and random tokens, from libsodium.
#pragma once

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

}  // namespace ope
