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
    static const std::regex ligne(R"re(<td class="nombre" data-titre="N°"><a href="/emploi/sessions/([0-9]+)">\1</a></td>\s*<td data-titre="Mois" class="date"><a href="/emploi/sessions/\1">(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) [0-9]{4}</a></td>)re");
    BOOST_TEST(std::regex_search(p.body, ligne));
    BOOST_TEST(!std::regex_search(p.body, std::regex(">[0-9]{4}-[0-9]{2}-[0-9]{2}<")));  // never a raw date

    // The year shows them all: demo session 1, its number and "mars 2031".
    Page a = c.get("/emploi/sessions?annee=2031");
    BOOST_TEST(a.status == 200);
    BOOST_TEST(a.contains("<td class=\"nombre\" data-titre=\"N°\"><a href=\"/emploi/sessions/1\">1</a></td>"));
    BOOST_TEST(a.contains("<td data-titre=\"Mois\" class=\"date\"><a href=\"/emploi/sessions/1\">mars 2031</a></td>"));
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

    // As people type a month in the text field (no <input type=month>: Firefox and
    // Safari show a plain text box), and as the correction form shows it.
    for (const auto& [tape, range] : {std::pair{"03/2031", "2031-03-01"}, {"3/2031", "2031-03-01"},
                                      {"mars 2031", "2031-03-01"}, {"Août 2032", "2032-08-01"}, {"aout 2032", "2032-08-01"}}) {
        BOOST_TEST_CONTEXT("mois=\"" << tape << "\"") {
            long id = creer(c, tape, unique("Tape "));
            BOOST_TEST(sql_value("SELECT DATE_FORMAT(mois, '%Y-%m-%d') FROM session_formation WHERE id = ?",
                                 {std::to_string(id)}) == range);
        }
    }
    BOOST_TEST(!c.get("/emploi/sessions/ajouter").contains("type=\"month\""));
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

