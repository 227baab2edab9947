// Logging in and out: the form, the session cookie, the `suite` parameter,
// forged cookies, throttling of failed logins, and the role-based home redirect.
#define BOOST_TEST_MODULE connexion
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include "fcgi/adresse.hpp"
#include "fcgi/crypto.hpp"
#include "fcgi/parse.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <Poco/URI.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace ope::test;

namespace {

// Failed logins recorded by a test are removed when it ends, so that they do not add up
// towards the per-address limit (100 in 15 minutes, from 127.0.0.1 for most tests).
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

// An address of the documentation ranges that no other test uses: a new IPv6 /64
// each time (2001:db8:<process>:<n>::1), or, with `suffixe`, another address of
// the same /64 as `v6`.
std::string adresse_v6() {
    static int n = 0;
    char buf[64];
    std::snprintf(buf, sizeof buf, "2001:db8:%x:%x::1", static_cast<unsigned>(getpid() & 0xFFFF), ++n);
    return buf;
}
std::string meme_64(const std::string& v6, const std::string& suffixe) { return v6.substr(0, v6.size() - 1) + suffixe; }

// A login attempt as relayed by a TLS proxy in front of nginx (127.0.0.1, trusted by
// the test stack: OPE_TRUSTED_PROXIES), which names the client in X-Forwarded-For.
Page essai(Client& c, const std::string& login, const std::string& password, const std::string& adresse) {
    if (c.csrf().empty()) c.get("/connexion");
    const std::string corps = "csrf=" + c.csrf() + "&login=" + ope::url_encode(login) +
                              "&mot_de_passe=" + ope::url_encode(password);
    return c.raw("POST", "/connexion", "application/x-www-form-urlencoded", corps, {{"X-Forwarded-For", adresse}});
}

long echecs(const std::string& login, const std::string& adresse) {
    return sql_count("SELECT COUNT(*) FROM echec_connexion WHERE login = ? AND adresse = ?", {login, adresse});
}

// What both app instances logged.
std::string journaux() {
    std::string out;
    for (const char* f : {"/logs/app.log", "/logs/app2.log"}) {
        std::ifstream in(std::string(std::getenv("OPE_TEST_VAR") ? std::getenv("OPE_TEST_VAR") : ".") + f);
        std::stringstream s;
        s << in.rdbuf();
        out += s.str();
    }
    return out;
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

// Someone hammering `responsable` from one address: after 3 failures that address
// waits (1 s, then 2, 4...), the right password included, and is told for how long;
// the owner logs in from another address at the same moment, and the attacker's
// address gets through again once its delay is over: a delay, never a lock.
BOOST_AUTO_TEST_CASE(marteler_responsable_depuis_une_adresse_ne_bloque_pas_ses_autres_adresses) {
    OublierEchecs oubli{{"responsable"}};
    const std::string attaquant = adresse_v6();
    const std::string cle = ope::cle_de_limitation(attaquant);
    Client a;
    for (int i = 1; i <= 3; ++i) BOOST_TEST(essai(a, "responsable", "mauvais-" + std::to_string(i), attaquant).status == 422);
    BOOST_TEST(echecs("responsable", cle) == 3);
    Page p = essai(a, "responsable", "demo", attaquant);
    BOOST_TEST(p.status == 429);
    BOOST_TEST(p.contains("réessayez dans 1 seconde"), p.body.substr(0, 2000));
    BOOST_TEST(p.headers["retry-after"] == "1");
    BOOST_TEST(!a.cookie("ope_session").has_value());
    // Hammering on does not lengthen the delay: no password is checked while waiting.
    for (int i = 0; i < 20; ++i) BOOST_TEST(essai(a, "responsable", "encore", attaquant).status == 429);
    BOOST_TEST(echecs("responsable", cle) == 3);

    for (int i = 0; i < 2; ++i) {  // the owner, from addresses never seen before
        Client proprietaire;
        BOOST_TEST(essai(proprietaire, "responsable", "demo", adresse_v6()).status == 303);
        BOOST_TEST(proprietaire.get("/emploi/sessions").status == 200);
    }
    // The delay passed, the attacker's address may try again (and is right this time).
    std::this_thread::sleep_for(std::chrono::milliseconds(1200));
    Client ensuite;
    BOOST_TEST(essai(ensuite, "responsable", "demo", attaquant).status == 303);
    BOOST_TEST(echecs("responsable", cle) == 0);  // its failures on this login are forgotten

    // Every refusal is in the log, with the address.
    const std::string log = journaux();
    BOOST_TEST(log.find("connexion refusée : « responsable » depuis " + attaquant + " (mot de passe incorrect)") != std::string::npos);
    BOOST_TEST(log.find("connexion refusée : « responsable » depuis " + attaquant + " (trop de tentatives") != std::string::npos);
}

// IPv6 addresses are counted per /64 (one subscriber's network), IPv4 ones apart.
BOOST_AUTO_TEST_CASE(ipv6_compte_par_64_ipv4_par_adresse) {
    const std::string login = creer_compte("Motdepasse-64");
    OublierEchecs oubli{{login}};
    const std::string reseau = adresse_v6();
    Client c;
    for (const char* fin : {"1", "2", "3"}) BOOST_TEST(essai(c, login, "faux", meme_64(reseau, fin)).status == 422);
    BOOST_TEST(essai(c, login, "faux", meme_64(reseau, "ffff")).status == 429);
    BOOST_TEST(essai(c, login, "faux", adresse_v6()).status == 422);  // another /64
    // IPv4: each address apart.
    const std::string v4 = "198.51.100." + std::to_string(getpid() % 200 + 1);
    for (int i = 0; i < 3; ++i) BOOST_TEST(essai(c, login, "faux", v4).status == 422);
    BOOST_TEST(essai(c, login, "faux", v4).status == 429);
    BOOST_TEST(essai(c, login, "faux", "203.0.113." + std::to_string(getpid() % 200 + 1)).status == 422);
    // What the client writes itself, left of the proxy's entry, is not believed.
    BOOST_TEST(essai(c, login, "faux", "192.0.2.77, " + v4).status == 429);
}

// One login tried from 100 addresses (a spread attack): the next unknown address
// waits, the owner at an address they logged in from does not.
BOOST_AUTO_TEST_CASE(attaque_repartie_sur_un_login_ne_ralentit_pas_le_proprietaire_chez_lui) {
    const std::string password = "Motdepasse-rep7";
    const std::string login = creer_compte(password);
    OublierEchecs oubli{{login}};
    const std::string maison = adresse_v6();
    {
        Client c;
        BOOST_REQUIRE_EQUAL(essai(c, login, password, maison).status, 303);
    }
    Client x;
    for (int i = 0; i < 100; ++i) BOOST_TEST_REQUIRE(essai(x, login, "faux", adresse_v6()).status == 422);
    Page p = essai(x, login, password, adresse_v6());
    BOOST_TEST(p.status == 429);
    BOOST_TEST(p.contains("réessayez dans"));
    Client proprietaire;
    BOOST_TEST(essai(proprietaire, login, password, maison).status == 303);
}

// One address trying 100 logins: its next unknown login waits; another address does not.
BOOST_AUTO_TEST_CASE(une_adresse_qui_essaie_cent_logins_attend) {
    const std::string adresse = adresse_v6();
    const std::string cle = ope::cle_de_limitation(adresse);
    Client x;
    for (int i = 0; i < 100; ++i) BOOST_TEST_REQUIRE(essai(x, unique("pulve"), "faux", adresse).status == 422);
    BOOST_TEST(essai(x, unique("pulve"), "faux", adresse).status == 429);
    BOOST_TEST(essai(x, unique("pulve"), "faux", adresse_v6()).status == 422);
    sql_exec("DELETE FROM echec_connexion WHERE adresse = ?", {cle});
}
