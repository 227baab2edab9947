// Logging in and out: the form, the session cookie, the `suite` parameter,
// forged cookies, throttling of failed logins, and the role-based home redirect.
#define BOOST_TEST_MODULE connexion
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include "fcgi/crypto.hpp"
#include "fcgi/parse.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <cstdlib>
#include <string>
#include <vector>

using namespace ope::test;

namespace {

// Failed logins recorded by a test are removed when it ends, so that runs do not add up
// towards the per-address limit (30 in 15 minutes) and lock everybody out.
struct OublierEchecs {
    std::vector<std::string> logins;
    ~OublierEchecs() {
        for (const auto& l : logins) {
            try {
                sql_exec("DELETE FROM echec_connexion WHERE login = ?", {l});
            } catch (...) {
            }
        }
    }
};

// A staff account of the test's own (throttling and wrong passwords must never touch demo accounts).
std::string creer_compte(const std::string& password) {
    Client resp = logged("responsable");
    std::string login = unique("cnx");
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/intervenants").status, 200);
    Page p = resp.submit("/emploi/intervenants", {{"login", login},
                                                  {"nom", "Essai"},
                                                  {"prenom", "Connexion"},
                                                  {"email", login + "@exemple.fr"},
                                                  {"role", "tuteur"},
                                                  {"mot_de_passe", password}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    return login;
}

// The client of the harness does not keep Set-Cookie headers: this one does.
struct Brut {
    int status = 0;
    std::string location, body;
    std::vector<std::string> set_cookies;
};

Brut envoyer_brut(const std::string& method, const std::string& path, const std::string& cookie,
                  const std::string& content_type, const std::string& body) {
    Poco::URI uri(std::getenv("OPE_TEST_URL"));
    Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!cookie.empty()) request.set("Cookie", cookie);
    if (!content_type.empty()) request.setContentType(content_type);
    if (method == "POST") request.setContentLength(static_cast<std::streamsize>(body.size()));
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    Brut b;
    b.status = static_cast<int>(response.getStatus());
    Poco::StreamCopier::copyToString(in, b.body);
    for (const auto& [name, value] : response) {
        if (Poco::icompare(name, std::string("Set-Cookie")) == 0) b.set_cookies.push_back(value);
        if (Poco::icompare(name, std::string("Location")) == 0) b.location = value;
    }
    return b;
}

std::string cookie_value(const std::string& set_cookie) {
    auto eq = set_cookie.find('=');
    auto semi = set_cookie.find(';');
    return set_cookie.substr(eq + 1, semi == std::string::npos ? std::string::npos : semi - eq - 1);
}

Page connexion(Client& c, const std::string& login, const std::string& password, const std::string& suite = "") {
    c.get("/connexion");
    Fields f{{"login", login}, {"mot_de_passe", password}};
    if (!suite.empty()) f.emplace_back("suite", suite);
    return c.submit("/connexion", f);
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(formulaire_de_connexion_avec_csrf) {
    Client c;
    Page p = c.get("/connexion");
    BOOST_TEST(p.status == 200);
    BOOST_TEST(p.contains("<form method=\"post\" action=\"/connexion\">"));
    BOOST_TEST(p.contains("name=\"login\""));
    BOOST_TEST(p.contains("name=\"mot_de_passe\""));
    BOOST_TEST(p.contains("type=\"password\""));
    BOOST_TEST(c.csrf().size() == 64u);
    BOOST_TEST(c.cookie("ope_csrf").has_value());
    BOOST_TEST(!c.cookie("ope_session").has_value());
    BOOST_TEST(p.headers["content-type"].find("text/html") == 0);
}

BOOST_AUTO_TEST_CASE(bonne_connexion_cookie_httponly_samesite) {
    Client c;
    BOOST_REQUIRE_EQUAL(c.get("/connexion").status, 200);
    const std::string anon = *c.cookie("ope_csrf");
    Brut b = envoyer_brut("POST", "/connexion", "ope_csrf=" + anon, "application/x-www-form-urlencoded",
                          "login=responsable&mot_de_passe=demo&csrf=" + c.csrf());
    BOOST_TEST(b.status == 303);
    BOOST_TEST(b.location == "/emploi/sessions");
    std::string session_cookie;
    for (const auto& sc : b.set_cookies)
        if (sc.rfind("ope_session=", 0) == 0) session_cookie = sc;
    BOOST_REQUIRE_MESSAGE(!session_cookie.empty(), "no Set-Cookie ope_session");
    BOOST_TEST(session_cookie.find("HttpOnly") != std::string::npos);
    BOOST_TEST(session_cookie.find("SameSite=Lax") != std::string::npos);
    BOOST_TEST(session_cookie.find("Path=/") != std::string::npos);
    BOOST_TEST(session_cookie.find("Max-Age=0") == std::string::npos);
    const std::string token = cookie_value(session_cookie);
    BOOST_TEST(token.size() == 64u);

    // Only a hash of the token is in the database.
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM connexion WHERE jeton_hash = ?", {token}) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM connexion WHERE jeton_hash = ?", {ope::token_hash(token)}) == 1);

    // The cookie opens the staff pages.
    Client avec;
    avec.set_cookie("ope_session", token);
    Page p = avec.get("/emploi/sessions");
    BOOST_TEST(p.status == 200);
    BOOST_TEST(p.contains("Gestion des sessions"));
    BOOST_TEST(p.contains("Se déconnecter"));
}

BOOST_AUTO_TEST_CASE(mauvais_mot_de_passe_422_sans_session) {
    const std::string login = creer_compte("Motdepasse-42");
    OublierEchecs oubli{{login}};
    Client c;
    Page p = connexion(c, login, "pas-le-bon-1");
    BOOST_TEST(p.status == 422);
    BOOST_TEST(p.contains("Identifiant ou mot de passe incorrect"));
    BOOST_TEST(p.contains("value=\"" + login + "\""));  // the login is kept
    BOOST_TEST(!p.contains("pas-le-bon-1"));            // the password is not echoed
    BOOST_TEST(!c.cookie("ope_session").has_value());
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM echec_connexion WHERE login = ?", {login}) == 1);
    Page s = c.get("/emploi/sessions");
    BOOST_TEST(s.status == 302);
    BOOST_TEST(s.location().rfind("/connexion?suite=", 0) == 0);

    // An unknown login gets the very same answer.
    const std::string inconnu = unique("inconnu");
    oubli.logins.push_back(inconnu);
    Page u = connexion(c, inconnu, "pas-le-bon-1");
    BOOST_TEST(u.status == 422);
    BOOST_TEST(u.contains("Identifiant ou mot de passe incorrect"));
    BOOST_TEST(!c.cookie("ope_session").has_value());

    // Empty fields: refused, no 500.
    Page vide = connexion(c, "", "");
    BOOST_TEST(vide.status == 422);
    BOOST_TEST(vide.contains("Identifiant ou mot de passe incorrect"));
}

BOOST_AUTO_TEST_CASE(connexion_sans_csrf_403) {
    Client c;
    c.get("/connexion");
    Page p = c.post("/connexion", {{"login", "responsable"}, {"mot_de_passe", "demo"}});
    BOOST_TEST(p.status == 403);
    BOOST_TEST(!c.cookie("ope_session").has_value());

    Page faux = c.post("/connexion", {{"login", "responsable"}, {"mot_de_passe", "demo"}, {"csrf", std::string(64, 'a')}});
    BOOST_TEST(faux.status == 403);
    BOOST_TEST(!c.cookie("ope_session").has_value());

    // The token of the form without its cookie (double submit): refused too.
    const std::string token = c.csrf();
    Client autre;
    Page sans_cookie = autre.post("/connexion", {{"login", "responsable"}, {"mot_de_passe", "demo"}, {"csrf", token}});
    BOOST_TEST(sans_cookie.status == 403);
    BOOST_TEST(!autre.cookie("ope_session").has_value());
}

BOOST_AUTO_TEST_CASE(suite_ramene_a_la_page_demandee) {
    Client anonyme;
    Page redir = anonyme.get("/emploi/sessions/1");
    BOOST_TEST(redir.status == 302);
    BOOST_TEST(redir.location() == "/connexion?suite=/emploi/sessions/1");

    Client c;
    Page form = c.get("/connexion?suite=%2Femploi%2Fsessions%2F1");
    BOOST_TEST(form.status == 200);
    BOOST_TEST(form.contains("name=\"suite\" value=\"/emploi/sessions/1\""));
    Page p = c.submit("/connexion", {{"login", "responsable"}, {"mot_de_passe", "demo"}, {"suite", "/emploi/sessions/1"}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == "/emploi/sessions/1");
    BOOST_TEST(c.get(p.location()).status == 200);

    // With a query string, it comes back whole.
    Client q;
    Page avec_query = connexion(q, "responsable", "demo", "/emploi/sessions?annee=2031");
    BOOST_TEST(avec_query.status == 303);
    BOOST_TEST(avec_query.location() == "/emploi/sessions?annee=2031");
}

BOOST_AUTO_TEST_CASE(suite_vers_un_autre_site_ignoree) {
    for (const std::string suite : {"//evil.example", "//evil.example/emploi", "http://evil", "https://evil.example/x",
                                    "/\\evil.example", "javascript:alert(1)", "/emploi/sessions\r\nSet-Cookie: x=1"}) {
        BOOST_TEST_CONTEXT("suite=" << suite) {
            Client form;
            Page f = form.get("/connexion?suite=" + ope::url_encode(suite));
            BOOST_TEST(f.status == 200);
            BOOST_TEST(!f.contains("evil.example"));
            Client c;
            Page p = connexion(c, "responsable", "demo", suite);
            BOOST_TEST(p.status == 303);
            BOOST_TEST(p.location() == "/emploi/sessions");
            BOOST_TEST(!c.cookie("x").has_value());
        }
    }
}

BOOST_AUTO_TEST_CASE(stagiaire_ne_suit_pas_vers_les_pages_du_personnel) {
    Client c;
    Page p = connexion(c, "elodie.dupont", "Bienvenue-7Kq2", "/emploi/sessions");
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == "/espace");
    BOOST_TEST(c.cookie("ope_session").has_value());
    BOOST_TEST(c.get("/emploi/sessions").status == 403);
}

BOOST_AUTO_TEST_CASE(deconnexion_invalide_le_cookie) {
    Client c = logged("responsable");
    const std::string token = *c.cookie("ope_session");
    BOOST_REQUIRE_EQUAL(c.get("/emploi/sessions").status, 200);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM connexion WHERE jeton_hash = ?", {ope::token_hash(token)}) == 1);

    // Without its CSRF token, logging out is refused and the session stays.
    Page sans = c.post("/deconnexion", {});
    BOOST_TEST(sans.status == 403);
    BOOST_TEST(c.get("/emploi/sessions").status == 200);

    Page p = c.submit("/deconnexion", {});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == "/connexion");
    BOOST_TEST(!c.cookie("ope_session").has_value());  // Max-Age=0 erased it
    Page apres = c.get("/emploi/sessions");
    BOOST_TEST(apres.status == 302);
    BOOST_TEST(apres.location() == "/connexion?suite=/emploi/sessions");
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM connexion WHERE jeton_hash = ?", {ope::token_hash(token)}) == 0);

