// What an app server keeps between requests (fcgi/memoire.hpp): given back only at
// the versions it was made from, bounded; and a page kept for every user of a role
// (fcgi/render.hpp, PageCommune) shown to each with their own CSRF token, what they
// typed escaped as on any page, the menu and notice of their request.
#define BOOST_TEST_MODULE pages_communes
#include <boost/test/unit_test.hpp>

#include "fcgi/memoire.hpp"
#include "fcgi/render.hpp"
#include "fcgi/versions.hpp"

#include <memory>
#include <string>

using namespace ope;

namespace {

std::size_t occurrences(const std::string& texte, const std::string& quoi) {
    std::size_t n = 0;
    for (auto pos = texte.find(quoi); pos != std::string::npos; pos = texte.find(quoi, pos + quoi.size())) ++n;
    return n;
}

Request requete(const std::string& nom, const std::string& csrf) {
    Request req;
    req.method = "GET";
    req.path = "/emploi/sessions/ajouter";
    User u;
    u.id = 1;
    u.login = nom;
    u.prenom = nom;
    u.nom = "TEST";
    u.role = Role::responsable;
    u.csrf = csrf;
    req.user = u;
    return req;
}

struct Gabarits {
    Gabarits() { init_templates(OPE_DEFAULT_SHARE_DIR); }
};

}  // namespace

BOOST_AUTO_TEST_CASE(a_value_is_given_back_at_its_versions_only) {
    Memoire<std::string> m(1000);
    BOOST_TEST(!m.trouver("12 responsable", {3, 1, 0}));
    m.garder("12 responsable", {3, 1, 0}, std::make_shared<const std::string>("page v3"), 100);
    BOOST_TEST_REQUIRE(m.trouver("12 responsable", {3, 1, 0}) != nullptr);
    BOOST_TEST(*m.trouver("12 responsable", {3, 1, 0}) == "page v3");
    // A newer version of any of the three: not given back.
    BOOST_TEST(!m.trouver("12 responsable", {4, 1, 0}));
    BOOST_TEST(!m.trouver("12 responsable", {3, 2, 0}));
    BOOST_TEST(!m.trouver("12 responsable", {3, 1, 1}));
    BOOST_TEST(!m.trouver("12 tuteur", {3, 1, 0}));
    // The newer one takes its place.
    m.garder("12 responsable", {4, 1, 0}, std::make_shared<const std::string>("page v4"), 100);
    BOOST_TEST(m.taille() == 1u);
    BOOST_TEST(!m.trouver("12 responsable", {3, 1, 0}));
    BOOST_TEST(*m.trouver("12 responsable", {4, 1, 0}) == "page v4");
}

// The versions as the login's statement reads them for a route (fcgi/versions.hpp):
// CONCAT_WS(' ', ...) of up to three numbers.
BOOST_AUTO_TEST_CASE(versions_read_as_text) {
    BOOST_TEST((parse_versions("12 3 7") == Versions{12, 3, 7}));
    BOOST_TEST((parse_versions("9007199254740993 0 1") == Versions{9007199254740993L, 0, 1}));
    BOOST_TEST((parse_versions("5 6") == Versions{5, 6, 0}));
    BOOST_TEST((parse_versions("") == Versions{0, 0, 0}));
}

BOOST_AUTO_TEST_CASE(bounded_by_size) {
    Memoire<std::string> m(1000);
    for (int i = 0; i < 9; ++i) m.garder(std::to_string(i), {1, 0, 0}, std::make_shared<const std::string>("x"), 100);
    BOOST_TEST(m.taille() == 9u);
    // 900 + 200 > 1000: it starts again with the new one alone.
    m.garder("grand", {1, 0, 0}, std::make_shared<const std::string>("y"), 200);
    BOOST_TEST(m.taille() == 1u);
    BOOST_TEST(m.trouver("grand", {1, 0, 0}) != nullptr);
    BOOST_TEST(!m.trouver("0", {1, 0, 0}));
    // Replacing an entry frees its size first.
    for (int i = 0; i < 20; ++i) m.garder("grand", {1, 0, i}, std::make_shared<const std::string>("y"), 200);
    BOOST_TEST(m.taille() == 1u);
    // Larger than the whole memory: not kept.
    m.garder("enorme", {1, 0, 0}, std::make_shared<const std::string>("z"), 5000);
    BOOST_TEST(!m.trouver("enorme", {1, 0, 0}));
}

BOOST_FIXTURE_TEST_CASE(a_page_kept_for_a_role_carries_each_users_own_token, Gabarits) {
    Dict dict("sessions_ajouter");
    // A value that looks like markup: escaped once, when the page is made.
    dict.SetValue("VALEUR_INTITULE", "<b>Été & \"co\"</b>");
    const PageCommune commune = page_commune("sessions_ajouter", dict, "Ajouter une session");
    BOOST_TEST(commune.contenu.find("&lt;b&gt;") != std::string::npos);
    BOOST_TEST(commune.contenu.find("<b>") == std::string::npos);

    const std::string jeton_a(64, 'a'), jeton_b(64, 'b');
    const std::string champ = "name=\"csrf\" value=\"";
    const auto pos = commune.contenu.find(champ);
    BOOST_TEST_REQUIRE(pos != std::string::npos);
    const std::string stand_in = commune.contenu.substr(pos + champ.size(), 64);
    BOOST_TEST(stand_in.find('"') == std::string::npos);
    BOOST_TEST(stand_in != jeton_a);

    Request a = requete("Alice", jeton_a);
    a.avis = "Session enregistrée.";
    Response pa = page(a, commune);
    Response pb = page(requete("Bruno", jeton_b), commune);
    BOOST_TEST(pa.status == 200);
    // Every form of each page, the layout's logout included, has its user's token only.
    const std::size_t formulaires = occurrences(commune.contenu, stand_in);
    BOOST_TEST(formulaires >= 1u);
    BOOST_TEST(occurrences(pa.body, champ) == formulaires + 1);
    BOOST_TEST(occurrences(pa.body, champ + jeton_a) == formulaires + 1);
    BOOST_TEST(occurrences(pb.body, champ + jeton_b) == formulaires + 1);
    BOOST_TEST(pa.body.find(stand_in) == std::string::npos);
    BOOST_TEST(pb.body.find(jeton_a) == std::string::npos);
    // The user's menu and notice, and the same content.
    BOOST_TEST(pa.body.find("Alice TEST") != std::string::npos);
    BOOST_TEST(pa.body.find("Session enregistrée.") != std::string::npos);
    BOOST_TEST(pb.body.find("Alice") == std::string::npos);
    BOOST_TEST(pb.body.find("Session enregistrée.") == std::string::npos);
    BOOST_TEST(pb.body.find("&lt;b&gt;") != std::string::npos);
    BOOST_TEST(pb.body.find("<title>Ajouter une session") != std::string::npos);
    // The same as the page made for the request alone.
    Dict seul("sessions_ajouter");
    seul.SetValue("VALEUR_INTITULE", "<b>Été & \"co\"</b>");
    BOOST_TEST(page(requete("Bruno", jeton_b), "sessions_ajouter", seul, "Ajouter une session").body == pb.body);
    BOOST_TEST(page(requete("Bruno", jeton_b), commune, 422).status == 422);
}
