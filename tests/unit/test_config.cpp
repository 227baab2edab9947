#define BOOST_TEST_MODULE config
#include <boost/test/unit_test.hpp>

#include "fcgi/config.hpp"

#include <stdexcept>

using namespace ope;

BOOST_AUTO_TEST_SUITE(db_servers)

BOOST_AUTO_TEST_CASE(one_host_takes_the_default_port) {
    auto servers = parse_db_servers("db.example.org", 3307);
    BOOST_TEST_REQUIRE(servers.size() == 1u);
    BOOST_TEST(servers[0].host == "db.example.org");
    BOOST_TEST(servers[0].port == 3307);
    BOOST_TEST(servers[0].address() == "db.example.org:3307");
}

BOOST_AUTO_TEST_CASE(a_list_keeps_its_order_and_ports) {
    auto servers = parse_db_servers("10.0.0.2:3306, 10.0.0.3 ,10.0.0.1:13306", 3310);
    BOOST_TEST_REQUIRE(servers.size() == 3u);
    BOOST_TEST((servers[0] == DbServer{"10.0.0.2", 3306}));
    BOOST_TEST((servers[1] == DbServer{"10.0.0.3", 3310}));
    BOOST_TEST((servers[2] == DbServer{"10.0.0.1", 13306}));
}

BOOST_AUTO_TEST_CASE(ipv6_addresses_are_bracketed) {
    auto servers = parse_db_servers("[::1]:3307,[fd00::2]", 3306);
    BOOST_TEST_REQUIRE(servers.size() == 2u);
    BOOST_TEST((servers[0] == DbServer{"::1", 3307}));
    BOOST_TEST((servers[1] == DbServer{"fd00::2", 3306}));
    BOOST_TEST(servers[0].address() == "[::1]:3307");
}

BOOST_AUTO_TEST_CASE(malformed_lists_are_refused_in_french) {
    for (const char* text : {"", "a,,b", "a,", ":3306", "a:", "a:0", "a:65536", "a:33o6", "::1", "[::1", "[]:3306",
                             "[::1]3306"}) {
        BOOST_CHECK_THROW(parse_db_servers(text, 3306), std::runtime_error);
    }
    try {
        parse_db_servers("a:x", 3306);
    } catch (const std::runtime_error& e) {
        BOOST_TEST(std::string(e.what()).find("OPE_DB_HOST invalide") == 0u);
    }
}

BOOST_AUTO_TEST_SUITE_END()
