// libFuzzer target: the CSV reader and writer (domain/csv.cpp: lire, cellule,
// ligne, fichier, depuis_windows_1252). Built and run by scripts/fuzz.sh; seeds in
// fuzz/corpus/fuzz_csv/.
//
// Input: any bytes, as an uploaded import file. Checked, besides the absence of
// sanitizer reports:
//  - lire either refuses the file with a message, or gives records whose fields
//    are all valid UTF-8, at most kChampsMax per record, kEnregistrementsMax in
//    all, none of them blank, their line numbers increasing from 1;
//  - the separator is ';' or ',';
//  - writing those records with fichier() and reading that back gives the same
//    records, but for the "'" that neutralises a formula's first character, and
//    the writer's output has no cell starting with a formula character;
//  - depuis_windows_1252 always gives valid UTF-8, at least one byte per byte.
#include "domain/csv.hpp"
#include "domain/normalise.hpp"
#include "fuzz/check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace ope;

namespace {

std::string neutralise(const std::string& v) {
    if (!v.empty() && std::string_view("=+-@\t\r").find(v.front()) != std::string_view::npos) return "'" + v;
    return v;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view octets(reinterpret_cast<const char*>(data), size);

    const std::string converti = csv::depuis_windows_1252(octets);
    FUZZ_CHECK(valid_utf8(converti), fuzz::show(octets));
    FUZZ_CHECK(converti.size() >= octets.size(), fuzz::show(octets));

    const csv::Lecture l = csv::lire(octets);
    FUZZ_CHECK(l.separateur == ';' || l.separateur == ',');
    if (!l.ok()) {
        FUZZ_CHECK(valid_utf8(l.erreur));
        return 0;
    }
    FUZZ_CHECK(l.enregistrements.size() <= csv::kEnregistrementsMax);
    long precedente = 0;
    std::vector<std::vector<std::string>> lignes;
    for (const auto& e : l.enregistrements) {
        FUZZ_CHECK(e.ligne > precedente, fuzz::show(octets));
        precedente = e.ligne;
        FUZZ_CHECK(!e.champs.empty() && e.champs.size() <= csv::kChampsMax);
        bool blanc = true;
        for (const auto& champ : e.champs) {
            FUZZ_CHECK(valid_utf8(champ), fuzz::show(champ));
            blanc = blanc && champ.empty();
        }
        FUZZ_CHECK(!blanc, fuzz::show(octets));
        lignes.push_back(e.champs);
    }
    if (lignes.empty()) return 0;
    FUZZ_CHECK(l.enregistrements.front().ligne >= 1);

    // Round trip through the writer.
    const std::string ecrit = csv::fichier(lignes);
    const csv::Lecture relu = csv::lire(ecrit);
    FUZZ_CHECK(relu.ok(), relu.erreur + " " + fuzz::show(ecrit));
    FUZZ_CHECK(relu.separateur == ';' && relu.encodage == csv::Encodage::utf8, fuzz::show(ecrit));
    FUZZ_CHECK(relu.enregistrements.size() == lignes.size(), fuzz::show(ecrit));
    for (std::size_t i = 0; i < lignes.size(); ++i) {
        const auto& champs = relu.enregistrements[i].champs;
        FUZZ_CHECK(champs.size() == lignes[i].size(), fuzz::show(ecrit));
        for (std::size_t k = 0; k < champs.size(); ++k) {
            FUZZ_CHECK(champs[k] == neutralise(lignes[i][k]), fuzz::show(lignes[i][k]) + " -> " + fuzz::show(champs[k]));
            const std::string cellule = csv::cellule(lignes[i][k]);
            const char premier = cellule.empty() ? 'x' : cellule[0] == '"' && cellule.size() > 1 ? cellule[1] : cellule[0];
            FUZZ_CHECK(std::string_view("=+-@\t\r").find(premier) == std::string_view::npos, fuzz::show(cellule));
        }
    }
    return 0;
}
