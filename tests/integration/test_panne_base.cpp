// The database goes away while the site runs: its connections are killed and new
// ones refused (the app's account is locked), as during a MariaDB restart. Every
// request then gets the French 503 page (never a 500), /sante says 503 for the
// load balancer, and once the database is back the same app processes answer
// again by themselves, reads and writes. Needs root on the test database
// (OPE_TEST_DB_SOCKET, exported by scripts/test.sh).
#define BOOST_TEST_MODULE panne_base
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"

#include <chrono>
#include <cstdlib>
#include <thread>

using namespace ope::test;

namespace {

std::string socket_path() {
    const char* s = std::getenv("OPE_TEST_DB_SOCKET");
    return s ? s : "";
}

struct Stack {
    Stack() {
        skip_without_stack();
        if (socket_path().empty()) std::exit(77);
    }
};

int root_sql(const std::string& sql) {
    const std::string cmd = "mariadb --no-defaults --socket='" + socket_path() + "' -N -e \"" + sql + "\"";
    return std::system(cmd.c_str());
}

void verrouiller(bool lock) {
    const std::string what = lock ? "LOCK" : "UNLOCK";
    BOOST_TEST_REQUIRE(root_sql("ALTER USER 'ope'@'127.0.0.1' ACCOUNT " + what + "; ALTER USER 'ope'@'localhost' ACCOUNT " + what) == 0);
    if (lock) {
        // Kill every open connection of the app (and of this test's own SQL helper).
        const std::string kill_all =
            "mariadb --no-defaults --socket='" + socket_path() +
            "' -N -e \"SELECT CONCAT('KILL ', id, ';') FROM information_schema.processlist WHERE user = 'ope'\" | "
            "mariadb --no-defaults --socket='" + socket_path() + "' -f >/dev/null 2>&1";
        std::system(kill_all.c_str());
    }
}

// Unlocks the account even when a check fails midway.
struct Deverrouille {
    ~Deverrouille() { root_sql("ALTER USER 'ope'@'127.0.0.1' ACCOUNT UNLOCK; ALTER USER 'ope'@'localhost' ACCOUNT UNLOCK"); }
};

}  // namespace

BOOST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(outage_gives_503_then_the_app_recovers_alone) {
    Client c;
    BOOST_TEST_REQUIRE(c.login("responsable", "demo"));
    BOOST_TEST_REQUIRE(c.get("/emploi/sessions").status == 200);

    Deverrouille garde;
    verrouiller(true);
    // Enough requests to reach every worker thread of every instance.
    int indisponible = 0;
    for (int i = 0; i < 40; ++i) {
        Page p = c.get(i % 2 ? "/emploi/sessions" : "/sante");
        BOOST_TEST_REQUIRE(p.status != 500, "a 500 during the outage: " << p.body.substr(0, 300));
        if (p.status == 503) ++indisponible;
        if (p.status == 503 && i % 2) {
            BOOST_TEST(p.contains("Service momentanément indisponible"));
            BOOST_TEST(!p.contains("SQLException"));
            BOOST_TEST(!p.contains("Access denied"));
        }
    }
    BOOST_TEST(indisponible == 40, indisponible << " of 40 requests got the 503 page during the outage");
    Page form = c.get("/emploi/sessions/ajouter");
    BOOST_TEST(form.status == 503);  // even the session check needs the database

    verrouiller(false);
    // Back: the same processes reconnect by themselves.
    bool revenu = false;
    for (int i = 0; i < 50 && !revenu; ++i) {
        revenu = c.get("/sante").status == 200;
        if (!revenu) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    BOOST_TEST_REQUIRE(revenu);
    for (int i = 0; i < 20; ++i) BOOST_TEST(c.get("/emploi/sessions").status == 200);
    c.get("/emploi/sessions/ajouter");
    Page cree = c.submit("/emploi/sessions/ajouter", {{"mois", "2035-02"}, {"intitule", unique("Après la panne ")}});
    BOOST_TEST(cree.status == 303);
}
