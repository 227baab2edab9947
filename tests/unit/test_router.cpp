#define BOOST_TEST_MODULE router
#include <boost/test/unit_test.hpp>

#include "app/routes.hpp"
#include "fcgi/router.hpp"

#include <set>

using namespace ope;

namespace {

Response ok(Request&, Db&) { return Response::text("ok"); }

Router sample() {
    return Router({
        {"GET", "/emploi/sessions", Roles::staff(), ok},
        {"GET", "/emploi/sessions/ajouter", {Role::responsable}, ok},
        {"POST", "/emploi/sessions/ajouter", {Role::responsable}, ok},
        {"GET", "/emploi/sessions/{id}", Roles::staff(), ok},
        {"POST", "/emploi/sessions/{id}/intervenants/{uid}/{role:mot}/supprimer", {Role::responsable}, ok},
        {"GET", "/", Roles::anyone(), ok},
    });
}

}  // namespace

BOOST_AUTO_TEST_CASE(literal_routes_win_over_parameters_by_order) {
    auto r = sample();
    auto m = r.match("GET", "/emploi/sessions/ajouter");
    BOOST_TEST((m.outcome == Router::Outcome::found));
    BOOST_TEST(m.route->pattern == "/emploi/sessions/ajouter");
    BOOST_TEST(m.params.empty());
}

BOOST_AUTO_TEST_CASE(integer_and_word_parameters) {
    auto r = sample();
    auto m = r.match("GET", "/emploi/sessions/42");
    BOOST_TEST((m.outcome == Router::Outcome::found));
    BOOST_TEST(m.params.at("id") == "42");
    m = r.match("POST", "/emploi/sessions/3/intervenants/7/tuteur/supprimer");
    BOOST_TEST((m.outcome == Router::Outcome::found));
    BOOST_TEST(m.params.at("uid") == "7");
    BOOST_TEST(m.params.at("role") == "tuteur");
}

BOOST_AUTO_TEST_CASE(bad_ids_do_not_match) {
    auto r = sample();
    for (const char* path : {"/emploi/sessions/abc", "/emploi/sessions/0", "/emploi/sessions/-1",
                             "/emploi/sessions/012", "/emploi/sessions/1234567890123456789",
                             "/emploi/sessions/1/", "/emploi/sessions//1", "/emploi/sessions/1.5",
                             "/emploi/sessions/3/intervenants/7/TUTEUR/supprimer",
                             "/emploi/sessions/3/intervenants/7/../supprimer"})
        BOOST_TEST((r.match("GET", path).outcome != Router::Outcome::found), path);
}

BOOST_AUTO_TEST_CASE(not_found_and_method_not_allowed) {
    auto r = sample();
    BOOST_TEST((r.match("GET", "/nulle/part").outcome == Router::Outcome::not_found));
    BOOST_TEST((r.match("DELETE", "/emploi/sessions").outcome == Router::Outcome::method_not_allowed));
    BOOST_TEST((r.match("GET", "/emploi/sessions/3/intervenants/7/tuteur/supprimer").outcome ==
                Router::Outcome::method_not_allowed));
    BOOST_TEST((r.match("GET", "").outcome == Router::Outcome::not_found));
    BOOST_TEST(r.match("PUT", "/emploi/sessions/ajouter").allow == "GET, POST");
}

BOOST_AUTO_TEST_CASE(head_is_answered_like_get) {
    auto r = sample();
    BOOST_TEST((r.match("HEAD", "/emploi/sessions").outcome == Router::Outcome::found));
}

BOOST_AUTO_TEST_CASE(roles) {
    Roles staff = Roles::staff();
    BOOST_TEST(!staff.allows(Role::stagiaire));
    BOOST_TEST(staff.allows(Role::formateur));
    BOOST_TEST(!staff.is_public());
    BOOST_TEST(Roles::anyone().is_public());
    Roles resp{Role::responsable};
    BOOST_TEST(resp.allows(Role::responsable));
    BOOST_TEST(!resp.allows(Role::tuteur));
}

BOOST_AUTO_TEST_CASE(site_table_has_no_duplicate_and_compiles) {
    const Router& site = ope::site().router;
    std::set<std::string> seen;
    for (const auto& route : site.routes()) {
        BOOST_TEST(seen.insert(route.method + " " + route.pattern).second, route.pattern);
        BOOST_TEST((route.method == "GET" || route.method == "POST"));
        // Every state change is a POST, and everything but a few pages needs a login.
        if (route.roles.is_public())
            BOOST_TEST((route.pattern == "/" || route.pattern == "/sante" || route.pattern == "/connexion"),
                       route.pattern);
    }
    BOOST_TEST((site.match("GET", "/emploi/sessions/ajouter").route->method == "GET"));
    BOOST_TEST(site.match("GET", "/emploi/sessions/ajouter").route->pattern == "/emploi/sessions/ajouter");
}
