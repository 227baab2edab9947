#include "domain/comptes.hpp"

#include <algorithm>

namespace ope {

bool login_valide(std::string_view login) {
    if (login.size() < 3 || login.size() > 64) return false;
    auto minuscule_ou_chiffre = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!minuscule_ou_chiffre(login.front())) return false;
    for (char c : login)
        if (!minuscule_ou_chiffre(c) && c != '.' && c != '-' && c != '_') return false;
    return true;
}

std::string password_weakness(std::string_view password) {
    if (password.size() < 10) return "Le mot de passe doit contenir au moins 10 caractères.";
    if (password.size() > 200) return "Le mot de passe est trop long (200 caractères au plus).";
    bool letter = false, other = false;
    for (unsigned char c : password) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) letter = true;
        else other = true;
    }
    if (!letter || !other)
        return "Le mot de passe doit mêler des lettres et au moins un chiffre ou un signe.";
    return "";
}

long attente_connexion(const Tentatives& t) {
    using namespace limites;
    long attente = 0;
    if (t.echecs_paire >= kEchecsLibresParPaire) {
        const long doublements = std::min(t.echecs_paire - kEchecsLibresParPaire, 20L);
        const long delai = std::min(1000L << doublements, kAttenteMaxMs);
        attente = std::max(0L, delai - t.ms_depuis_echec_paire);
    }
    if (!t.adresse_connue) {
        if (t.echecs_login >= kEchecsParLogin) attente = std::max({attente, t.ms_avant_login, 1000L});
        if (t.echecs_adresse >= kEchecsParAdresse) attente = std::max({attente, t.ms_avant_adresse, 1000L});
    }
    return attente;
}

std::string duree_fr(long ms) {
    const long secondes = std::max(1L, (ms + 999) / 1000);
    if (secondes < 120) return std::to_string(secondes) + (secondes == 1 ? " seconde" : " secondes");
    return std::to_string((secondes + 59) / 60) + " minutes";
}

}  // namespace ope
