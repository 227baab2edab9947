#include "domain/comptes.hpp"

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

}  // namespace ope
