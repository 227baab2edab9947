// Secrets at rest (fcgi/crypto.hpp): an initial password sealed under the key of
// OPE_SECRET_FILE reads back only with that key; what is stored shows nothing of it.
#define BOOST_TEST_MODULE secrets
#include <boost/test/unit_test.hpp>

#include "fcgi/crypto.hpp"

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

using namespace ope;

namespace {

struct Sodium {
    Sodium() { crypto_init(); }
};

std::string fichier(const std::string& nom, const std::string& contenu, mode_t mode) {
    const auto chemin = std::filesystem::temp_directory_path() / (nom + "-" + random_token().substr(0, 8));
    std::ofstream(chemin) << contenu;
    ::chmod(chemin.c_str(), mode);
    return chemin.string();
}

const std::string kCle = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

}  // namespace

BOOST_GLOBAL_FIXTURE(Sodium);

BOOST_AUTO_TEST_CASE(sealed_reads_back_and_hides_the_password) {
    charger_cle_secrete(fichier("cle", kCle + "\n", 0600));
    BOOST_TEST(cle_secrete_chargee());
    const std::string mdp = "Kx7mPq2rTz";
    const std::string a = sceller(mdp), b = sceller(mdp);
    BOOST_TEST(est_scelle(a));
    BOOST_TEST(a.find(mdp) == std::string::npos);
    BOOST_TEST(a != b);  // a fresh nonce each time
    BOOST_TEST(a.size() <= 255u);
    BOOST_TEST(desceller(a).value_or("") == mdp);
    BOOST_TEST(desceller(b).value_or("") == mdp);
    BOOST_TEST(desceller(sceller("")).value_or("x") == "");
}

BOOST_AUTO_TEST_CASE(tampered_foreign_or_readable_values_do_not_open) {
    definir_cle_secrete(std::string(32, 'k'));
    const std::string s = sceller("Kx7mPq2rTz");
    std::string modifie = s;
    modifie[modifie.size() - 3] = modifie[modifie.size() - 3] == 'A' ? 'B' : 'A';
    BOOST_TEST(!desceller(modifie));
    BOOST_TEST(!desceller("Kx7mPq2rTz"));  // stored readable: never given back as is
    BOOST_TEST(!desceller("s1:"));
    BOOST_TEST(!desceller("s1:!!!!"));
    BOOST_TEST(!est_scelle("Kx7mPq2rTz"));
    definir_cle_secrete(std::string(32, 'z'));  // another key
    BOOST_TEST(!desceller(s));
}

BOOST_AUTO_TEST_CASE(the_key_file_is_checked) {
    BOOST_CHECK_THROW(charger_cle_secrete(""), std::runtime_error);
    BOOST_CHECK_THROW(charger_cle_secrete("/nonexistent/ope/secret.key"), std::runtime_error);
    BOOST_CHECK_THROW(charger_cle_secrete(fichier("ouverte", kCle, 0644)), std::runtime_error);
    BOOST_CHECK_THROW(charger_cle_secrete(fichier("courte", kCle.substr(2), 0600)), std::runtime_error);
    BOOST_CHECK_THROW(charger_cle_secrete(fichier("pas-hex", std::string(64, 'g'), 0600)), std::runtime_error);
    try {
        charger_cle_secrete(fichier("ouverte", kCle, 0640));
        BOOST_FAIL("a key readable by the group was accepted");
    } catch (const std::runtime_error& e) {
        BOOST_TEST(std::string(e.what()).find("chmod 600") != std::string::npos);
    }
}
