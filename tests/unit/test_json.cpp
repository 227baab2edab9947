// The JSON writer of the personal-data export: what it writes always parses, and
// says the same text back.
#define BOOST_TEST_MODULE json
#include <boost/test/unit_test.hpp>

#include "domain/json.hpp"

using namespace ope::json;

BOOST_AUTO_TEST_CASE(strings_are_escaped) {
    BOOST_TEST(chaine("Élodie") == "\"Élodie\"");
    BOOST_TEST(chaine("a\"b\\c") == "\"a\\\"b\\\\c\"");
    BOOST_TEST(chaine("ligne 1\nligne 2\r\t") == "\"ligne 1\\nligne 2\\r\\t\"");
    BOOST_TEST(chaine(std::string("\x01\x1f\x7f", 3)) == "\"\\u0001\\u001f\\u007f\"");
    BOOST_TEST(chaine("DUPONT Élodie — Lille") == "\"DUPONT Élodie — Lille\"");
    // Nothing an HTML reader could take for markup.
    BOOST_TEST(chaine("😀 </script><b>&") == "\"😀 \\u003c/script\\u003e\\u003cb\\u003e\\u0026\"");
    BOOST_TEST(chaine("") == "\"\"");
}

BOOST_AUTO_TEST_CASE(bytes_that_are_not_utf8_become_the_replacement_character) {
    BOOST_TEST(chaine("\xff") == "\"\\ufffd\"");
    BOOST_TEST(chaine("a\xc3") == "\"a\\ufffd\"");             // cut sequence
    BOOST_TEST(chaine("\xc0\xaf") == "\"\\ufffd\\ufffd\"");    // overlong "/"
    BOOST_TEST(chaine("\xed\xa0\x80") == "\"\\ufffd\\ufffd\\ufffd\"");  // surrogate
}

BOOST_AUTO_TEST_CASE(objects_and_lists) {
    Objet o{{"id", Valeur::nombre(12)}, {"nom", Valeur::chaine("DUPONT")}, {"date", Valeur::null()}};
    BOOST_TEST(objet(o) == "{\n  \"id\": 12,\n  \"nom\": \"DUPONT\",\n  \"date\": null\n}");
    BOOST_TEST(objet({}) == "{}");
    BOOST_TEST(liste({}) == "[]");
    BOOST_TEST(liste({{{"a", Valeur::nombre(1)}}, {{"a", Valeur::nombre(2)}}}) ==
               "[\n  {\n    \"a\": 1\n  },\n  {\n    \"a\": 2\n  }\n]");
    Objet imbrique{{"etudes", Valeur::brut(liste({}, 2))}};
    BOOST_TEST(objet(imbrique) == "{\n  \"etudes\": []\n}");
    // A number column that was NULL is still valid JSON.
    BOOST_TEST(objet({{"n", Valeur{Valeur::Type::nombre, ""}}}) == "{\n  \"n\": null\n}");
}
