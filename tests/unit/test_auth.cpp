#define BOOST_TEST_MODULE auth
#include <boost/test/unit_test.hpp>

#include "domain/comptes.hpp"
#include "fcgi/crypto.hpp"

#include <set>

using namespace ope;

struct Init {
    Init() { crypto_init(); }
};
BOOST_GLOBAL_FIXTURE(Init);

BOOST_AUTO_TEST_CASE(password_hash_is_argon2id_and_salted) {
    auto h1 = hash_password("Un mot de passe 1");
    auto h2 = hash_password("Un mot de passe 1");
    BOOST_TEST(h1.rfind("$argon2id$", 0) == 0u);
    BOOST_TEST(h1 != h2);
    BOOST_TEST(verify_password("Un mot de passe 1", h1));
    BOOST_TEST(verify_password("Un mot de passe 1", h2));
    BOOST_TEST(!verify_password("un mot de passe 1", h1));
    BOOST_TEST(!verify_password("", h1));
}

BOOST_AUTO_TEST_CASE(bad_hashes_never_verify) {
    BOOST_TEST(!verify_password("demo", ""));
    BOOST_TEST(!verify_password("demo", "!"));
    BOOST_TEST(!verify_password("demo", "demo"));
    BOOST_TEST(!verify_password("demo", std::string(500, 'x')));
}

BOOST_AUTO_TEST_CASE(tokens_are_random_hex) {
    std::set<std::string> seen;
    for (int i = 0; i < 100; ++i) {
        auto t = random_token();
        BOOST_TEST(t.size() == 64u);
        BOOST_TEST(t.find_first_not_of("0123456789abcdef") == std::string::npos);
        BOOST_TEST(seen.insert(t).second);
    }
}

BOOST_AUTO_TEST_CASE(token_hash_is_stable_and_not_the_token) {
    auto t = random_token();
    BOOST_TEST(token_hash(t) == token_hash(t));
    BOOST_TEST(token_hash(t) != t);
    BOOST_TEST(token_hash(t).size() == 64u);
    BOOST_TEST(token_hash(t) != token_hash(random_token()));
}

BOOST_AUTO_TEST_CASE(csrf_comparison) {
    auto t = random_token();
    BOOST_TEST(same_token(t, t));
    BOOST_TEST(!same_token(t, random_token()));
    BOOST_TEST(!same_token("", ""));  // an empty token never matches
    BOOST_TEST(!same_token(t, t.substr(0, 63)));
    BOOST_TEST(!same_token(t, t + "0"));
}

BOOST_AUTO_TEST_CASE(initial_passwords) {
    std::set<std::string> seen;
    for (int i = 0; i < 50; ++i) {
        auto p = random_password();
        BOOST_TEST(p.size() == 10u);
        BOOST_TEST(p.find_first_of("0O1lI") == std::string::npos);
        seen.insert(p);
    }
    BOOST_TEST(seen.size() == 50u);
}

BOOST_AUTO_TEST_CASE(password_strength) {
    BOOST_TEST(!password_weakness("court1").empty());
    BOOST_TEST(!password_weakness("seulementdeslettres").empty());
    BOOST_TEST(!password_weakness("1234567890123").empty());
    BOOST_TEST(!password_weakness(std::string(300, 'a') + "1").empty());
    BOOST_TEST(password_weakness("Bienvenue-2031").empty());
    BOOST_TEST(password_weakness("mot de passe 7").empty());
}
