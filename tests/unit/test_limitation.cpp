// Throttling of /connexion: the client's address behind trusted proxies, the key
// failures are counted under (IPv6 per /64), and the delay rule.
#define BOOST_TEST_MODULE limitation
#include <boost/test/unit_test.hpp>

#include "domain/comptes.hpp"
#include "fcgi/adresse.hpp"

#include <stdexcept>

using namespace ope;

BOOST_AUTO_TEST_CASE(reseaux) {
    auto r = parse_reseaux("127.0.0.1, 10.0.0.0/8 ::1\t2001:db8::/32");
    BOOST_REQUIRE_EQUAL(r.size(), 4u);
    BOOST_TEST(r[0].contient("127.0.0.1"));
    BOOST_TEST(!r[0].contient("127.0.0.2"));
    BOOST_TEST(r[1].contient("10.255.3.4"));
    BOOST_TEST(!r[1].contient("11.0.0.1"));
    BOOST_TEST(r[2].contient("::1"));
    BOOST_TEST(!r[2].contient("127.0.0.1"));
    BOOST_TEST(r[3].contient("2001:db8:ffff::1"));
    BOOST_TEST(!r[3].contient("2001:db9::1"));
    BOOST_TEST(r[1].contient("::ffff:10.1.2.3"));  // IPv4-mapped
    BOOST_TEST(parse_reseaux("").empty());
    BOOST_TEST(parse_reseaux(" , ").empty());
    BOOST_TEST(Reseau::parse("192.168.0.0/23")->contient("192.168.1.200"));
    BOOST_TEST(!Reseau::parse("192.168.0.0/23")->contient("192.168.2.1"));
    for (const char* faux : {"localhost", "10.0.0.0/33", "::1/129", "1.2.3", "10.0.0.0/", "10.0.0.0/x", "1.2.3.4.5"})
        BOOST_CHECK_THROW(parse_reseaux(faux), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(adresse_du_client) {
    const auto proxies = parse_reseaux("127.0.0.1 10.0.0.0/8");
    // Not through a trusted proxy: X-Forwarded-For is the client's own say, ignored.
    BOOST_TEST(adresse_client("203.0.113.9", "198.51.100.1", proxies) == "203.0.113.9");
    BOOST_TEST(adresse_client("203.0.113.9", "", {}) == "203.0.113.9");
    BOOST_TEST(adresse_client("127.0.0.1", "198.51.100.1", {}) == "127.0.0.1");
    // Through a trusted proxy: the address it saw, the last entry.
    BOOST_TEST(adresse_client("127.0.0.1", "198.51.100.1", proxies) == "198.51.100.1");
    // nginx appends the address it saw (127.0.0.1, trusted), the client prepended a lie.
    BOOST_TEST(adresse_client("127.0.0.1", "6.6.6.6, 198.51.100.1, 127.0.0.1", proxies) == "198.51.100.1");
    // Two trusted proxies in a row.
    BOOST_TEST(adresse_client("10.1.1.1", "198.51.100.7, 10.2.2.2", proxies) == "198.51.100.7");
    // Garbage stops the reading: the last address read stays.
    BOOST_TEST(adresse_client("127.0.0.1", "198.51.100.1, pas-une-adresse", proxies) == "127.0.0.1");
    BOOST_TEST(adresse_client("127.0.0.1", "", proxies) == "127.0.0.1");
    BOOST_TEST(adresse_client("127.0.0.1", " 2001:db8::5 ", proxies) == "2001:db8::5");
}

BOOST_AUTO_TEST_CASE(cle_par_adresse_ipv4_et_par_64_ipv6) {
    BOOST_TEST(cle_de_limitation("198.51.100.7") == "198.51.100.7");
    BOOST_TEST(cle_de_limitation("2001:db8:1:2:aaaa::1") == "2001:db8:1:2::/64");
    BOOST_TEST(cle_de_limitation("2001:db8:1:2:ffff:ffff:ffff:ffff") == "2001:db8:1:2::/64");
    BOOST_TEST(cle_de_limitation("2001:db8:1:3::1") == "2001:db8:1:3::/64");
    BOOST_TEST(cle_de_limitation("::ffff:198.51.100.7") == "198.51.100.7");
    BOOST_TEST(cle_de_limitation("") == "?");
    BOOST_TEST(cle_de_limitation(std::string(100, 'x')).size() == 45u);
    BOOST_TEST(cle_de_limitation("pas une\n\xC3\xA9 adresse") == "pasuneadresse");
    BOOST_TEST(cle_de_limitation("2001:db8:1:2::/64") == "2001:db8:1:2::/64");  // a key is its own key
}

BOOST_AUTO_TEST_CASE(delais_croissants_par_paire) {
    Tentatives t;
    BOOST_TEST(attente_connexion(t) == 0);
    t.echecs_paire = 2;
    BOOST_TEST(attente_connexion(t) == 0);
    t.echecs_paire = 3;  // then 1 s, 2 s, 4 s...
    BOOST_TEST(attente_connexion(t) == 1000);
    t.ms_depuis_echec_paire = 400;
    BOOST_TEST(attente_connexion(t) == 600);
    t.echecs_paire = 6;
    BOOST_TEST(attente_connexion(t) == 8000 - 400);
    t.ms_depuis_echec_paire = 9000;
    BOOST_TEST(attente_connexion(t) == 0);
    t.echecs_paire = 1000;  // capped at 15 minutes: a delay, never a lock
    t.ms_depuis_echec_paire = 0;
    BOOST_TEST(attente_connexion(t) == 15 * 60 * 1000);
    t.ms_depuis_echec_paire = 15 * 60 * 1000;
    BOOST_TEST(attente_connexion(t) == 0);
    // A known address does not escape its own pair's delay.
    t.adresse_connue = true;
    t.ms_depuis_echec_paire = 0;
    BOOST_TEST(attente_connexion(t) == 15 * 60 * 1000);
}

BOOST_AUTO_TEST_CASE(attaques_reparties_et_adresse_connue) {
    Tentatives t;
    t.echecs_login = 99;
    BOOST_TEST(attente_connexion(t) == 0);
    t.echecs_login = 100;
    t.ms_avant_login = 42000;
    BOOST_TEST(attente_connexion(t) == 42000);
    t.ms_avant_login = 0;
    BOOST_TEST(attente_connexion(t) == 1000);
    t.adresse_connue = true;  // the owner, where they log in
    BOOST_TEST(attente_connexion(t) == 0);
    t = {};
    t.echecs_adresse = 100;
    t.ms_avant_adresse = 5000;
    BOOST_TEST(attente_connexion(t) == 5000);
    t.adresse_connue = true;
    BOOST_TEST(attente_connexion(t) == 0);
}

BOOST_AUTO_TEST_CASE(durees) {
    BOOST_TEST(duree_fr(1) == "1 seconde");
    BOOST_TEST(duree_fr(1000) == "1 seconde");
    BOOST_TEST(duree_fr(1001) == "2 secondes");
    BOOST_TEST(duree_fr(119000) == "119 secondes");
    BOOST_TEST(duree_fr(15 * 60 * 1000) == "15 minutes");
}
