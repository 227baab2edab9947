// The database goes away while the site runs. First its connections are killed
// and new ones refused (the app's account is locked); then MariaDB is really shut
// down and started again while clients keep sending requests. Every
// request then gets the French 503 page (never a 500), /sante says 503 for the
// load balancer, and once the database is back the same app processes answer
// again by themselves, reads and writes. Needs root on the test database
// (OPE_TEST_DB_SOCKET, exported by scripts/test.sh).
#define BOOST_TEST_MODULE panne_base
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <map>
#include <mutex>
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

// A real restart: MariaDB is shut down while clients keep reading and writing,
// then started again with the same command. During the outage answers are 503
// (never 500, never a dropped connection); afterwards everything answers again,
// and nothing was half-written: the enrolment rules still hold in SQL.
BOOST_AUTO_TEST_CASE(mariadb_restarted_while_requests_run) {
    const char* command = std::getenv("OPE_TEST_DB_COMMAND");
    if (!command || !*command) {
        BOOST_TEST_MESSAGE("OPE_TEST_DB_COMMAND unset: the restart case needs scripts/test.sh");
        return;
    }
    Client admin;
    BOOST_TEST_REQUIRE(admin.login("responsable", "demo"));
    const std::string cookie = admin.cookie("ope_session").value();

    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::map<int, long> statuts;
    long exceptions = 0;
    std::vector<std::thread> clients;
    for (int t = 0; t < 4; ++t)
        clients.emplace_back([&, t] {
            Client c;
            c.set_cookie("ope_session", cookie);
            while (!stop) {
                int status = 0;
                try {
                    if (t == 0) {
                        c.get("/emploi/sessions/ajouter");
                        status = c.submit("/emploi/sessions/ajouter", {{"mois", "2037-03"}, {"intitule", "Pendant le redémarrage"}}).status;
                    } else {
                        status = c.get(t == 1 ? "/sante" : "/emploi/sessions/1").status;
                    }
                } catch (...) {
                    std::lock_guard lock(mutex);
                    ++exceptions;
                    continue;
                }
                std::lock_guard lock(mutex);
                ++statuts[status];
            }
        });
    std::this_thread::sleep_for(std::chrono::milliseconds(500));

    const std::string sock = "--socket='" + socket_path() + "'";
    BOOST_TEST_REQUIRE(std::system(("mariadb-admin --no-defaults " + sock + " shutdown").c_str()) == 0);
    std::this_thread::sleep_for(std::chrono::seconds(2));
    // Started again in its own session, logging where it did; scripts/test.sh stops it at the end.
    BOOST_TEST_REQUIRE(std::system(("setsid sh -c '" + std::string(command) + " >/dev/null 2>&1 &'").c_str()) == 0);
    bool pret = false;
    for (int i = 0; i < 150 && !pret; ++i) {
        pret = std::system(("mariadb-admin --no-defaults " + sock + " ping >/dev/null 2>&1").c_str()) == 0;
        if (!pret) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    BOOST_TEST_REQUIRE(pret);
    std::this_thread::sleep_for(std::chrono::seconds(3));
    stop = true;
    for (auto& c : clients) c.join();

    std::string resume;
    for (const auto& [s, n] : statuts) resume += " " + std::to_string(s) + "×" + std::to_string(n);
    BOOST_TEST_MESSAGE("during the restart:" << resume);
    BOOST_TEST(statuts.count(500) == 0u, resume);
    BOOST_TEST(statuts.count(502) == 0u, "a worker died or nginx lost the app:" << resume);
    BOOST_TEST(exceptions == 0);
    BOOST_TEST(statuts[503] > 0, "the outage was not seen:" << resume);
    // Back to normal, with the same app processes.
    for (int i = 0; i < 10; ++i) BOOST_TEST(admin.get("/emploi/sessions").status == 200);
    admin.get("/emploi/sessions/ajouter");
    BOOST_TEST(admin.submit("/emploi/sessions/ajouter", {{"mois", "2037-04"}, {"intitule", "Après le redémarrage"}}).status == 303);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM inscription i JOIN atelier a ON a.session_id = i.session_id"
                         " LEFT JOIN presence p ON p.atelier_id = a.id AND p.stagiaire_id = i.stagiaire_id"
                         " WHERE p.atelier_id IS NULL") == 0);
}
