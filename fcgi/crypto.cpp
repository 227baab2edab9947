#include "fcgi/crypto.hpp"

#include <sodium.h>

#include <sys/stat.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <stdexcept>

namespace ope {

namespace {

// OWASP's argon2id minimum (19 MiB, 2 passes): slow for a guesser, about 30 ms here.
constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 19 * 1024 * 1024;

std::string to_hex(const unsigned char* data, std::size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), data, size);
    hex.pop_back();
    return hex;
}

std::atomic<long> g_hashes{0};

}  // namespace

void crypto_init() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

long password_hashes() { return g_hashes.load(); }

std::string hash_password(std::string_view password) {
    ++g_hashes;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool verify_password(std::string_view password, const std::string& hash) {
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string random_token() {
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return to_hex(bytes, sizeof bytes);
}

std::string token_hash(std::string_view token) {
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()),
                       token.size(), nullptr, 0);
    return to_hex(digest, sizeof digest);
}

bool same_token(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || a.empty()) return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string random_password() {
    static constexpr std::string_view alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string out;
    for (int i = 0; i < 10; ++i)
        out += alphabet[randombytes_uniform(static_cast<uint32_t>(alphabet.size()))];
    return out;
}

namespace {

constexpr std::string_view kPrefixeScelle = "s1:";
std::array<unsigned char, crypto_secretbox_KEYBYTES> g_cle{};
std::atomic<bool> g_cle_chargee{false};

}  // namespace

void definir_cle_secrete(std::string_view cle) {
    if (cle.size() != crypto_secretbox_KEYBYTES) throw std::invalid_argument("la clé secrète doit faire 32 octets");
    std::memcpy(g_cle.data(), cle.data(), cle.size());
    g_cle_chargee = true;
}

void charger_cle_secrete(const std::string& chemin) {
    if (chemin.empty())
        throw std::runtime_error("OPE_SECRET_FILE n'est pas défini : indiquez le fichier de la clé qui chiffre les mots"
                                 " de passe initiaux (scripts/run.sh le crée ; voir README.md)");
    struct stat st {};
    if (::stat(chemin.c_str(), &st) != 0)
        throw std::runtime_error("clé secrète introuvable (OPE_SECRET_FILE=" + chemin + ") : " + std::strerror(errno));
    if ((st.st_mode & 077) != 0)
        throw std::runtime_error("la clé secrète " + chemin +
                                 " est lisible par d'autres que son propriétaire : chmod 600 " + chemin);
    std::ifstream in(chemin);
    std::string hex;
    in >> hex;
    std::array<unsigned char, crypto_secretbox_KEYBYTES> cle{};
    std::size_t lus = 0;
    if (hex.size() != 2 * cle.size() ||
        sodium_hex2bin(cle.data(), cle.size(), hex.data(), hex.size(), nullptr, &lus, nullptr) != 0 ||
        lus != cle.size())
        throw std::runtime_error("la clé secrète " + chemin + " doit contenir 64 caractères hexadécimaux (32 octets)");
    definir_cle_secrete(std::string_view(reinterpret_cast<const char*>(cle.data()), cle.size()));
    sodium_memzero(cle.data(), cle.size());
}

bool cle_secrete_chargee() { return g_cle_chargee; }

bool est_scelle(std::string_view valeur) { return valeur.substr(0, kPrefixeScelle.size()) == kPrefixeScelle; }

std::string sceller(std::string_view clair) {
    if (!g_cle_chargee) throw std::logic_error("clé secrète non chargée (OPE_SECRET_FILE)");
    std::string boite(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + clair.size(), '\0');
    auto* octets = reinterpret_cast<unsigned char*>(boite.data());
    randombytes_buf(octets, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(octets + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(clair.data()),
                          clair.size(), octets, g_cle.data());
    const int variante = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    std::string b64(sodium_base64_ENCODED_LEN(boite.size(), variante), '\0');
    sodium_bin2base64(b64.data(), b64.size(), octets, boite.size(), variante);
    b64.resize(std::strlen(b64.c_str()));
    return std::string(kPrefixeScelle) + b64;
}

std::optional<std::string> desceller(std::string_view scelle) {
    if (!g_cle_chargee || !est_scelle(scelle)) return std::nullopt;
    const std::string_view b64 = scelle.substr(kPrefixeScelle.size());
    std::string boite(b64.size(), '\0');
    std::size_t taille = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(boite.data()), boite.size(), b64.data(), b64.size(),
                          nullptr, &taille, nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        taille < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)
        return std::nullopt;
    const auto* octets = reinterpret_cast<const unsigned char*>(boite.data());
    std::string clair(taille - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(clair.data()), octets + crypto_secretbox_NONCEBYTES,
                                   taille - crypto_secretbox_NONCEBYTES, octets, g_cle.data()) != 0)
        return std::nullopt;
    return clair;
}

}  // namespace ope
