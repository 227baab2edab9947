// The record of processing (docs/donnees-personnelles.md) stays true: every column
// of the schema (the migrated test database) is named there, in the table of
// columns holding personal data or in the list of those without; and everything
// named there exists. A column added without a line in the register fails here.
#define BOOST_TEST_MODULE registre
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

using namespace ope::test;

namespace {

std::string registre() {
    const auto chemin = std::filesystem::path(__FILE__).parent_path() / "../../docs/donnees-personnelles.md";
    std::ifstream in(chemin);
    BOOST_REQUIRE_MESSAGE(in, "lecture impossible : " << chemin);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The `table.colonne` names of a part of the document.
std::set<std::string> noms(const std::string& texte) {
    std::set<std::string> out;
    static const std::regex nom("`([a-z_]+\\.[a-z_]+)`");
    for (std::sregex_iterator i(texte.begin(), texte.end(), nom), fin; i != fin; ++i) out.insert((*i)[1]);
    return out;
}

std::string partie(const std::string& doc, const std::string& titre) {
    const auto debut = doc.find("## " + titre);
    BOOST_REQUIRE_MESSAGE(debut != std::string::npos, "partie « " << titre << " » absente du registre");
    const auto fin = doc.find("\n## ", debut + 3);
    return doc.substr(debut, fin == std::string::npos ? std::string::npos : fin - debut);
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(every_column_is_in_the_register) {
    const std::string doc = registre();
    const auto personnelles = noms(partie(doc, "Colonnes contenant des données personnelles"));
    const auto autres = noms(partie(doc, "Colonnes sans donnée personnelle"));
    BOOST_TEST(personnelles.count("stagiaire.nom") == 1u);
    BOOST_TEST(personnelles.count("inscription.numero_caf") == 1u);

    // Table by table: GROUP_CONCAT stops at 1024 characters.
    std::set<std::string> schema;
    std::istringstream tables(sql_value("SELECT GROUP_CONCAT(table_name SEPARATOR ' ') FROM information_schema.tables"
                                        " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"));
    for (std::string t; tables >> t;) {
        std::istringstream colonnes(sql_value("SELECT GROUP_CONCAT(column_name SEPARATOR ' ') FROM information_schema.columns"
                                              " WHERE table_schema = DATABASE() AND table_name = ?", {t}));
        for (std::string c; colonnes >> c;) schema.insert(t + "." + c);
    }
    BOOST_TEST_REQUIRE(schema.size() > 50u);

    for (const auto& c : schema) {
        const bool p = personnelles.count(c) > 0, a = autres.count(c) > 0;
        BOOST_TEST((p || a), "colonne " << c << " absente de docs/donnees-personnelles.md : dites si elle contient des"
                                           " données personnelles (finalité, qui la voit, durée) ou non");
        BOOST_TEST(!(p && a), "colonne " << c << " classée deux fois dans le registre");
    }
    for (const auto& c : personnelles) BOOST_TEST(schema.count(c) == 1u, "le registre nomme " << c << " qui n'existe pas");
    for (const auto& c : autres) BOOST_TEST(schema.count(c) == 1u, "le registre nomme " << c << " qui n'existe pas");
}
