// Load with consistency: many clients at once read pages, enrol and un-enrol
// trainees, create workshops and save attendance on the same few sessions
// (tests/integration/support/charge.hpp). No answer may be a 5xx; afterwards the
// rules of enrolment hold in SQL (every enrolment has exactly one attendance row
// per workshop of its session, no attendance row lacks its enrolment) and every
// write the site acknowledged is there. Short in every run (8 clients, 8 s); with
// scripts/test.sh --long (OPE_TEST_LONG=1): 64 clients for 60 s. The same load
// runs on a Galera cluster in tests/grappe/test_grappe.cpp.
#define BOOST_TEST_MODULE charge
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/charge.hpp"
#include "tests/integration/support/site.hpp"

#include <cstdlib>

using namespace ope::test;

BOOST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(mixed_load_keeps_every_rule) {
    const bool longue = std::getenv("OPE_TEST_LONG") != nullptr;
    const int clients = longue ? 64 : 8;

    Client admin;
    BOOST_TEST_REQUIRE(admin.login("responsable", "demo"));
    const charge::Donnees d = charge::preparer(admin);
    const charge::Bilan bilan =
        charge::charger(d, admin.cookie("ope_session").value(), clients, std::chrono::seconds(longue ? 60 : 8));

    BOOST_TEST_MESSAGE(bilan.requetes << " requests:" << bilan.resume() << ", " << bilan.ecrits.size()
                                      << " writes acknowledged");
    BOOST_TEST(bilan.cinq_cents() == 0, bilan.cinq_cents() << " answers were 5xx:" << bilan.resume());
    BOOST_TEST(bilan.sans_reponse == 0);
    for (const auto& e : bilan.erreurs) BOOST_TEST_MESSAGE("error: " << e);
    BOOST_TEST(bilan.requetes > clients * 10);
    BOOST_TEST(bilan.ecrits.size() > 10u);

    // The rules of enrolment hold, everywhere in the database, and nothing acknowledged is missing.
    for (const auto& r : charge::regles_violees(sql_connection())) BOOST_ERROR("rule broken: " << r);
    for (const auto& e : charge::ecrits_manquants(sql_connection(), bilan.ecrits)) BOOST_ERROR("missing: " << e);
}