    // The old cookie, replayed, is worth nothing.
    Client rejoue;
    rejoue.set_cookie("ope_session", token);
    Page r = rejoue.get("/emploi/sessions");
    BOOST_TEST(r.status == 302);
    BOOST_TEST(r.location().rfind("/connexion?suite=", 0) == 0);
    Page racine = rejoue.get("/");
    BOOST_TEST(racine.status == 302);
    BOOST_TEST(racine.location() == "/connexion");

    // Logging out when not logged in: back to the login page, no 500.
    Client anonyme;
    anonyme.get("/connexion");
    Page a = anonyme.submit("/deconnexion", {});
    BOOST_TEST(a.status == 302);
    BOOST_TEST(a.location().rfind("/connexion", 0) == 0);
}

BOOST_AUTO_TEST_CASE(cookie_forge_anonyme) {
    for (const std::string& forge : {std::string(64, '0'), ope::random_token(), std::string("abc"),
                                    std::string(64, 'Z'), std::string("' OR '1'='1"), std::string(500, 'f')}) {
        BOOST_TEST_CONTEXT("ope_session=" << forge) {
            Client c;
            c.set_cookie("ope_session", forge);
            Page p = c.get("/emploi/sessions");
            BOOST_TEST(p.status == 302);
            BOOST_TEST(p.location() == "/connexion?suite=/emploi/sessions");
            Page r = c.get("/");
            BOOST_TEST(r.status == 302);
            BOOST_TEST(r.location() == "/connexion");
            Page f = c.get("/connexion");
            BOOST_TEST(f.status == 200);
            BOOST_TEST(!f.contains("Se déconnecter"));
        }
    }
}

