// domain/csv: what the reports write opens as columns in a French spreadsheet and
// reads back the same; what old sites and spreadsheets export is read whatever its
// encoding, separator, quoting and line ends.
#define BOOST_TEST_MODULE csv
#include <boost/test/unit_test.hpp>

#include "domain/csv.hpp"
#include "domain/normalise.hpp"

#include <string>
#include <vector>

using namespace ope;
using Lignes = std::vector<std::vector<std::string>>;

namespace {

Lignes champs(const csv::Lecture& l) {
    Lignes out;
    for (const auto& e : l.enregistrements) out.push_back(e.champs);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ecriture)

BOOST_AUTO_TEST_CASE(bom_separator_and_line_ends) {
    const std::string f = csv::fichier({{"Nom", "Prénom"}, {"DUPONT", "Élodie"}});
    BOOST_TEST(f == "\xEF\xBB\xBFNom;Prénom\r\nDUPONT;Élodie\r\n");
}

BOOST_AUTO_TEST_CASE(quoting) {
    BOOST_TEST(csv::cellule("simple") == "simple");
    BOOST_TEST(csv::cellule("") == "");
    BOOST_TEST(csv::cellule("a;b") == "\"a;b\"");
    BOOST_TEST(csv::cellule("dit \"bonjour\"") == "\"dit \"\"bonjour\"\"\"");
    BOOST_TEST(csv::cellule("ligne 1\nligne 2") == "\"ligne 1\nligne 2\"");
    // ',' is not our separator, but quoted: a header of ours is never read as comma-separated.
    BOOST_TEST(csv::cellule("a,b") == "\"a,b\"");
}

BOOST_AUTO_TEST_CASE(formulas_are_neutralised) {
    BOOST_TEST(csv::cellule("=1+1") == "'=1+1");
    BOOST_TEST(csv::cellule("+33 6 12") == "'+33 6 12");
    BOOST_TEST(csv::cellule("-2") == "'-2");
    BOOST_TEST(csv::cellule("@SUM(A1)") == "'@SUM(A1)");
    BOOST_TEST(csv::cellule("\tx") == "'\tx");
    BOOST_TEST(csv::cellule("\rx") == "\"'\rx\"");
    BOOST_TEST(csv::cellule("=HYPERLINK(\"http://x\";\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"");
    // Only the first character counts.
    BOOST_TEST(csv::cellule("a=b") == "a=b");
    BOOST_TEST(csv::cellule("12") == "12");
}

BOOST_AUTO_TEST_CASE(what_is_written_reads_back) {
    const Lignes lignes = {{"Nom", "Commentaire", "Formule", "Vide"},
                           {"O'BRIEN; fils", "dit \"oui\"\r\npuis non", "=2*3", ""},
                           {"ÉLODIE", "œuvre — 12 €", "-5", "@x"}};
    auto l = csv::lire(csv::fichier(lignes));
    BOOST_REQUIRE(l.ok());
    BOOST_TEST((l.encodage == csv::Encodage::utf8));
    BOOST_TEST(l.separateur == ';');
    Lignes attendu = lignes;
    attendu[1][2] = "'=2*3";
    attendu[2][2] = "'-5";
    attendu[2][3] = "'@x";
    const Lignes lu = champs(l);
    BOOST_REQUIRE_EQUAL(lu.size(), attendu.size());
    for (std::size_t i = 0; i < lu.size(); ++i) BOOST_TEST(lu[i] == attendu[i], boost::test_tools::per_element());
    BOOST_TEST(l.enregistrements[1].ligne == 2);
    BOOST_TEST(l.enregistrements[2].ligne == 4);  // the record above spans two lines
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(lecture)

BOOST_AUTO_TEST_CASE(comma_separated_without_bom) {
    auto l = csv::lire("nom,prenom,ville\nDUPONT,Élodie,\"Lille, Nord\"\n");
    BOOST_REQUIRE(l.ok());
    BOOST_TEST(l.separateur == ',');
    BOOST_TEST((champs(l) == Lignes{{"nom", "prenom", "ville"}, {"DUPONT", "Élodie", "Lille, Nord"}}));
}

BOOST_AUTO_TEST_CASE(the_header_decides_the_separator) {
    // Commas in the data do not matter: the header has more ';'.
    auto l = csv::lire("nom;adresse\nDUPONT;3, rue des Lilas\n");
    BOOST_TEST(l.separateur == ';');
    BOOST_TEST((champs(l) == Lignes{{"nom", "adresse"}, {"DUPONT", "3, rue des Lilas"}}));
    // A quoted separator in the header does not count.
    BOOST_TEST(csv::lire("\"a;b\",c,d\n").separateur == ',');
}

BOOST_AUTO_TEST_CASE(windows_1252) {
    // "Hélène;Œuvray;12 €;« cœur »" as Excel's "CSV (séparateur : point-virgule)" writes it.
    auto l = csv::lire("prenom;nom;prix;note\r\nH\xE9l\xE8ne;\x8Cuvray;12 \x80;\xAB c\x9Cur \xBB\r\n");
    BOOST_REQUIRE(l.ok());
    BOOST_TEST((l.encodage == csv::Encodage::windows_1252));
    BOOST_TEST(std::string(csv::nom(l.encodage)) == "Windows-1252");
    BOOST_TEST((champs(l)[1] == std::vector<std::string>{"Hélène", "Œuvray", "12 €", "« cœur »"}));
    BOOST_TEST(valid_utf8(csv::depuis_windows_1252(std::string(1, '\x81'))));
}

BOOST_AUTO_TEST_CASE(utf8_with_and_without_bom) {
    for (std::string debut : {"", "\xEF\xBB\xBF"}) {
        auto l = csv::lire(debut + "nom\nÉLODIE\n");
        BOOST_REQUIRE(l.ok());
        BOOST_TEST((l.encodage == csv::Encodage::utf8));
        BOOST_TEST(l.enregistrements[0].champs[0] == "nom");  // no BOM left in the first name
        BOOST_TEST(l.enregistrements[1].champs[0] == "ÉLODIE");
    }
    // A BOM then bytes that are not UTF-8: refused rather than guessed.
    BOOST_TEST(!csv::lire("\xEF\xBB\xBFnom\nH\xE9l\xE8ne\n").ok());
}

BOOST_AUTO_TEST_CASE(line_ends_blank_lines_and_numbers) {
    auto l = csv::lire("a;b\r\n1;2\r\n\r\n;\n3;4\r5;6");
    BOOST_REQUIRE(l.ok());
    BOOST_TEST((champs(l) == Lignes{{"a", "b"}, {"1", "2"}, {"3", "4"}, {"5", "6"}}));
    std::vector<long> numeros;
    for (const auto& e : l.enregistrements) numeros.push_back(e.ligne);
    BOOST_TEST((numeros == std::vector<long>{1, 2, 5, 6}));
}

BOOST_AUTO_TEST_CASE(quotes) {
    auto l = csv::lire("a;b;c\n\"x;y\";\"dit \"\"non\"\"\";\"\"\nsans \"guillemets\";\"deux\nlignes\";z\n");
    BOOST_REQUIRE(l.ok());
    BOOST_TEST((champs(l) == Lignes{{"a", "b", "c"}, {"x;y", "dit \"non\"", ""}, {"sans \"guillemets\"", "deux\nlignes", "z"}}));
    auto ouvert = csv::lire("a;b\n1;\"pas fermé\n2;3\n");
    BOOST_TEST(!ouvert.ok());
    BOOST_TEST(ouvert.erreur.find("Ligne 2") != std::string::npos, ouvert.erreur);
}

BOOST_AUTO_TEST_CASE(bounds) {
    BOOST_TEST(csv::lire(std::string(csv::kChampsMax - 1, ';')).ok());
    BOOST_TEST(!csv::lire(std::string(csv::kChampsMax, ';')).ok());
    std::string beaucoup;
    for (std::size_t i = 0; i <= csv::kEnregistrementsMax; ++i) beaucoup += "x\n";
    BOOST_TEST(!csv::lire(beaucoup).ok());
    BOOST_TEST(csv::lire("").enregistrements.empty());
}

BOOST_AUTO_TEST_SUITE_END()
