// Several app servers behind one nginx: scripts/test.sh runs two instances of
// `ope serve` in one upstream. The app keeps nothing in memory that the other
// would need (sessions and CSRF tokens are in the database), so a user logged in
// through one is served by the other; and when one instance dies, nginx passes
// idempotent requests to the other: none is lost.
#define BOOST_TEST_MODULE instances
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"

#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <set>
#include <thread>

using namespace ope::test;

namespace {

struct Stack {
    Stack() {
        skip_without_stack();
        if (!std::getenv("OPE_TEST_APP2_PID")) {
            BOOST_TEST_MESSAGE("one app instance only (OPE_TEST_APP2_PID unset): skipped");
            std::exit(77);
        }
    }
};

std::string instance(const Page& p) {
    auto it = p.headers.find("x-ope-instance");
    return it == p.headers.end() ? "" : it->second;
}

}  // namespace

BOOST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(a_login_on_one_instance_is_valid_on_the_other) {
    Client c;
    BOOST_TEST_REQUIRE(c.login("tuteur", "demo"));
    std::set<std::string> vues;
    for (int i = 0; i < 20; ++i) {
        Page p = c.get("/emploi/sessions");
        BOOST_TEST_REQUIRE(p.status == 200);  // never sent back to the login page
        BOOST_TEST(p.contains("Gestion des sessions"));
        vues.insert(instance(p));
    }
    BOOST_TEST(vues.size() == 2u, "answered by " << vues.size() << " instance(s)");
    BOOST_TEST(!vues.count(""));
}

BOOST_AUTO_TEST_CASE(a_form_from_one_instance_is_accepted_by_the_other) {
    Client c;
    BOOST_TEST_REQUIRE(c.login("responsable", "demo"));
    std::set<std::pair<std::string, std::string>> paires;
    for (int i = 0; i < 8; ++i) {
        Page form = c.get("/emploi/sessions/ajouter");
        Page done = c.submit("/emploi/sessions/ajouter", {{"mois", "2034-0" + std::to_string(1 + i % 9)},
                                                          {"intitule", unique("Instances ")}});
        BOOST_TEST_REQUIRE(done.status == 303, "CSRF token of " << instance(form) << " refused by " << instance(done));
        paires.insert({instance(form), instance(done)});
    }
    bool croise = false;
    for (const auto& [a, b] : paires) croise = croise || a != b;
    BOOST_TEST(croise, "no form was posted to the other instance in 8 tries");
}

BOOST_AUTO_TEST_CASE(killing_an_instance_loses_no_request) {
    Client c;
    BOOST_TEST_REQUIRE(c.login("tuteur", "demo"));
    const std::string cookie = c.cookie("ope_session").value();
    std::atomic<int> ok{0}, ko{0};
    std::atomic<bool> stop{false};
    std::vector<std::thread> workers;
    for (int t = 0; t < 4; ++t)
        workers.emplace_back([&] {
            Client w;
            w.set_cookie("ope_session", cookie);
            while (!stop) {
                try {
                    Page p = w.get("/emploi/sessions/1");
                    (p.status == 200 ? ok : ko)++;
                } catch (...) {
                    ++ko;
                }
            }
        });
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    const int pid = std::atoi(std::getenv("OPE_TEST_APP2_PID"));
    BOOST_TEST_REQUIRE(::kill(pid, SIGKILL) == 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    stop = true;
    for (auto& w : workers) w.join();
    BOOST_TEST(ko == 0, ko << " requests failed while an instance was killed (" << ok << " succeeded)");
    BOOST_TEST(ok > 50);
    // The survivor answers everything now.
    Page after = c.get("/emploi/sessions");
    BOOST_TEST(after.status == 200);
    BOOST_TEST(instance(after) == "instance-1");
    BOOST_TEST(c.get("/sante").status == 200);
}