BOOST_AUTO_TEST_CASE(six_echecs_sur_un_login_inconnu_429) {
    const std::string login = unique("inconnu");
    OublierEchecs oubli{{login}};
    Client c;
    for (int i = 1; i <= 5; ++i) {
        Page p = connexion(c, login, "mauvais-" + std::to_string(i));
        BOOST_TEST(p.status == 422, "attempt " << i << " gave " << p.status);
    }
    Page p = connexion(c, login, "mauvais-6");
    BOOST_TEST(p.status == 429);
    BOOST_TEST(p.contains("Trop de tentatives"));
    BOOST_TEST(!c.cookie("ope_session").has_value());
}

BOOST_AUTO_TEST_CASE(six_echecs_sur_un_compte_bloquent_meme_le_bon_mot_de_passe) {
    const std::string password = "Bonmotdepasse-7";
    const std::string login = creer_compte(password);
    OublierEchecs oubli{{login}};
    {
        Client ok;  // the account works
        BOOST_REQUIRE_EQUAL(connexion(ok, login, password).status, 303);
    }
    Client c;
    for (int i = 1; i <= 5; ++i) {
        Page p = connexion(c, login, "mauvais-" + std::to_string(i));
        BOOST_TEST(p.status == 422, "attempt " << i << " gave " << p.status);
    }
    Page bloque = connexion(c, login, "mauvais-6");
    BOOST_TEST(bloque.status == 429);
    BOOST_TEST(bloque.contains("Trop de tentatives"));
    Page meme_bon = connexion(c, login, password);
    BOOST_TEST(meme_bon.status == 429);
    BOOST_TEST(meme_bon.contains("Trop de tentatives"));
    BOOST_TEST(!c.cookie("ope_session").has_value());

    // Other accounts are not affected.
    Client autre;
    BOOST_TEST(connexion(autre, "tuteur2", "demo").status == 303);

    // Once the failures are forgotten (a quarter of an hour later), the account works again.
    sql_exec("DELETE FROM echec_connexion WHERE login = ?", {login});
    Client apres;
    BOOST_TEST(connexion(apres, login, password).status == 303);
}

