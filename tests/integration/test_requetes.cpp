// A page's number of SQL statements must not grow with the number of rows it
// shows (no query per trainee or per workshop). The stack of scripts/test.sh runs
// with OPE_DEBUG_SQL=1: every response says in X-Requetes-SQL how many it ran.
#define BOOST_TEST_MODULE requetes
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <ctime>
#include <string>

using namespace ope::test;

namespace {

long requetes(Client& c, const std::string& path) {
    Page p = c.get(path);
    BOOST_TEST_REQUIRE(p.status == 200, path << " answered " << p.status);
    auto it = p.headers.find("x-requetes-sql");
    BOOST_TEST_REQUIRE((it != p.headers.end()), "no X-Requetes-SQL header: is OPE_DEBUG_SQL=1 set?");
    return std::stol(it->second);
}

struct Session {
    long id = 0;
    std::vector<long> stagiaires;
};

// A session with `ateliers` workshops and `stagiaires` trainees enrolled, made through the site.
Session creer(Client& c, int ateliers, int stagiaires, const std::string& tag) {
    Session s;
    c.get("/emploi/sessions/ajouter");
    Page p = c.submit("/emploi/sessions/ajouter", {{"mois", "2032-04"}, {"intitule", "Requêtes " + tag}});
    BOOST_TEST_REQUIRE(p.status == 303);
    s.id = id_from_location(p.location());
    const std::string base = "/emploi/sessions/" + std::to_string(s.id);
    for (int i = 0; i < ateliers; ++i) {
        c.get(base);
        BOOST_TEST_REQUIRE(c.submit(base + "/ateliers", {{"date", "2032-04-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1)},
                                                          {"intitule", "Atelier " + std::to_string(i)},
                                                          {"cycle", i % 2 ? "2" : "1"}})
                               .status == 303);
    }
    static long compteur = std::time(nullptr) * 100;
    for (int i = 0; i < stagiaires; ++i) {
        c.get("/emploi/stagiaires/ajouter");
        Page a = c.submit("/emploi/stagiaires/ajouter", {{"civilite", "Mme"}, {"nom", "Requete" + lettres(++compteur)},
                                                          {"prenom", "Alice"}, {"email", "r" + std::to_string(compteur) + "@exemple.fr"},
                                                          {"tel_portable", "0611223344"}, {"parution_adresse", "1"}});
        BOOST_TEST_REQUIRE(a.status == 303);
        long sid = id_from_location(a.location());
        c.get(base);
        BOOST_TEST_REQUIRE(c.submit(base + "/stagiaires", {{"stagiaire_id", std::to_string(sid)}}).status == 303);
        s.stagiaires.push_back(sid);
    }
    return s;
}

}  // namespace

BOOST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(pages_cost_the_same_for_one_or_many_rows) {
    Client c;
    BOOST_TEST_REQUIRE(c.login("responsable", "demo"));
    const std::string tag = unique("");
    Session petite = creer(c, 1, 1, tag + "p");
    Session grande = creer(c, 12, 25, tag + "g");
    for (const std::string suffix : {"", "/validation", "/inscrits", "/inscrits?complet=1", "/presence/1",
                                     "/presence/2", "/documentation"}) {
        // Each read at a new version of its session, so that neither comes from an
        // instance's memory (data/contenu_session.hpp): both read the same statements.
        for (long id : {petite.id, grande.id}) sql_exec("UPDATE session_formation SET version = version + 1 WHERE id = ?", {str(id)});
        long a = requetes(c, "/emploi/sessions/" + std::to_string(petite.id) + suffix);
        long b = requetes(c, "/emploi/sessions/" + std::to_string(grande.id) + suffix);
        BOOST_TEST(a == b, "session page" << suffix << ": " << a << " statements for 1 trainee, " << b << " for 25");
        BOOST_TEST(b < 30, "session page" << suffix << " runs " << b << " statements");
    }
    long fiche = requetes(c, "/emploi/stagiaires/" + std::to_string(grande.stagiaires.front()));
    long fiche_petite = requetes(c, "/emploi/stagiaires/" + std::to_string(petite.stagiaires.front()));
    BOOST_TEST(fiche == fiche_petite);
    long recherche_large = requetes(c, "/emploi/stagiaires?q=Requete");
    long recherche_etroite = requetes(c, "/emploi/stagiaires?q=zzzzzzzzzzzzqqq");
    BOOST_TEST(recherche_large <= recherche_etroite + 1);  // the page query only runs when there is a result
    long liste = requetes(c, "/emploi/sessions?annee=2032");
    BOOST_TEST(liste < 15);
}
