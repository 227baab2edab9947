#include "domain/csv.hpp"

#include "domain/normalise.hpp"

#include <Poco/TextConverter.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1252Encoding.h>

namespace ope::csv {

// ---------------------------------------------------------------- writing

std::string cellule(std::string_view valeur) {
    std::string v;
    if (!valeur.empty() && std::string_view("=+-@\t\r").find(valeur.front()) != std::string_view::npos) v = "'";
    v += valeur;
    if (v.find_first_of(";,\"\r\n") == std::string::npos) return v;
    std::string quoted = "\"";
    for (char c : v) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string ligne(const std::vector<std::string>& cellules) {
    std::string out;
    for (std::size_t i = 0; i < cellules.size(); ++i) {
        if (i) out += ';';
        out += cellule(cellules[i]);
    }
    return out + "\r\n";
}

std::string fichier(const std::vector<std::vector<std::string>>& lignes) {
    std::string out(kBom);
    for (const auto& l : lignes) out += ligne(l);
    return out;
}

// ---------------------------------------------------------------- reading

const char* nom(Encodage e) { return e == Encodage::utf8 ? "UTF-8" : "Windows-1252"; }

std::string depuis_windows_1252(std::string_view octets) {
    Poco::Windows1252Encoding windows;
    Poco::UTF8Encoding utf8;
    Poco::TextConverter convertisseur(windows, utf8, '?');
    std::string out;
    out.reserve(octets.size() + octets.size() / 8);
    convertisseur.convert(octets.data(), static_cast<int>(octets.size()), out);
    return out;
}

namespace {

// ';' unless the header line (up to the first line end outside quotes) holds more ','.
char separateur_de(std::string_view texte) {
    std::size_t points_virgules = 0, virgules = 0;
    bool entre_guillemets = false;
    for (char c : texte) {
        if (c == '"') entre_guillemets = !entre_guillemets;
        else if (!entre_guillemets && (c == '\n' || c == '\r')) break;
        else if (!entre_guillemets && c == ';') ++points_virgules;
        else if (!entre_guillemets && c == ',') ++virgules;
    }
    return virgules > points_virgules ? ',' : ';';
}

bool vide(const Enregistrement& e) {
    for (const auto& champ : e.champs)
        if (!champ.empty()) return false;
    return true;
}

}  // namespace

Lecture lire(std::string_view octets) {
    Lecture l;
    std::string converti;
    std::string_view texte = octets;
    if (texte.substr(0, kBom.size()) == kBom) {
        texte.remove_prefix(kBom.size());
    } else if (!valid_utf8(texte)) {
        l.encodage = Encodage::windows_1252;
        converti = depuis_windows_1252(texte);
        texte = converti;
    }
    if (l.encodage == Encodage::utf8 && !valid_utf8(texte)) {
        l.erreur = "Le fichier commence comme de l'UTF-8 mais contient des octets invalides : enregistrez-le en UTF-8.";
        return l;
    }
    l.separateur = separateur_de(texte);

    // One pass: a record ends at a line end outside quotes; a quoted field may hold
    // separators, quotes (doubled) and line ends.
    long ligne_courante = 1;
    Enregistrement courant{1, {}};
    std::string champ;
    bool entre_guillemets = false;
    long ouverture = 0;  // the line of the quote still open
    auto finir_champ = [&] {
        courant.champs.push_back(std::move(champ));
        champ.clear();
    };
    auto finir_enregistrement = [&] {
        finir_champ();
        if (!vide(courant)) l.enregistrements.push_back(std::move(courant));
        courant = Enregistrement{ligne_courante, {}};
    };
    for (std::size_t i = 0; i < texte.size(); ++i) {
        const char c = texte[i];
        if (entre_guillemets) {
            if (c == '"') {
                if (i + 1 < texte.size() && texte[i + 1] == '"') {
                    champ += '"';
                    ++i;
                } else {
                    entre_guillemets = false;
                }
            } else {
                if (c == '\n' || (c == '\r' && (i + 1 >= texte.size() || texte[i + 1] != '\n'))) ++ligne_courante;
                champ += c;
            }
        } else if (c == '"' && champ.empty()) {
            entre_guillemets = true;
            ouverture = ligne_courante;
        } else if (c == l.separateur) {
            finir_champ();
            if (courant.champs.size() >= kChampsMax) {
                l.erreur = "Ligne " + std::to_string(courant.ligne) + " : plus de " + std::to_string(kChampsMax) +
                           " colonnes.";
                return l;
            }
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < texte.size() && texte[i + 1] == '\n') ++i;
            ++ligne_courante;
            finir_enregistrement();
            if (l.enregistrements.size() > kEnregistrementsMax) {
                l.erreur = "Le fichier a plus de " + std::to_string(kEnregistrementsMax) + " lignes : découpez-le.";
                return l;
            }
        } else {
            champ += c;  // a quote inside an unquoted field is kept as it is
        }
    }
    if (entre_guillemets) {
        l.erreur = "Ligne " + std::to_string(ouverture) + " : un guillemet ouvert n'est jamais fermé.";
        return l;
    }
    finir_enregistrement();
    if (l.enregistrements.size() > kEnregistrementsMax)
        l.erreur = "Le fichier a plus de " + std::to_string(kEnregistrementsMax) + " lignes : découpez-le.";
    return l;
}

}  // namespace ope::csv
