// Step 1: "Gestion des sessions" (list, filter by year) and "Ajouter une session".
#define BOOST_TEST_MODULE sessions
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <regex>
#include <string>

using namespace ope::test;

namespace {

long sessions_nommees(const std::string& intitule) {
    return sql_count("SELECT COUNT(*) FROM session_formation WHERE intitule = ?", {intitule});
}

Page ajouter(Client& c, const Fields& fields) {
    BOOST_REQUIRE_EQUAL(c.get("/emploi/sessions/ajouter").status, 200);
    return c.submit("/emploi/sessions/ajouter", fields);
}

long creer(Client& c, const std::string& mois, const std::string& intitule) {
    Page p = ajouter(c, {{"mois", mois}, {"intitule", intitule}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    long id = id_from_location(p.location());
    BOOST_REQUIRE_GT(id, 0);
    BOOST_REQUIRE_EQUAL(p.location(), "/emploi/sessions/" + std::to_string(id));
    return id;
}

std::string lien(long id) { return "href=\"/emploi/sessions/" + std::to_string(id) + "\""; }

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(liste_des_sessions) {
    Client c = logged("responsable");
    // Without a year: the most recent sessions (tests keep adding later ones, so demo
    // session 1 may not be among them), months in French.
    Page p = c.get("/emploi/sessions");
    BOOST_TEST(p.status == 200);
    BOOST_TEST(p.contains("Gestion des sessions"));
    BOOST_TEST(p.contains("sessions les plus récentes"));
    BOOST_TEST(p.contains("href=\"/emploi/sessions/ajouter\""));  // the manager may add
    BOOST_TEST(p.contains("href=\"/emploi/sessions?annee=2031\""));
    static const std::regex ligne(R"re(<td><a href="/emploi/sessions/([0-9]+)">\1</a></td>\s*<td><a href="/emploi/sessions/\1">(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) [0-9]{4}</a></td>)re");
    BOOST_TEST(std::regex_search(p.body, ligne));
    BOOST_TEST(!std::regex_search(p.body, std::regex(">[0-9]{4}-[0-9]{2}-[0-9]{2}<")));  // never a raw date

    // The year shows them all: demo session 1, its number and "mars 2031".
    Page a = c.get("/emploi/sessions?annee=2031");
    BOOST_TEST(a.status == 200);
    BOOST_TEST(a.contains("<td><a href=\"/emploi/sessions/1\">1</a></td>"));
    BOOST_TEST(a.contains("<td><a href=\"/emploi/sessions/1\">mars 2031</a></td>"));
    BOOST_TEST((a.contains("Recherche d&#39;emploi") || a.contains("Recherche d'emploi")));
    BOOST_TEST(!a.contains("2031-03-01"));

    // Newest first: a May session comes before the March one.
    long mai = creer(c, "2031-05", unique("Ordre "));
    Page b = c.get("/emploi/sessions?annee=2031");
    BOOST_TEST(b.body.find(lien(mai)) < b.body.find(lien(1)));

    // The tutor sees the list, without the "Ajouter une session" button.
    Client t = logged("tuteur");
    Page pt = t.get("/emploi/sessions?annee=2031");
    BOOST_TEST(pt.status == 200);
    BOOST_TEST(pt.contains(lien(1)));
    BOOST_TEST(pt.contains(lien(mai)));
    BOOST_TEST(!pt.contains("href=\"/emploi/sessions/ajouter\""));
}

BOOST_AUTO_TEST_CASE(filtre_par_annee) {
    Client c = logged("responsable");
    const std::string intitule = unique("Filtre annee ");
    long id = creer(c, "2031-05", intitule);

    Page a2031 = c.get("/emploi/sessions?annee=2031");
    BOOST_TEST(a2031.status == 200);
    BOOST_TEST(a2031.contains(lien(1)));
    BOOST_TEST(a2031.contains(lien(id)));
    BOOST_TEST(a2031.contains("mai 2031"));
    BOOST_TEST(a2031.contains("aria-current=\"page\">2031</a>"));

    Page a2030 = c.get("/emploi/sessions?annee=2030");
    BOOST_TEST(a2030.status == 200);
    BOOST_TEST(!a2030.contains(lien(1)));
    BOOST_TEST(!a2030.contains(lien(id)));

    Page vide = c.get("/emploi/sessions?annee=2199");
    BOOST_TEST(vide.status == 200);
    BOOST_TEST(vide.contains("Aucune session"));

    Page sans = c.get("/emploi/sessions?annee=");
    BOOST_TEST(sans.status == 200);

    for (const std::string bad : {"abc", "0", "-2031", "20x1", "99999999999999999999", "1800", "2031.5", "%00", "2031%20"}) {
        BOOST_TEST_CONTEXT("annee=" << bad) {
            Page p = c.get("/emploi/sessions?annee=" + bad);
            BOOST_TEST(p.status == 400);
            BOOST_TEST(p.contains("Année invalide"));
        }
    }
}

BOOST_AUTO_TEST_CASE(creation_d_une_session) {
    Client c = logged("responsable");
    Page form = c.get("/emploi/sessions/ajouter");
    BOOST_TEST(form.status == 200);
    BOOST_TEST(form.contains("Ajouter une session"));
    BOOST_TEST(form.contains("name=\"mois\""));
    BOOST_TEST(form.contains("name=\"intitule\""));
    BOOST_TEST(form.contains("name=\"csrf\""));
    BOOST_TEST(form.contains("Valider la création"));

    const std::string intitule = unique("Session mai ");
    Page p = c.submit("/emploi/sessions/ajouter", {{"mois", "2031-05"}, {"intitule", intitule}});
    BOOST_TEST(p.status == 303);
    long id = id_from_location(p.location());
    BOOST_REQUIRE_GT(id, 0);
    BOOST_TEST(p.location() == "/emploi/sessions/" + std::to_string(id));

    const std::string sid = std::to_string(id);
    BOOST_TEST(sql_value("SELECT DATE_FORMAT(mois, '%Y-%m-%d') FROM session_formation WHERE id = ?", {sid}) == "2031-05-01");
    BOOST_TEST(sql_value("SELECT intitule FROM session_formation WHERE id = ?", {sid}) == intitule);
    BOOST_TEST(sql_value("SELECT u.login FROM session_formation s JOIN utilisateur u ON u.id = s.cree_par WHERE s.id = ?",
                         {sid}) == "responsable");
    BOOST_TEST(sessions_nommees(intitule) == 1);

    Page page = c.get(p.location());
    BOOST_TEST(page.status == 200);
    BOOST_TEST(page.contains("mai 2031"));
    BOOST_TEST(page.contains("Session n° " + sid));
    BOOST_TEST(page.contains(intitule));
    BOOST_TEST(page.contains("Aucun atelier"));

    Page liste = c.get("/emploi/sessions?annee=2031");
    BOOST_TEST(liste.contains(lien(id)));
    BOOST_TEST(liste.contains(intitule));

    // No intitulé at all is fine (it is optional).
    Page sans = c.submit("/emploi/sessions/ajouter", {{"mois", "2031-06"}});
    BOOST_TEST(sans.status == 303);
    long id2 = id_from_location(sans.location());
    BOOST_TEST(sql_value("SELECT intitule FROM session_formation WHERE id = ?", {std::to_string(id2)}) == "");
    BOOST_TEST(c.get(sans.location()).contains("juin 2031"));
}

BOOST_AUTO_TEST_CASE(une_date_est_rangee_au_premier_du_mois) {
    Client c = logged("responsable");
    const std::string intitule = unique("Date complete ");
    long id = creer(c, "2031-05-17", intitule);
    BOOST_TEST(sql_value("SELECT DATE_FORMAT(mois, '%Y-%m-%d') FROM session_formation WHERE id = ?",
                         {std::to_string(id)}) == "2031-05-01");
    Page page = c.get("/emploi/sessions/" + std::to_string(id));
    BOOST_TEST(page.contains("mai 2031"));
    BOOST_TEST(!page.contains("17"+std::string("/05/2031")));

    // Other months: accents of the French names.
    long fev = creer(c, "2032-02-29", unique("Bissextile "));
    BOOST_TEST(sql_value("SELECT DATE_FORMAT(mois, '%Y-%m-%d') FROM session_formation WHERE id = ?",
                         {std::to_string(fev)}) == "2032-02-01");
    BOOST_TEST(c.get("/emploi/sessions/" + std::to_string(fev)).contains("février 2032"));
    long dec = creer(c, "2031-12", unique("Decembre "));
    BOOST_TEST(c.get("/emploi/sessions/" + std::to_string(dec)).contains("décembre 2031"));
}

BOOST_AUTO_TEST_CASE(mois_invalides_422_rien_d_ecrit) {
    Client c = logged("responsable");
    for (const std::string mois : {"", "garbage", "2031-13", "2031-00", "2031-02-30", "2031-02-29", "31/05/2031",
                                   "2031-5", "2031-05-32", "2031-05-", "203-05", "2031-05-17x", "   ",
                                   "2031-05-01 00:00:00", "<b>2031</b>"}) {
        BOOST_TEST_CONTEXT("mois=\"" << mois << "\"") {
            const std::string intitule = unique("Mois invalide ");
            Page p = ajouter(c, {{"mois", mois}, {"intitule", intitule}});
            BOOST_TEST(p.status == 422);
            BOOST_TEST((p.contains("Mois invalide") || p.contains("Choisissez le mois")));
            BOOST_TEST((p.contains("La session n'a pas été créée") || p.contains("La session n&#39;a pas été créée")));
            // The form is kept as typed.
            BOOST_TEST(p.contains("value=\"" + intitule + "\""));
            BOOST_TEST(p.contains("name=\"csrf\""));
            BOOST_TEST(!p.contains("<b>2031</b>"));
            BOOST_TEST(sessions_nommees(intitule) == 0);
        }
    }
    // The typed month is kept too.
    Page p = ajouter(c, {{"mois", "2031-13"}, {"intitule", "x"}});
    BOOST_TEST(p.contains("value=\"2031-13\""));
    // No field at all.
    Page rien = ajouter(c, {});
    BOOST_TEST(rien.status == 422);
    BOOST_TEST(rien.contains("Choisissez le mois"));
}

BOOST_AUTO_TEST_CASE(intitule_trop_long_422) {
    Client c = logged("responsable");
    const std::string prefixe = unique("Long ");
    const std::string long_ = prefixe + std::string(60000, 'a');
    Page p = ajouter(c, {{"mois", "2031-05"}, {"intitule", long_}});
    BOOST_TEST(p.status == 422);
    BOOST_TEST((p.contains("La session n'a pas été créée") || p.contains("La session n&#39;a pas été créée")));
    // Beyond any field of the site (64 KiB), refused before the form reads it.
    Page enorme = ajouter(c, {{"mois", "2031-05"}, {"intitule", prefixe + std::string(100000, 'a')}});
    BOOST_TEST(enorme.status == 413);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM session_formation WHERE intitule LIKE CONCAT(?, '%')", {prefixe}) == 0);

    // The limit is 200 characters (counted as characters, not bytes).
    // prefixe is ASCII: pad with "é" up to exactly 200 characters (400+ bytes).
    std::string pile = prefixe;
    for (std::size_t chars = prefixe.size(); chars < 200; ++chars) pile += "é";
    Page ok = ajouter(c, {{"mois", "2031-05"}, {"intitule", pile}});
    BOOST_TEST(ok.status == 303);
    BOOST_TEST(sessions_nommees(pile) == 1);
    Page trop = ajouter(c, {{"mois", "2031-05"}, {"intitule", pile + "é"}});
    BOOST_TEST(trop.status == 422);
    BOOST_TEST(sessions_nommees(pile + "é") == 0);
}

BOOST_AUTO_TEST_CASE(intitule_html_echappe) {
    Client c = logged("responsable");
    const std::string intitule = unique("XSS ") + " <script>alert(1)</script> \"q\" & 'a'";
    long id = creer(c, "2031-05", intitule);
    BOOST_TEST(sql_value("SELECT intitule FROM session_formation WHERE id = ?", {std::to_string(id)}) == intitule);
    Page page = c.get("/emploi/sessions/" + std::to_string(id));
    BOOST_TEST(page.status == 200);
    BOOST_TEST(!page.contains("<script>alert"));
    BOOST_TEST(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    Page liste = c.get("/emploi/sessions?annee=2031");
    BOOST_TEST(!liste.contains("<script>alert"));
    BOOST_TEST(liste.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));

    // Refused with the same text: the form keeps it, escaped.
    Page refus = ajouter(c, {{"mois", "garbage"}, {"intitule", "<script>alert(2)</script>\"><img src=x onerror=alert(3)>"}});
    BOOST_TEST(refus.status == 422);
    BOOST_TEST(!refus.contains("<script>alert(2)"));
    BOOST_TEST(!refus.contains("<img src=x"));
    BOOST_TEST(refus.contains("&lt;script&gt;alert(2)"));
}
