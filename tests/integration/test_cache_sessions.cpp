// The pages of a session keep what they read in memory by version
// (data/contenu_session.hpp). Nothing they serve may be stale: with two app
// instances behind nginx, both having the page in memory, a change made through
// either shows at once on both, whatever changed (a workshop, a trainee's name, a
// staff account's name, an erasure, an enrolment). And the page costs fewer statements once
// in memory.
#define BOOST_TEST_MODULE cache_sessions
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/site.hpp"

#include <signal.h>

#include <cstdlib>
#include <functional>
#include <set>

using namespace ope::test;

namespace {

// (it_instances stops the second instance on purpose: this test runs before it, as
// CTest runs the integration tests in the order of their names.)
struct DeuxInstances {
    DeuxInstances() {
        skip_without_stack();
        const char* pid = std::getenv("OPE_TEST_APP2_PID");
        if (!pid || ::kill(std::atoi(pid), 0) != 0) {
            BOOST_TEST_MESSAGE("the second app instance is not running: skipped");
            std::exit(77);
        }
    }
};

std::string instance(const Page& p) {
    auto it = p.headers.find("x-ope-instance");
    return it == p.headers.end() ? "" : it->second;
}

long requetes(const Page& p) {
    auto it = p.headers.find("x-requetes-sql");
    return it == p.headers.end() ? -1 : std::stol(it->second);
}

// Reads `path` until both instances have answered (at least 8 times): each answer
// must satisfy `voit`.
void sur_les_deux(Client& c, const std::string& path, const std::function<bool(const std::string&)>& voit,
                  const std::string& quoi) {
    std::set<std::string> vues;
    for (int i = 0; i < 30 && (i < 8 || vues.size() < 2); ++i) {
        Page p = c.get(path);
        BOOST_TEST_REQUIRE(p.status == 200);
        BOOST_TEST(voit(p.body), quoi << " not shown by " << instance(p) << " on " << path << " (read " << i + 1 << ")");
        vues.insert(instance(p));
    }
    BOOST_TEST(vues.size() == 2u, path << " answered by " << vues.size() << " instance(s)");
}

bool contient(const std::string& body, const std::string& text) { return body.find(text) != std::string::npos; }

}  // namespace

BOOST_GLOBAL_FIXTURE(DeuxInstances);

BOOST_AUTO_TEST_CASE(a_change_through_one_instance_shows_at_once_on_both) {
    Client c = logged("responsable");
    const std::string tag = lettres();
    const long s = creer_session(c, "2033-02", "Mémoire " + tag);
    ajouter_atelier(c, s, "2033-02-03", "Premier " + tag);
    const long st = creer_stagiaire(c, "Memoire" + tag, "Alice");
    inscrire(c, s, st);
    // A tutor of the session, whose account is renamed below.
    const std::string login = "memoire." + minuscules(tag);
    c.get("/emploi/intervenants");
    BOOST_TEST_REQUIRE(c.submit("/emploi/intervenants", {{"login", login}, {"nom", "Tuteur" + tag}, {"prenom", "Basile"},
                                                         {"email", ""}, {"role", "tuteur"},
                                                         {"mot_de_passe", "Solide-motdepasse-1"}})
                           .status == 303);
    const std::string uid = sql_value("SELECT id FROM utilisateur WHERE login = ?", {login});
    c.get(session(s));
    BOOST_TEST_REQUIRE(c.submit(session(s) + "/intervenants", {{"utilisateur_id", uid}, {"role", "tuteur"}}).status == 303);

    const std::string page = session(s), validation = session(s) + "/validation";
    // (In the list of the session's tutors, "<li>Basile NOM": the staff drop-down, read
    // each time, shows the name too.)
    auto tuteur_nomme = [&](const std::string& b, const std::string& nom) {
        return contient(b, "<li>Basile " + nom) || contient(b, "<li>Basile " + majuscules(nom));
    };
    // Both instances have both pages in memory.
    sur_les_deux(c, page, [&](const std::string& b) { return contient(b, "Premier " + tag) && tuteur_nomme(b, "Tuteur" + tag); },
                 "the first workshop and the tutor");
    sur_les_deux(c, validation, [&](const std::string& b) { return contient(b, "Premier " + tag); }, "the first workshop");

    // Once in memory, the pages cost fewer statements: the login, the versions, the
    // staff drop-down and the past sendings; the login, the versions and the attendance.
    {
        Page p = c.get(page);
        BOOST_TEST(requetes(p) <= 4, "the session page in memory runs " << requetes(p) << " statements");
        Page v = c.get(validation);
        BOOST_TEST(requetes(v) <= 3, "the validation page in memory runs " << requetes(v) << " statements");
    }

    // A workshop added.
    ajouter_atelier(c, s, "2033-02-10", "Second " + tag);
    sur_les_deux(c, page, [&](const std::string& b) { return contient(b, "Second " + tag); }, "the new workshop");
    sur_les_deux(c, validation, [&](const std::string& b) { return contient(b, "Second " + tag); }, "the new workshop");

    // The trainee's name changed on their record.
    c.get(fiche(st));
    BOOST_TEST_REQUIRE(c.submit(fiche(st), {{"civilite", "M."}, {"nom", "Renomme" + tag}, {"prenom", "Alice"}}).status == 303);
    const std::string nouveau_nom = majuscules("Renomme" + tag);
    sur_les_deux(c, page, [&](const std::string& b) { return contient(b, nouveau_nom) && !contient(b, majuscules("Memoire" + tag)); },
                 "the trainee's new name");
    sur_les_deux(c, validation, [&](const std::string& b) { return contient(b, nouveau_nom); }, "the trainee's new name");

    // The tutor's account renamed (no session row is written: the staff accounts' version is).
    c.get("/emploi/intervenants/" + uid);
    BOOST_TEST_REQUIRE(c.submit("/emploi/intervenants/" + uid,
                                {{"nom", "Autre" + tag}, {"prenom", "Basile"}, {"role", "tuteur"}, {"actif", "1"}})
                           .status == 303);
    sur_les_deux(c, page, [&](const std::string& b) { return tuteur_nomme(b, "Autre" + tag) && !tuteur_nomme(b, "Tuteur" + tag); },
                 "the tutor's new name");

    // The trainee's data erased (issue 15): the name goes from both pages at once.
    c.get(fiche(st));
    BOOST_TEST_REQUIRE(c.submit(fiche(st) + "/anonymiser", {{"confirmer", "1"}}).status == 303);
    const std::string anonyme = "anonymisé n° " + str(st);
    auto anonyme_vu = [&](const std::string& b) { return contient(b, anonyme) || contient(b, "ANONYMISÉ N° " + str(st)); };
    sur_les_deux(c, page, [&](const std::string& b) { return anonyme_vu(b) && !contient(b, nouveau_nom); },
                 "the erased trainee's anonymous name");
    sur_les_deux(c, validation, [&](const std::string& b) { return anonyme_vu(b) && !contient(b, nouveau_nom); },
                 "the erased trainee's anonymous name");

    // The trainee un-enrolled.
    c.get(page);
    BOOST_TEST_REQUIRE(c.submit(page + "/stagiaires/" + str(st) + "/supprimer", {}).status == 303);
    sur_les_deux(c, page, [&](const std::string& b) { return !anonyme_vu(b); }, "the un-enrolment");
}
