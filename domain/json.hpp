// A small JSON writer (the personal-data export, the search's answers): objects of named values
// (null, number or text, as the database gives them), lists of them, nesting.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ope::json {

// One value. A number is written as given (digits from the database); a text is
// quoted and escaped.
struct Valeur {
    enum class Type { null, nombre, texte, brut } type = Type::null;
    std::string texte;  // the number's digits, the text, or already written JSON (brut)

    static Valeur null() { return {}; }
    static Valeur nombre(long n) { return {Type::nombre, std::to_string(n)}; }
    static Valeur chaine(std::string s) { return {Type::texte, std::move(s)}; }
    static Valeur brut(std::string json) { return {Type::brut, std::move(json)}; }
};
using Objet = std::vector<std::pair<std::string, Valeur>>;

// The text as a JSON string, quotes included: `"`, `\` and control characters
// escaped, and "<", ">", "&" as \u escapes, so that no answer can be read as HTML;
// bytes that are not UTF-8 become U+FFFD, so the output always parses.
std::string chaine(std::string_view texte);
// {"a": 1, "b": "x"}, one member a line, indented by `indent` spaces.
std::string objet(const Objet& o, int indent = 0);
// [ {...}, {...} ].
std::string liste(const std::vector<Objet>& l, int indent = 0);

}  // namespace ope::json