namespace {

std::string chemin(long id) { return "/emploi/sessions/" + std::to_string(id); }

long ajouter_un_atelier(Client& c, long s, const std::string& date, const std::string& intitule, Page* reponse = nullptr) {
    BOOST_REQUIRE_EQUAL(c.get(chemin(s)).status, 200);
    Page p = c.submit(chemin(s) + "/ateliers", {{"date", date}, {"intitule", intitule}, {"cycle", "1"}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    if (reponse) *reponse = p;
    return std::stol(p.location().substr(p.location().find("#atelier-") + 9));
}

// The row of a workshop on the session page.
std::string ligne_atelier(const Page& p, long atelier) {
    return between(p.body, "<tr id=\"atelier-" + std::to_string(atelier) + "\">", "</tr>");
}

}  // namespace

BOOST_AUTO_TEST_CASE(corriger_le_mois_et_l_intitule) {
    Client c = logged("responsable");
    const std::string intitule = unique("Correction ");
    long id = creer(c, "2031-05", intitule);
    long atelier = ajouter_un_atelier(c, id, "2031-05-12", "Atelier de mai");

    BOOST_TEST(c.get(chemin(id)).contains("href=\"" + chemin(id) + "/modifier\""));
    Page form = c.get(chemin(id) + "/modifier");
    BOOST_TEST(form.status == 200);
    BOOST_TEST(form.contains("value=\"mai 2031\""));
    BOOST_TEST(form.contains("value=\"" + intitule + "\""));

    // Refused: nothing changes.
    Page refus = c.submit(chemin(id) + "/modifier", {{"mois", "2031-13"}, {"intitule", "Autre"}});
    BOOST_TEST(refus.status == 422);
    BOOST_TEST(refus.contains("Mois invalide"));
    BOOST_TEST(refus.contains("value=\"2031-13\""));
    BOOST_TEST(refus.contains("aria-invalid=\"true\""));
    BOOST_TEST(sql_value("SELECT CONCAT(mois, '|', intitule) FROM session_formation WHERE id = ?", {std::to_string(id)}) ==
               "2031-05-01|" + intitule);

    const std::string nouveau = unique("Corrigée ");
    Page p = c.submit(chemin(id) + "/modifier", {{"mois", "2031-06"}, {"intitule", nouveau}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == chemin(id));
    BOOST_TEST(sql_value("SELECT CONCAT(mois, '|', intitule) FROM session_formation WHERE id = ?", {std::to_string(id)}) ==
               "2031-06-01|" + nouveau);
    Page page = c.get(p.location());
    BOOST_TEST(page.contains("Session modifiée."));
    BOOST_TEST(page.contains("Session n° " + std::to_string(id) + " — juin 2031"));
    BOOST_TEST(page.contains(nouveau));
    // The workshop kept its date, now outside the month: flagged.
    BOOST_TEST(ligne_atelier(page, atelier).find("hors de juin 2031") != std::string::npos);
    BOOST_TEST(!c.get(p.location()).contains("Session modifiée."));  // said once
    const std::string detail = sql_value("SELECT detail FROM journal WHERE objet = 'session' AND objet_id = ? AND action = 'modification'",
                                         {std::to_string(id)});
    BOOST_TEST(detail.find("mois : « mai 2031 » → « juin 2031 »") != std::string::npos, detail);
    BOOST_TEST(detail.find("intitulé : « " + intitule + " » → « " + nouveau + " »") != std::string::npos, detail);
}

BOOST_AUTO_TEST_CASE(date_d_atelier_hors_du_mois_acceptee_et_signalee) {
    Client c = logged("responsable");
    long id = creer(c, "2031-05", unique("Hors du mois "));
    Page reponse;
    long dedans = ajouter_un_atelier(c, id, "2031-05-20", "Dans le mois", &reponse);
    BOOST_TEST(!c.get(reponse.location()).contains("pas dans le mois de la session"));
    long dehors = ajouter_un_atelier(c, id, "2031-06-03", "Un mois trop tard", &reponse);
    Page page = c.get(reponse.location());
    BOOST_TEST(page.contains("pas dans le mois de la session"));
    BOOST_TEST(ligne_atelier(page, dehors).find("hors de mai 2031") != std::string::npos);
    BOOST_TEST(ligne_atelier(page, dedans).find("hors de") == std::string::npos);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = ? AND date_atelier = '2031-06-03'", {std::to_string(dehors)}) == 1);
    // Moved back into the month: no longer flagged.
    c.get(chemin(id));
    BOOST_TEST(c.submit(chemin(id) + "/ateliers/" + std::to_string(dehors), {{"date", "2031-05-27"}, {"intitule", "Corrigé"}, {"cycle", "2"}})
                   .status == 303);
    BOOST_TEST(ligne_atelier(c.get(chemin(id)), dehors).find("hors de") == std::string::npos);
    // A tutor sees the flag too.
    c.get(chemin(id));
    BOOST_TEST(c.submit(chemin(id) + "/ateliers/" + std::to_string(dehors), {{"date", "2031-04-30"}, {"intitule", "Corrigé"}, {"cycle", "2"}})
                   .status == 303);
    Client t = logged("tuteur");
    BOOST_TEST(ligne_atelier(t.get(chemin(id)), dehors).find("hors de mai 2031") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(supprimer_une_session_vide_seulement) {
    Client c = logged("responsable");
    // Empty (a workshop and a tutor, nobody enrolled): deleted with them.
    long vide = creer(c, "2031-07", unique("Vide "));
    long atelier = ajouter_un_atelier(c, vide, "2031-07-08", "Atelier perdu");
    c.get(chemin(vide));
    const std::string tuteur = sql_value("SELECT id FROM utilisateur WHERE login = 'tuteur'");
    BOOST_REQUIRE_EQUAL(c.submit(chemin(vide) + "/intervenants", {{"utilisateur_id", tuteur}, {"role", "tuteur"}}).status, 303);
    Page form = c.get(chemin(vide) + "/modifier");
    BOOST_TEST(form.contains("action=\"" + chemin(vide) + "/supprimer\""));
    Page p = c.submit(chemin(vide) + "/supprimer", {});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == "/emploi/sessions");
    BOOST_TEST(c.get(p.location()).contains("Session supprimée."));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM session_formation WHERE id = ?", {std::to_string(vide)}) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = ?", {std::to_string(atelier)}) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM session_intervenant WHERE session_id = ?", {std::to_string(vide)}) == 0);
    BOOST_TEST(c.get(chemin(vide)).status == 404);
    const std::string detail = sql_value("SELECT detail FROM journal WHERE objet = 'session' AND objet_id = ? AND action = 'suppression'",
                                         {std::to_string(vide)});
    BOOST_TEST(detail.find("juillet 2031") != std::string::npos, detail);
    BOOST_TEST(detail.find("atelier du 08/07/2031 : Atelier perdu") != std::string::npos, detail);
    BOOST_TEST(detail.find("tuteur : Antoine LEFÈVRE") != std::string::npos, detail);

    // With a trainee enrolled: 422 saying why, nothing deleted.
    long pleine = creer(c, "2031-07", unique("Pleine "));
    ajouter_un_atelier(c, pleine, "2031-07-09", "Atelier gardé");
    long st = creer_stagiaire(c, "Suppression" + lettres());
    inscrire(c, pleine, st);
    Page page = c.get(chemin(pleine) + "/modifier");
    BOOST_TEST(!page.contains("action=\"" + chemin(pleine) + "/supprimer\""));
    BOOST_TEST(page.contains("1 stagiaire inscrit :"));
    Page refus = c.submit(chemin(pleine) + "/supprimer", {});
    BOOST_TEST(refus.status == 422);
    BOOST_TEST(refus.contains("1 stagiaire y est inscrit."));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM session_formation WHERE id = ?", {std::to_string(pleine)}) == 1);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM inscription WHERE session_id = ?", {std::to_string(pleine)}) == 1);

    // Documentation was sent for it (the trainee left since): the sending is kept, so is the session.
    c.get(chemin(pleine));
    BOOST_REQUIRE_EQUAL(c.submit(chemin(pleine) + "/stagiaires/" + std::to_string(st) + "/supprimer", {}).status, 303);
    sql_exec("INSERT INTO envoi (session_id, expediteur_id, sujet, corps) VALUES (?, 1, 'Envoi gardé', 'Bonjour')",
             {std::to_string(pleine)});
    c.get(chemin(pleine) + "/modifier");
    Page envoi = c.submit(chemin(pleine) + "/supprimer", {});
    BOOST_TEST(envoi.status == 422);
    BOOST_TEST(envoi.contains("de la documentation a été envoyée"));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM session_formation WHERE id = ?", {std::to_string(pleine)}) == 1);

    // A tutor may neither correct nor delete.
    Client t = logged("tuteur");
    BOOST_TEST(t.get(chemin(pleine) + "/modifier").status == 403);
    BOOST_TEST(!t.get(chemin(pleine)).contains("/modifier\""));
}