BOOST_AUTO_TEST_CASE(racine_redirige_selon_le_role) {
    Client anonyme;
    Page a = anonyme.get("/");
    BOOST_TEST(a.status == 302);
    BOOST_TEST(a.location() == "/connexion");

    for (const std::string login : {"responsable", "tuteur", "formateur"}) {
        BOOST_TEST_CONTEXT(login) {
            Client c = logged(login);
            Page p = c.get("/");
            BOOST_TEST(p.status == 302);
            BOOST_TEST(p.location() == "/emploi/sessions");
            // The login form, once logged in, sends to the home of the role.
            Page f = c.get("/connexion");
            BOOST_TEST(f.status == 302);
            BOOST_TEST(f.location() == "/emploi/sessions");
        }
    }
    Client stagiaire = logged("elodie.dupont", "Bienvenue-7Kq2");
    Page s = stagiaire.get("/");
    BOOST_TEST(s.status == 302);
    BOOST_TEST(s.location() == "/espace");
}

BOOST_AUTO_TEST_CASE(login_invalide_jamais_500) {
    const std::string enorme(5000, 'a');
    OublierEchecs oubli{{std::string("\xC3\x28"), enorme.substr(0, 64)}};
    Client c;
    for (const std::string& login : {std::string("\xC3\x28"), enorme, std::string("a\0b", 3), std::string("'; --")}) {
        Page p = connexion(c, login, "x");
        BOOST_TEST(p.status != 500);
        BOOST_TEST(p.status == 422);
        BOOST_TEST(!c.cookie("ope_session").has_value());
    }
    oubli.logins.push_back(std::string("a\0b", 3));
    oubli.logins.push_back("'; --");
    // A 2 000-character password: refused, no 500.
    Page p = connexion(c, "responsable-" + unique("x"), std::string(2000, 'p'));
    BOOST_TEST(p.status == 422);
}
