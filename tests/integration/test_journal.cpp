// The audit journal: every state change is recorded (who, what, old and new
// values for personal data) and the manager reads it, filtered by trainee or session.
#define BOOST_TEST_MODULE journal
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

using namespace ope::test;

BOOST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(changes_are_journaled_and_filtered) {
    Client c;
    BOOST_TEST_REQUIRE(c.login("responsable", "demo"));
    const std::string tag = unique("Journal ");
    c.get("/emploi/sessions/ajouter");
    Page p = c.submit("/emploi/sessions/ajouter", {{"mois", "2033-01"}, {"intitule", tag}});
    BOOST_TEST_REQUIRE(p.status == 303);
    const std::string sid = std::to_string(id_from_location(p.location()));
    c.get("/emploi/sessions/" + sid);
    BOOST_TEST_REQUIRE(c.submit("/emploi/sessions/" + sid + "/ateliers",
                                {{"date", "2033-01-10"}, {"intitule", "Atelier journalisé"}, {"cycle", "1"}})
                           .status == 303);

    // A name of its own: a second run must not meet the first run's trainee.
    const std::string nom = "Journaliste" + lettres();
    c.get("/emploi/stagiaires/ajouter");
    Page a = c.submit("/emploi/stagiaires/ajouter", {{"civilite", "M."}, {"nom", nom}, {"prenom", "Tintin"},
                                                      {"tel_portable", "0611111111"}});
    BOOST_TEST_REQUIRE(a.status == 303);
    const std::string fiche = a.location();
    const std::string stagiaire = std::to_string(id_from_location(fiche));
    c.get(fiche);
    BOOST_TEST_REQUIRE(c.submit(fiche, {{"civilite", "M."}, {"nom", nom}, {"prenom", "Tintin"},
                                        {"tel_portable", "0622222222"}})
                           .status == 303);

    Page session = c.get("/emploi/journal?session=" + sid);
    BOOST_TEST(session.status == 200);
    BOOST_TEST(session.contains("création"));
    BOOST_TEST(session.contains("atelier ajouté"));
    BOOST_TEST(session.contains("Atelier journalisé"));
    BOOST_TEST(!session.contains("06 22 22 22 22"));  // the trainee's change belongs to their own filter

    Page personne = c.get("/emploi/journal?stagiaire=" + stagiaire);
    BOOST_TEST(personne.status == 200);
    BOOST_TEST(personne.contains("« 06 11 11 11 11 » → « 06 22 22 22 22 »"));
    BOOST_TEST(personne.contains("Claire MARCHAND (responsable)"));
    BOOST_TEST(!personne.contains("atelier ajouté"));

    BOOST_TEST(c.get("/emploi/journal?session=abc").status == 400);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE objet = 'session' AND objet_id = ?", {sid}) >= 2);
}

BOOST_AUTO_TEST_CASE(only_the_manager_reads_it) {
    Client tuteur;
    BOOST_TEST_REQUIRE(tuteur.login("tuteur", "demo"));
    BOOST_TEST(tuteur.get("/emploi/journal").status == 403);
    Client anonyme;
    Page p = anonyme.get("/emploi/journal");
    BOOST_TEST(p.status == 302);
    BOOST_TEST(p.location().rfind("/connexion?suite=", 0) == 0u);
}
