#include "domain/personnes.hpp"

#include <initializer_list>

namespace ope {

namespace {

std::string joindre(std::initializer_list<std::string_view> parts, std::string_view separateur) {
    std::string out;
    for (auto p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += separateur;
        out += p;
    }
    return out;
}

}  // namespace

std::string prenom_nom(std::string_view prenom, std::string_view nom) { return joindre({prenom, nom}, " "); }

std::string nom_prenom(std::string_view nom, std::string_view prenom) { return joindre({nom, prenom}, " "); }

std::string civilite_nom_prenom(std::string_view civilite, std::string_view nom, std::string_view prenom) {
    return joindre({civilite, nom, prenom}, " ");
}

std::string civilite_prenom_nom(std::string_view civilite, std::string_view prenom, std::string_view nom) {
    return joindre({civilite, prenom, nom}, " ");
}

std::string adresse_postale(std::string_view adresse, std::string_view code_postal, std::string_view ville) {
    return joindre({adresse, joindre({code_postal, ville}, " ")}, ", ");
}

std::string telephones(std::string_view portable, std::string_view fixe) {
    return joindre({portable, fixe}, " / ");
}

}  // namespace ope
