// Load with consistency: many clients at once read pages, enrol and un-enrol
// trainees, create workshops and save attendance on the same few sessions. No
// answer may be a 5xx, and afterwards the rules of enrolment hold in SQL: every
// enrolment has exactly one attendance row per workshop of its session, and no
// attendance row lacks its enrolment. Short in every run (8 clients, 8 s); with
// scripts/test.sh --long (OPE_TEST_LONG=1): 64 clients for 60 s.
#define BOOST_TEST_MODULE charge
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <map>
#include <mutex>
#include <random>
#include <regex>
#include <thread>

using namespace ope::test;

namespace {

struct Donnees {
    std::vector<std::string> sessions;    // ids
    std::vector<std::string> stagiaires;  // ids
};

Donnees preparer(Client& c) {
    Donnees d;
    const std::string tag = unique("Charge ");
    for (int i = 0; i < 3; ++i) {
        c.get("/emploi/sessions/ajouter");
        Page p = c.submit("/emploi/sessions/ajouter", {{"mois", "2036-0" + std::to_string(i + 1)}, {"intitule", tag}});
        BOOST_TEST_REQUIRE(p.status == 303);
        const std::string id = std::to_string(id_from_location(p.location()));
        c.get("/emploi/sessions/" + id);
        BOOST_TEST_REQUIRE(c.submit("/emploi/sessions/" + id + "/ateliers",
                                    {{"date", "2036-01-05"}, {"intitule", "Premier"}, {"cycle", "1"}})
                               .status == 303);
        d.sessions.push_back(id);
    }
    const long base = static_cast<long>(std::time(nullptr)) * 1000;
    for (int i = 0; i < 20; ++i) {
        c.get("/emploi/stagiaires/ajouter");
        Page p = c.submit("/emploi/stagiaires/ajouter", {{"civilite", "M."}, {"nom", "Charge" + lettres(base + i)}, {"prenom", "Paul"}});
        BOOST_TEST_REQUIRE(p.status == 303);
        d.stagiaires.push_back(std::to_string(id_from_location(p.location())));
    }
    return d;
}

}  // namespace

BOOST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(mixed_load_keeps_every_rule) {
    const bool longue = std::getenv("OPE_TEST_LONG") != nullptr;
    const int clients = longue ? 64 : 8;
    const auto duree = std::chrono::seconds(longue ? 60 : 8);

    Client admin;
    BOOST_TEST_REQUIRE(admin.login("responsable", "demo"));
    const Donnees d = preparer(admin);
    const std::string cookie = admin.cookie("ope_session").value();

    std::atomic<long> requetes{0};
    std::mutex mutex;
    std::map<int, long> statuts;
    std::vector<std::string> erreurs;
    const auto fin = std::chrono::steady_clock::now() + duree;
    std::vector<std::thread> threads;
    for (int t = 0; t < clients; ++t)
        threads.emplace_back([&, t] {
            Client c;
            c.set_cookie("ope_session", cookie);
            std::mt19937 rng(static_cast<unsigned>(t));
            auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
            const std::regex champ("name=\"statut_(\\d+)_(\\d+)\"");
            while (std::chrono::steady_clock::now() < fin) {
                const std::string session = "/emploi/sessions/" + pick(d.sessions);
                Page p;
                try {
                    switch (rng() % 10) {
                        case 0: case 1: case 2: p = c.get(session); break;
                        case 3: p = c.get("/emploi/stagiaires?q=Charge"); break;
                        case 4: case 5:
                            c.get(session);
                            p = c.submit(session + "/stagiaires", {{"stagiaire_id", pick(d.stagiaires)}});
                            break;
                        case 6:
                            c.get(session);
                            p = c.submit(session + "/stagiaires/" + pick(d.stagiaires) + "/supprimer", {});
                            break;
                        case 7:
                            c.get(session);
                            p = c.submit(session + "/ateliers", {{"date", "2036-02-0" + std::to_string(1 + rng() % 9)},
                                                                 {"intitule", "Sous charge"}, {"cycle", rng() % 2 ? "1" : "2"}});
                            break;
                        default: {
                            Page v = c.get(session + "/validation");
                            Fields fields;
                            for (std::sregex_iterator it(v.body.begin(), v.body.end(), champ), end; it != end; ++it) {
                                const std::string cle = (*it)[1].str() + "_" + (*it)[2].str();
                                fields.push_back({"statut_" + cle, rng() % 2 ? "present" : "absent"});
                            }
                            p = c.submit(session + "/validation", fields);
                        }
                    }
                } catch (const std::exception& e) {
                    std::lock_guard lock(mutex);
                    erreurs.push_back(e.what());
                    continue;
                }
                ++requetes;
                std::lock_guard lock(mutex);
                ++statuts[p.status];
                if (p.status >= 500 && erreurs.size() < 5) erreurs.push_back(std::to_string(p.status) + ": " + p.body.substr(0, 200));
            }
        });
    for (auto& t : threads) t.join();

    std::string resume;
    for (const auto& [s, n] : statuts) resume += " " + std::to_string(s) + "×" + std::to_string(n);
    BOOST_TEST_MESSAGE(requetes << " requests:" << resume);
    long cinq_cents = 0;
    for (const auto& [s, n] : statuts)
        if (s >= 500) cinq_cents += n;
    BOOST_TEST(cinq_cents == 0, cinq_cents << " answers were 5xx:" << resume);
    BOOST_TEST(erreurs.empty(), erreurs.size() << " errors, first: " << (erreurs.empty() ? "" : erreurs.front()));
    BOOST_TEST(requetes > clients * 10);

    // The rules of enrolment hold, everywhere in the database.
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM inscription i JOIN atelier a ON a.session_id = i.session_id"
                         " LEFT JOIN presence p ON p.atelier_id = a.id AND p.stagiaire_id = i.stagiaire_id"
                         " WHERE p.atelier_id IS NULL") == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence p JOIN atelier a ON a.id = p.atelier_id"
                         " LEFT JOIN inscription i ON i.session_id = a.session_id AND i.stagiaire_id = p.stagiaire_id"
                         " WHERE i.id IS NULL") == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM (SELECT session_id, stagiaire_id FROM inscription"
                         " GROUP BY session_id, stagiaire_id HAVING COUNT(*) > 1) doubles") == 0);
}
