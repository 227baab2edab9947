// CSV files as a French spreadsheet writes and opens them: the reports' downloads
// and the import of trainees from the old site. Pure functions, unit-tested
// (tests/unit/test_csv.cpp) and fuzzed (fuzz/fuzz_csv.cpp).
//
// Writing follows ../shared/spec/urls.md, "CSV downloads": UTF-8 with a byte order
// mark, ';' between fields, "\r\n" after each line; a field is quoted when it holds
// ';', '"' or a line break (quotes doubled); and no cell is one a spreadsheet would
// run as a formula: a cell starting with '=', '+', '-', '@', a tab or a carriage
// return gets a leading "'".
//
// Reading takes what spreadsheets and old sites export: UTF-8 (with or without a
// byte order mark) or Windows-1252, ';' or ',' between fields (whichever the
// header line holds more of), quoted fields that may span lines, "\r\n", "\n" or
// "\r" line ends.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ope::csv {

inline constexpr std::string_view kBom = "\xEF\xBB\xBF";
inline constexpr const char* kType = "text/csv; charset=utf-8";

// ---------------------------------------------------------------- writing

// One cell as written: neutralised ("'" before a formula's first character), then
// quoted when it holds ';', ',', '"', '\r' or '\n'.
std::string cellule(std::string_view valeur);
// One line: the cells joined by ';', then "\r\n".
std::string ligne(const std::vector<std::string>& cellules);
// A whole file to download: the byte order mark, then one line per row.
std::string fichier(const std::vector<std::vector<std::string>>& lignes);

// ---------------------------------------------------------------- reading

enum class Encodage { utf8, windows_1252 };
// "UTF-8", "Windows-1252".
const char* nom(Encodage e);

// A record of the file and the line it starts on (1 for the header), for messages.
struct Enregistrement {
    long ligne = 0;
    std::vector<std::string> champs;
};

struct Lecture {
    Encodage encodage = Encodage::utf8;
    char separateur = ';';
    // Every record, the header first; blank lines are left out. Fields are UTF-8.
    std::vector<Enregistrement> enregistrements;
    std::string erreur;  // why the file cannot be read (French), "" when it was
    bool ok() const { return erreur.empty(); }
};

// Bounds that keep a hostile file from costing more than its size.
inline constexpr std::size_t kChampsMax = 200;            // fields per record
inline constexpr std::size_t kEnregistrementsMax = 100000;  // records per file

// Decodes and splits a file: UTF-8 when it is valid UTF-8 (a byte order mark is
// dropped), Windows-1252 otherwise; the separator from the header line.
Lecture lire(std::string_view octets);

// The UTF-8 text of Windows-1252 bytes (the five bytes Windows-1252 leaves
// undefined become "?").
std::string depuis_windows_1252(std::string_view octets);

}  // namespace ope::csv
