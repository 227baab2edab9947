// How people are written on every page, print and mail: the four orders of a
// name, each in one function named after it, and a trainee's contact details on
// one line. Empty parts are left out (no double spaces, no dangling commas).
#pragma once

#include <string>
#include <string_view>

namespace ope {

// "Élodie DUPONT": a person named in passing (staff lists, who did what, signatures).
std::string prenom_nom(std::string_view prenom, std::string_view nom);
// "DUPONT Élodie": lists sorted by name (enrolled trainees, attendance, recipients).
std::string nom_prenom(std::string_view nom, std::string_view prenom);
// "Mme DUPONT Élodie": a list of people to address, sorted by name (a session's trainees).
std::string civilite_nom_prenom(std::string_view civilite, std::string_view nom, std::string_view prenom);
// "Mme Élodie DUPONT": a person addressed (the record's title, the welcome sheet, /espace).
std::string civilite_prenom_nom(std::string_view civilite, std::string_view prenom, std::string_view nom);

// "Élodie DUPONT, Karim BENALI": several people named in passing, in the order
// given (anything with `prenom` and `nom`).
template <class Personnes>
std::string liste_prenom_nom(const Personnes& personnes) {
    std::string out;
    for (const auto& p : personnes) {
        if (!out.empty()) out += ", ";
        out += prenom_nom(p.prenom, p.nom);
    }
    return out;
}

// "12 rue des Lilas, 59000 Lille".
std::string adresse_postale(std::string_view adresse, std::string_view code_postal, std::string_view ville);
// "06 12 34 56 78 / 03 20 12 34 56": the mobile first.
std::string telephones(std::string_view portable, std::string_view fixe);

}  // namespace ope
