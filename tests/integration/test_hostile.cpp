// Hostile or broken requests: CSRF, malformed bodies and encodings, odd paths and
// methods, oversized headers. Never a 500, and nothing written.
#define BOOST_TEST_MODULE hostile
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include "fcgi/parse.hpp"

#include <cctype>
#include <optional>
#include <string>
#include <vector>

using namespace ope::test;

namespace {

std::string chemin(long session) { return "/emploi/sessions/" + std::to_string(session); }

// A session of the test, in May 2031.
long nouvelle_session(Client& resp) { return creer_session(resp, "2031-05", unique("Hostile ")); }

// A workshop of cycle 1 on 6 May 2031.
long atelier(Client& resp, long session, const std::string& intitule) {
    return ajouter_atelier(resp, session, "2031-05-06", intitule, "1");
}

long sessions_nommees(const std::string& intitule) {
    return sql_count("SELECT COUNT(*) FROM session_formation WHERE intitule = ?", {intitule});
}

// Everything a session holds, to check that nothing changed.
std::string etat(long s) {
    const std::string id = std::to_string(s);
    return sql_value("SELECT CONCAT(mois, ':', intitule) FROM session_formation WHERE id = ?", {id}) + "|" +
           sql_value("SELECT GROUP_CONCAT(CONCAT(id, ':', date_atelier, ':', cycle, ':', intitule) ORDER BY id) FROM atelier WHERE session_id = ?", {id}) +
           "|" + sql_value("SELECT GROUP_CONCAT(CONCAT(utilisateur_id, ':', role) ORDER BY utilisateur_id, role) FROM session_intervenant WHERE session_id = ?", {id});
}

std::string urlencoded(const Fields& fields) {
    std::string body;
    for (const auto& [k, v] : fields) body += (body.empty() ? "" : "&") + ope::url_encode(k) + "=" + ope::url_encode(v);
    return body;
}

const std::string kForm = "application/x-www-form-urlencoded";

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(sans_csrf_ou_mauvais_csrf_403_rien_de_change) {
    Client c = logged("responsable");
    long s = nouvelle_session(c);
    long a = atelier(c, s, unique("Cible "));
    const std::string tuteur = sql_value("SELECT id FROM utilisateur WHERE login = 'tuteur'");
    c.get(chemin(s));
    BOOST_REQUIRE_EQUAL(c.submit(chemin(s) + "/intervenants", {{"utilisateur_id", tuteur}, {"role", "tuteur"}}).status, 303);
    c.get(chemin(s));
    const std::string bon = c.csrf();
    BOOST_REQUIRE_EQUAL(bon.size(), 64u);
    const std::string avant = etat(s);
    const std::string intitule = unique("Sans csrf ");
    const std::string login = unique("sanscsrf");
    const std::string A = std::to_string(a);

    struct Action {
        std::string chemin;
        Fields champs;
    };
    const std::vector<Action> actions = {
        {"/emploi/sessions/ajouter", {{"mois", "2031-05"}, {"intitule", intitule}}},
        {chemin(s) + "/intervenants", {{"utilisateur_id", sql_value("SELECT id FROM utilisateur WHERE login = 'tuteur2'")}, {"role", "tuteur"}}},
        {chemin(s) + "/intervenants/" + tuteur + "/tuteur/supprimer", {}},
        {chemin(s) + "/ateliers", {{"date", "2031-05-07"}, {"intitule", intitule}, {"cycle", "2"}}},
        {chemin(s) + "/ateliers/" + A, {{"date", "2031-05-08"}, {"intitule", intitule}, {"cycle", "2"}}},
        {chemin(s) + "/ateliers/" + A + "/supprimer", {}},
        {"/emploi/intervenants", {{"login", login}, {"nom", "Pirate"}, {"prenom", "Jean"}, {"role", "responsable"}, {"mot_de_passe", "Solide-motdepasse-1"}}},
    };
    // The token of an anonymous visitor's login form.
    Client visiteur;
    visiteur.get("/connexion");
    const std::string jeton_anonyme = visiteur.csrf();
    BOOST_REQUIRE_EQUAL(jeton_anonyme.size(), 64u);
    std::string bon_majuscules = bon;
    for (auto& ch : bon_majuscules) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    const std::vector<std::pair<std::string, std::optional<std::string>>> jetons = {
        {"absent", std::nullopt},
        {"vide", std::string()},
        {"zéros", std::string(64, '0')},
        {"tronqué", bon.substr(0, 63)},
        {"allongé", bon + "0"},
        {"majuscules", bon_majuscules},
        {"anonyme", jeton_anonyme},
    };
    for (const auto& action : actions) {
        for (const auto& [nom, jeton] : jetons) {
            BOOST_TEST_CONTEXT(action.chemin << " csrf " << nom) {
                Fields f = action.champs;
                if (jeton) f.emplace_back("csrf", *jeton);
                Page p = c.post(action.chemin, f);
                BOOST_TEST(p.status == 403);
                BOOST_TEST((p.contains("Le formulaire a expiré") || p.contains("Accès refusé")));
            }
        }
    }
    BOOST_TEST(etat(s) == avant);
    BOOST_TEST(sessions_nommees(intitule) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM utilisateur WHERE login = ?", {login}) == 0);
    // The token in the query string instead of the body: refused too.
    Page q = c.post("/emploi/sessions/ajouter?csrf=" + bon, {{"mois", "2031-05"}, {"intitule", intitule}});
    BOOST_TEST(q.status == 403);
    BOOST_TEST(sessions_nommees(intitule) == 0);
    // And still logged in: the good token works.
    c.get("/emploi/sessions/ajouter");
    BOOST_TEST(c.submit("/emploi/sessions/ajouter", {{"mois", "2031-05"}, {"intitule", intitule}}).status == 303);
    BOOST_TEST(sessions_nommees(intitule) == 1);
}

BOOST_AUTO_TEST_CASE(csrf_d_une_autre_session_403) {
    Client a = logged("responsable");
    Client b = logged("responsable");
    Client t = logged("tuteur");
    a.get("/emploi/sessions/ajouter");
    b.get("/emploi/sessions/ajouter");
    t.get("/emploi/sessions");
    BOOST_REQUIRE(a.csrf() != b.csrf());
    const std::string intitule = unique("Csrf autre ");
    for (const std::string& autre : {b.csrf(), t.csrf()}) {
        Page p = a.post("/emploi/sessions/ajouter", {{"mois", "2031-05"}, {"intitule", intitule}, {"csrf", autre}});
        BOOST_TEST(p.status == 403);
    }
    BOOST_TEST(sessions_nommees(intitule) == 0);
    // Each its own: fine.
    BOOST_TEST(b.submit("/emploi/sessions/ajouter", {{"mois", "2031-05"}, {"intitule", intitule}}).status == 303);
    BOOST_TEST(sessions_nommees(intitule) == 1);
}

BOOST_AUTO_TEST_CASE(encodages_invalides_422_pas_500) {
    Client c = logged("responsable");
    c.get("/emploi/sessions/ajouter");
    const std::string jeton = c.csrf();
    const std::string marque = unique("Enc");

    // Bad percent-encoding in the month.
    Page p = c.raw("POST", "/emploi/sessions/ajouter", kForm, "csrf=" + jeton + "&mois=%ZZ%&intitule=" + marque);
    BOOST_TEST(p.status == 422);
    BOOST_TEST(p.contains("Mois invalide"));
    BOOST_TEST(sessions_nommees(marque) == 0);

    // Invalid UTF-8 in the intitulé: raw bytes, percent-encoded bytes, overlong, surrogate, truncated.
    for (const std::string& mauvais : {std::string("\xC3\x28"), std::string("\xC0\xAF"), std::string("\xED\xA0\x80"),
                                       std::string("\xF4\x90\x80\x80"), std::string("\xE2\x82"), std::string("\xFF")}) {
        BOOST_TEST_CONTEXT("intitule bytes of size " << mauvais.size()) {
            const std::string intitule = marque + mauvais;
            Page e = c.submit("/emploi/sessions/ajouter", {{"mois", "2031-05"}, {"intitule", intitule}});
            BOOST_TEST(e.status == 422);
            BOOST_TEST(e.status != 500);
            Page brut = c.raw("POST", "/emploi/sessions/ajouter", kForm,
                              "csrf=" + jeton + "&mois=2031-05&intitule=" + marque + mauvais);
            BOOST_TEST(brut.status == 422);
            BOOST_TEST(sql_count("SELECT COUNT(*) FROM session_formation WHERE intitule LIKE CONCAT(?, '%')", {marque}) == 0);
        }
    }

    // The same in a workshop.
    long s = nouvelle_session(c);
    c.get(chemin(s));
    Page w = c.submit(chemin(s) + "/ateliers", {{"date", "2031-05-06"}, {"intitule", "Atelier \xC3\x28"}, {"cycle", "1"}});
    BOOST_TEST(w.status == 422);
    Page d = c.raw("POST", chemin(s) + "/ateliers", kForm, "csrf=" + c.csrf() + "&date=%ZZ%&intitule=ok&cycle=1");
    BOOST_TEST(d.status == 422);
    Page cy = c.raw("POST", chemin(s) + "/ateliers", kForm, "csrf=" + c.csrf() + "&date=2031-05-06&intitule=ok&cycle=%");
    BOOST_TEST(cy.status == 422);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE session_id = ?", {std::to_string(s)}) == 0);

    // And in the staff account form.
    const std::string login = unique("enc");
    c.get("/emploi/intervenants");
    Page compte = c.submit("/emploi/intervenants", {{"login", login}, {"nom", "Nom\xC3\x28"}, {"prenom", "\xFF"}, {"email", "a\xC3\x28@b.fr"},
                                                    {"role", "tuteur"}, {"mot_de_passe", "Solide-motdepasse-1"}});
    BOOST_TEST(compte.status == 422);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM utilisateur WHERE login = ?", {login}) == 0);
}

BOOST_AUTO_TEST_CASE(corps_bizarres_jamais_500) {
    Client c = logged("responsable");
    c.get("/emploi/sessions/ajouter");
    const std::string jeton = c.csrf();
    const std::string marque = unique("Bizarre");
    for (const std::string& corps : {std::string("%"), std::string("&&&&"), std::string("="), std::string("mois"),
                                     std::string("csrf=" + jeton + "&mois"), std::string("csrf=" + jeton + "&=&=="),
                                     std::string("csrf=" + jeton + "&mois=garbage&mois=2031-13&intitule=" + marque),
                                     std::string("csrf=" + jeton + "&mois=%00&intitule=" + marque),
                                     std::string("csrf=" + jeton + "&mois=2031-05%0D%0A&intitule=%0D%0ASet-Cookie:%20x=1"),
                                     std::string("csrf=" + jeton + "&m%ZZois=2031-05"), std::string("\xC3\x28=\xC3\x28")}) {
        BOOST_TEST_CONTEXT("body " << corps.substr(0, 60)) {
            Page p = c.raw("POST", "/emploi/sessions/ajouter", kForm, corps);
            BOOST_TEST(p.status != 500);
            BOOST_TEST(p.status < 500);
            BOOST_TEST(!c.cookie("x").has_value());
        }
    }
    // 10 000 fields.
    std::string beaucoup = "csrf=" + jeton + "&mois=garbage";
    for (int i = 0; i < 10000; ++i) beaucoup += "&f" + std::to_string(i) + "=v";
    Page p = c.raw("POST", "/emploi/sessions/ajouter", kForm, beaucoup);
    BOOST_TEST(p.status != 500);
    BOOST_TEST((p.status == 422 || p.status == 400 || p.status == 413));

    // 1 MB intitulé: longer than any field of the site, refused before the form reads it.
    const std::string gros = marque + std::string(1000000, 'z');
    Page g = c.submit("/emploi/sessions/ajouter", {{"mois", "2031-05"}, {"intitule", gros}});
    BOOST_TEST(g.status == 413);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM session_formation WHERE intitule LIKE CONCAT(?, '%')", {marque}) == 0);

    // A charset parameter on the content type is what browsers may send: it still works.
    c.get("/emploi/sessions/ajouter");
    const std::string intitule = unique("Charset ");
    Page cs = c.raw("POST", "/emploi/sessions/ajouter", kForm + "; charset=UTF-8",
                    urlencoded({{"csrf", c.csrf()}, {"mois", "2031-05"}, {"intitule", intitule}}));
    BOOST_TEST(cs.status == 303);
    BOOST_TEST(sessions_nommees(intitule) == 1);
}

BOOST_AUTO_TEST_CASE(identifiants_de_chemin_invalides_404) {
    Client c = logged("responsable");
    // POSTs go to a session of the test, with an invalid cycle where the id is the session's:
    // should an id wrongly resolve, only this session could change (404 expected, 422 would tell).
    long s = nouvelle_session(c);
    long a = atelier(c, s, unique("Chemins "));
    const std::string avant = etat(s);
    for (const std::string id : {"abc", "0", "-1", "01", "1.5", "1abc", "99999999999999999999", "999999999999999999",
                                 "9223372036854775808", "1%20", "0x10", "99999999", "1e3", "%2D1"}) {
        BOOST_TEST_CONTEXT("id " << id) {
            Page p = c.get("/emploi/sessions/" + id);
            BOOST_TEST(p.status == 404);
            BOOST_TEST(p.contains("Page introuvable"));
            c.get("/emploi/sessions");
            BOOST_TEST(c.submit("/emploi/sessions/" + id + "/ateliers", {{"date", "2031-05-06"}, {"intitule", "X"}, {"cycle", "7"}}).status == 404);
            BOOST_TEST(c.submit(chemin(s) + "/ateliers/" + id, {{"date", "2031-05-09"}, {"intitule", "Modifie"}, {"cycle", "2"}}).status == 404);
            BOOST_TEST(c.submit(chemin(s) + "/ateliers/" + id + "/supprimer", {}).status == 404);
            BOOST_TEST(c.submit(chemin(s) + "/intervenants/" + id + "/tuteur/supprimer", {}).status != 500);
        }
    }
    BOOST_TEST(etat(s) == avant);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = ?", {std::to_string(a)}) == 1);
    // Anonymous users get the same 404 for a path that matches no route.
    Client anonyme;
    BOOST_TEST(anonyme.get("/emploi/sessions/abc").status == 404);
    BOOST_TEST(anonyme.get("/emploi/sessions/0").status == 404);
}

BOOST_AUTO_TEST_CASE(route_inconnue_404_en_francais) {
    for (bool connecte : {false, true}) {
        Client c = connecte ? logged("tuteur") : Client();
        for (const std::string url : {"/nimporte-quoi", "/emploi", "/emploi/sessions/1/inconnu", "/emploi/sessions/1/ateliers/1/2/3",
                                      "/emploi/sessions/ajouter/1", "/.env", "/emploi/../../etc/passwd", "/index.php?id=1'"}) {
            BOOST_TEST_CONTEXT((connecte ? "tuteur " : "anonyme ") << url) {
                Page p = c.get(url);
                BOOST_TEST(p.status != 500);
                BOOST_TEST((p.status == 404 || p.status == 400));
                if (p.status == 404) {
                    BOOST_TEST(p.contains("<html lang=\"fr\">"));
                    BOOST_TEST(p.contains("Page introuvable"));
                    BOOST_TEST(!p.contains("root:"));
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(methodes_non_autorisees_405) {
    Client c = logged("responsable");
    struct Cas {
        std::string methode, chemin;
    };
    for (const Cas& cas : {Cas{"PUT", "/emploi/sessions"}, Cas{"DELETE", "/emploi/sessions/1"}, Cas{"PATCH", "/emploi/sessions/1"},
                           Cas{"POST", "/emploi/sessions"}, Cas{"POST", "/emploi/sessions/1"}, Cas{"GET", "/emploi/sessions/1/ateliers"},
                           Cas{"GET", "/emploi/sessions/1/intervenants"}, Cas{"GET", "/deconnexion"},
                           Cas{"DELETE", "/emploi/sessions/1/ateliers/1"}, Cas{"PUT", "/connexion"}}) {
        BOOST_TEST_CONTEXT(cas.methode << " " << cas.chemin) {
            Page p = c.raw(cas.methode, cas.chemin, cas.methode == "GET" ? "" : kForm, cas.methode == "GET" ? "" : "csrf=" + c.csrf());
            BOOST_TEST(p.status == 405);
            BOOST_TEST(p.contains("Méthode non autorisée"));
        }
    }
    // Nothing was deleted by the DELETE on a demo workshop.
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = 1") == 1);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM session_formation WHERE id = 1") == 1);
    // Anonymous too (the method is checked before the login).
    Client anonyme;
    BOOST_TEST(anonyme.raw("PUT", "/emploi/sessions", kForm, "x=1").status == 405);
    // Unknown methods: no 500.
    BOOST_TEST(c.raw("FOO", "/emploi/sessions", "", "").status < 500);
    BOOST_TEST(c.raw("OPTIONS", "/emploi/sessions", "", "").status < 500);
}

BOOST_AUTO_TEST_CASE(multipart_tronque_400) {
    Client c = logged("responsable");
    c.get("/emploi/sessions/ajouter");
    const std::string jeton = c.csrf();
    const std::string intitule = unique("Multipart ");
    const std::string b = "----hostileBoundary42";
    const std::string debut = "--" + b + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + jeton + "\r\n--" + b +
                              "\r\nContent-Disposition: form-data; name=\"mois\"\r\n\r\n2031-05\r\n--" + b +
                              "\r\nContent-Disposition: form-data; name=\"intitule\"\r\n\r\n" + intitule;
    const std::string type = "multipart/form-data; boundary=" + b;

    for (const std::string& corps : {debut,                                                 // cut in a value
                                     debut.substr(0, debut.size() / 2),                     // cut anywhere
                                     debut + "\r\n--" + b,                                  // no closing "--" nor next part
                                     "--" + b + "\r\nContent-Disposition: form-data; name=\"csrf\"",  // cut in headers
                                     std::string("no boundary at all"),
                                     "--" + b + "\r\nContent-Type: text/plain\r\n\r\nx\r\n--" + b + "--\r\n"}) {  // no disposition
        BOOST_TEST_CONTEXT("body " << corps.size() << " bytes") {
            Page p = c.raw("POST", "/emploi/sessions/ajouter", type, corps);
            BOOST_TEST(p.status == 400);
            BOOST_TEST(p.contains("mal formé"));
        }
    }
    BOOST_TEST(sessions_nommees(intitule) == 0);
    // Multipart without a boundary, or an unknown content type: 400 too.
    BOOST_TEST(c.raw("POST", "/emploi/sessions/ajouter", "multipart/form-data", debut).status == 400);
    BOOST_TEST(c.raw("POST", "/emploi/sessions/ajouter", "text/plain", "csrf=" + jeton + "&mois=2031-05&intitule=" + intitule).status == 400);
    BOOST_TEST(c.raw("POST", "/emploi/sessions/ajouter", "application/json", "{\"mois\":\"2031-05\"}").status == 400);
    BOOST_TEST(sessions_nommees(intitule) == 0);
    // Anonymous, on the login form: 400 as well.
    Client anonyme;
    BOOST_TEST(anonyme.raw("POST", "/connexion", type, debut).status == 400);

    // The complete body is accepted: the 400 was about the truncation.
    Page ok = c.raw("POST", "/emploi/sessions/ajouter", type, debut + "\r\n--" + b + "--\r\n");
    BOOST_TEST(ok.status == 303);
    BOOST_TEST(sessions_nommees(intitule) == 1);
}

BOOST_AUTO_TEST_CASE(en_tetes_enormes_ou_bizarres_pas_500) {
    Client c;
    const std::string enorme(20000, 'a');
    Page p = c.raw("GET", "/connexion", "", "", {{"Cookie", "ope_session=" + enorme}});
    BOOST_TEST(p.status != 500);
    BOOST_TEST(p.status < 500);
    Page q = c.raw("GET", "/emploi/sessions", "", "", {{"Cookie", "x=" + enorme + "; ope_session=" + std::string(64, 'a')}});
    BOOST_TEST(q.status != 500);
    BOOST_TEST(q.status < 500);
    // Within nginx's limits, the app gets it and answers as for an anonymous user.
    Page r = c.raw("GET", "/emploi/sessions", "", "", {{"Cookie", "ope_session=" + std::string(6000, 'f')}});
    BOOST_TEST(r.status == 302);
    for (const std::string& cookie : {std::string(";;;;"), std::string("ope_session"), std::string("=; =; ope_session=="),
                                      std::string("ope_session=\xC3\x28"), std::string("ope_csrf=zz; ope_session=\"quoted\""),
                                      std::string(200, ';') + "ope_session=1"}) {
        BOOST_TEST_CONTEXT("Cookie: " << cookie.substr(0, 40)) {
            Page x = c.raw("GET", "/emploi/sessions", "", "", {{"Cookie", cookie}});
            BOOST_TEST(x.status == 302);
            Page y = c.raw("GET", "/connexion", "", "", {{"Cookie", cookie}});
            BOOST_TEST(y.status == 200);
        }
    }
    // A long query string and a long path.
    Client r2 = logged("tuteur");
    BOOST_TEST(r2.get("/emploi/sessions?annee=" + std::string(5000, '9')).status < 500);
    BOOST_TEST(r2.get("/emploi/sessions?" + std::string(5000, '&')).status < 500);
    BOOST_TEST(r2.get("/" + std::string(5000, 'a')).status < 500);
    // A very long `suite`: the login form ignores it.
    Client anonyme;
    Page s = anonyme.get("/connexion?suite=/" + std::string(3000, 'a'));
    BOOST_TEST(s.status < 500);
}
