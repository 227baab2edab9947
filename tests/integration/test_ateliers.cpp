// Step 3: workshops ("ateliers") of a session: add, modify in place, delete.
#define BOOST_TEST_MODULE ateliers
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <string>

using namespace ope::test;

namespace {

std::string chemin(long session) { return "/emploi/sessions/" + std::to_string(session); }

// A session of the test, in May 2031.
long nouvelle_session(Client& resp) { return creer_session(resp, "2031-05", unique("Ateliers ")); }

long ateliers(long session) {
    return sql_count("SELECT COUNT(*) FROM atelier WHERE session_id = ?", {std::to_string(session)});
}

// Adds a workshop through the site; returns its id (from the Location "#atelier-<id>").
long ajouter(Client& c, long session, const std::string& date, const std::string& intitule, const std::string& cycle) {
    c.get(chemin(session));
    Page p = c.submit(chemin(session) + "/ateliers", {{"date", date}, {"intitule", intitule}, {"cycle", cycle}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    const std::string prefixe = chemin(session) + "#atelier-";
    BOOST_REQUIRE_EQUAL(p.location().substr(0, prefixe.size()), prefixe);
    long id = std::stol(p.location().substr(prefixe.size()));
    BOOST_REQUIRE_GT(id, 0);
    return id;
}

std::string colonne(long atelier, const std::string& col) {
    return sql_value("SELECT " + col + " FROM atelier WHERE id = ?", {std::to_string(atelier)});
}

std::string date_de(long atelier) {
    return sql_value("SELECT DATE_FORMAT(date_atelier, '%Y-%m-%d') FROM atelier WHERE id = ?", {std::to_string(atelier)});
}

// The <tr> of a workshop on the session page.
std::string ligne(const Page& p, long atelier) {
    return between(p.body, "<tr id=\"atelier-" + std::to_string(atelier) + "\">", "</tr>");
}

bool a(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

// Deletes by SQL what a failed test may have left in demo session 1.
struct Nettoyage {
    long atelier = 0;
    ~Nettoyage() {
        if (!atelier) return;
        try {
            sql_exec("DELETE FROM atelier WHERE id = ? AND session_id = 1", {std::to_string(atelier)});
        } catch (...) {
        }
    }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(ajouter_un_atelier_cycle_1) {
    Client c = logged("responsable");
    long s = nouvelle_session(c);
    const std::string intitule = unique("Atelier CV ");
    long id = ajouter(c, s, "2031-05-06", intitule, "1");
    BOOST_TEST(ateliers(s) == 1);
    BOOST_TEST(date_de(id) == "2031-05-06");
    BOOST_TEST(colonne(id, "intitule") == intitule);
    BOOST_TEST(colonne(id, "cycle") == "1");
    BOOST_TEST(colonne(id, "session_id") == std::to_string(s));

    // The manager sees it as an editable row.
    Page page = c.get(chemin(s));
    BOOST_TEST(page.status == 200);
    const std::string row = ligne(page, id);
    BOOST_REQUIRE(!row.empty());
    BOOST_TEST(a(row, "value=\"2031-05-06\""));
    BOOST_TEST(a(row, "value=\"" + intitule + "\""));
    BOOST_TEST(a(row, "<option value=\"1\" selected>Cycle 1 : Formation</option>"));
    BOOST_TEST(a(row, "06/05/2031"));
    BOOST_TEST(a(row, "action=\"" + chemin(s) + "/ateliers/" + std::to_string(id) + "\""));
    BOOST_TEST(a(row, "action=\"" + chemin(s) + "/ateliers/" + std::to_string(id) + "/supprimer\""));
    BOOST_TEST(!page.contains("Aucun atelier"));

    // The tutor reads it: French date and cycle label.
    Client t = logged("tuteur");
    Page lecture = t.get(chemin(s));
    BOOST_TEST(lecture.status == 200);
    const std::string r = ligne(lecture, id);
    BOOST_TEST(a(r, "<td data-titre=\"Date\">06/05/2031</td>"));
    BOOST_TEST(a(r, "<td data-titre=\"Intitulé\" class=\"long\">" + intitule + "</td>"));
    BOOST_TEST(a(r, "<td data-titre=\"Type\">Cycle 1 : Formation</td>"));
    BOOST_TEST(!a(r, "<input"));
    BOOST_TEST(!a(r, "supprimer"));

    // The list of sessions counts it.
    Page liste = c.get("/emploi/sessions?annee=2031");
    std::string l = between(liste.body, "href=\"/emploi/sessions/" + std::to_string(s) + "\">", "</tr>");
    BOOST_TEST(a(l, "<td class=\"nombre\" data-titre=\"Ateliers\">1</td>"));
}

BOOST_AUTO_TEST_CASE(ajouter_un_atelier_cycle_2) {
    Client c = logged("responsable");
    long s = nouvelle_session(c);
    const std::string intitule = unique("Entretien ");
    long id = ajouter(c, s, "2031-05-20", intitule, "2");
    BOOST_TEST(colonne(id, "cycle") == "2");
    BOOST_TEST(a(ligne(c.get(chemin(s)), id), "<option value=\"2\" selected>Cycle 2 : Approfondissement</option>"));
    Client t = logged("tuteur");
    const std::string r = ligne(t.get(chemin(s)), id);
    BOOST_TEST(a(r, "<td data-titre=\"Date\">20/05/2031</td>"));
    BOOST_TEST(a(r, "<td data-titre=\"Type\">Cycle 2 : Approfondissement</td>"));
}

BOOST_AUTO_TEST_CASE(ajout_invalide_422_rien_d_ecrit) {
    Client c = logged("responsable");
    long s = nouvelle_session(c);
    struct Cas {
        std::string date, intitule, cycle, message;
    };
    const std::string ok = "Intitulé correct";
    for (const Cas& cas : {Cas{"2031-05-06", ok, "7", "Choisissez « Cycle 1 : Formation »"},
                           Cas{"2031-05-06", ok, "", "Choisissez « Cycle 1 : Formation »"},
                           Cas{"2031-05-06", ok, "0", "Choisissez « Cycle 1 : Formation »"},
                           Cas{"2031-05-06", ok, "1.0", "Choisissez « Cycle 1 : Formation »"},
                           Cas{"2031-05-06", ok, "12", "Choisissez « Cycle 1 : Formation »"},
                           Cas{"2031-02-30", ok, "1", "existe pas : le 30/02/2031 (février 2031 a 28 jours)"},
                           Cas{"2031-13-01", ok, "1", "existe pas : le 01/13/2031 (les mois vont de 01 à 12)"},
                           Cas{"garbage", ok, "1", "Date invalide"},
                           Cas{"2031-05-06T10:00", ok, "1", "Date invalide"},
                           Cas{"", ok, "1", "Choisissez la date"},
                           Cas{"2031-05-06", "", "1", "Donnez un intitulé"},
                           Cas{"2031-05-06", "   ", "1", "Donnez un intitulé"},
                           Cas{"2031-05-06", std::string(201, 'x'), "1", "200"}}) {
        BOOST_TEST_CONTEXT("date=" << cas.date << " intitule=" << cas.intitule.substr(0, 20) << " cycle=" << cas.cycle) {
            c.get(chemin(s));
            Page p = c.submit(chemin(s) + "/ateliers", {{"date", cas.date}, {"intitule", cas.intitule}, {"cycle", cas.cycle}});
            BOOST_TEST(p.status == 422);
            BOOST_TEST(p.contains(cas.message));
            BOOST_TEST((p.contains("L'atelier n'a pas été ajouté") || p.contains("L&#39;atelier n&#39;a pas été ajouté")));
            // The form keeps what was typed.
            if (!cas.intitule.empty() && cas.intitule != "   ") BOOST_TEST(p.contains("value=\"" + cas.intitule + "\""));
            if (!cas.date.empty()) BOOST_TEST(p.contains("value=\"" + cas.date + "\""));
            BOOST_TEST(ateliers(s) == 0);
        }
    }
}

BOOST_AUTO_TEST_CASE(modifier_en_place) {
    Client c = logged("responsable");
    long s = nouvelle_session(c);
    long id = ajouter(c, s, "2031-05-06", unique("Avant "), "1");
    const std::string nouvel = unique("Apres ");
    c.get(chemin(s));
    Page p = c.submit(chemin(s) + "/ateliers/" + std::to_string(id),
                      {{"date", "2031-05-13"}, {"intitule", nouvel}, {"cycle", "2"}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location().rfind(chemin(s), 0) == 0u);
    BOOST_TEST(id_from_location(p.location()) == s);
    BOOST_TEST(date_de(id) == "2031-05-13");
    BOOST_TEST(colonne(id, "intitule") == nouvel);
    BOOST_TEST(colonne(id, "cycle") == "2");
    BOOST_TEST(ateliers(s) == 1);  // modified, not added
    const std::string row = ligne(c.get(chemin(s)), id);
    BOOST_TEST(a(row, "value=\"2031-05-13\""));
    BOOST_TEST(a(row, "value=\"" + nouvel + "\""));
    BOOST_TEST(a(row, "<option value=\"2\" selected>"));
}

BOOST_AUTO_TEST_CASE(modification_invalide_422_valeurs_inchangees) {
    Client c = logged("responsable");
    long s = nouvelle_session(c);
    const std::string avant = unique("Inchange ");
    long id = ajouter(c, s, "2031-05-06", avant, "1");
    const std::string url = chemin(s) + "/ateliers/" + std::to_string(id);
    struct Cas {
        std::string date, intitule, cycle;
    };
    for (const Cas& cas : {Cas{"2031-02-30", "Nouveau", "2"}, Cas{"2031-05-07", "", "2"}, Cas{"2031-05-07", "Nouveau", "7"},
                           Cas{"", "Nouveau", "2"}, Cas{"2031-05-07", std::string(300, 'y'), "2"}}) {
        BOOST_TEST_CONTEXT("date=" << cas.date << " intitule=" << cas.intitule.substr(0, 20) << " cycle=" << cas.cycle) {
            c.get(chemin(s));
            Page p = c.submit(url, {{"date", cas.date}, {"intitule", cas.intitule}, {"cycle", cas.cycle}});
            BOOST_TEST(p.status == 422);
            BOOST_TEST(date_de(id) == "2031-05-06");
            BOOST_TEST(colonne(id, "intitule") == avant);
            BOOST_TEST(colonne(id, "cycle") == "1");
            // The row being edited shows what was typed and why it was refused.
            const std::string row = ligne(p, id);
            BOOST_TEST(a(row, "erreur-champ"));
            if (!cas.date.empty()) BOOST_TEST(a(row, "value=\"" + cas.date + "\""));
        }
    }
    BOOST_TEST(ateliers(s) == 1);
}

BOOST_AUTO_TEST_CASE(supprimer_un_atelier) {
    Client c = logged("responsable");
    long s = nouvelle_session(c);
    long garde = ajouter(c, s, "2031-05-06", unique("Garde "), "1");
    long id = ajouter(c, s, "2031-05-07", unique("Supprime "), "2");
    const std::string url = chemin(s) + "/ateliers/" + std::to_string(id) + "/supprimer";
    BOOST_TEST(c.get(url).status == 405);  // a GET deletes nothing
    BOOST_TEST(ateliers(s) == 2);

    c.get(chemin(s));
    Page p = c.submit(url, {});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(id_from_location(p.location()) == s);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = ?", {std::to_string(id)}) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = ?", {std::to_string(garde)}) == 1);
    Page page = c.get(chemin(s));
    BOOST_TEST(ligne(page, id).empty());
    BOOST_TEST(!ligne(page, garde).empty());

    // Twice: it is gone.
    BOOST_TEST(c.submit(url, {}).status == 404);
    BOOST_TEST(c.submit(chemin(s) + "/ateliers/99999999/supprimer", {}).status == 404);
}

BOOST_AUTO_TEST_CASE(atelier_d_une_autre_session_404) {
    Client c = logged("responsable");
    long s1 = nouvelle_session(c);
    long s2 = nouvelle_session(c);
    const std::string intitule = unique("Autre session ");
    long id = ajouter(c, s1, "2031-05-06", intitule, "1");
    c.get(chemin(s2));
    Page modif = c.submit(chemin(s2) + "/ateliers/" + std::to_string(id),
                          {{"date", "2031-05-08"}, {"intitule", "Pirate"}, {"cycle", "2"}});
    BOOST_TEST(modif.status == 404);
    Page suppr = c.submit(chemin(s2) + "/ateliers/" + std::to_string(id) + "/supprimer", {});
    BOOST_TEST(suppr.status == 404);
    BOOST_TEST(date_de(id) == "2031-05-06");
    BOOST_TEST(colonne(id, "intitule") == intitule);
    BOOST_TEST(colonne(id, "session_id") == std::to_string(s1));
    BOOST_TEST(ateliers(s2) == 0);

    // Unknown session, unknown workshop.
    Page inconnue = c.submit("/emploi/sessions/99999999/ateliers", {{"date", "2031-05-06"}, {"intitule", "X"}, {"cycle", "1"}});
    BOOST_TEST(inconnue.status == 404);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE session_id = 99999999") == 0);
    BOOST_TEST(c.submit("/emploi/sessions/99999999/ateliers/" + std::to_string(id), {{"date", "2031-05-06"}, {"intitule", "X"}, {"cycle", "1"}}).status == 404);
    BOOST_TEST(c.submit(chemin(s1) + "/ateliers/99999999", {{"date", "2031-05-06"}, {"intitule", "X"}, {"cycle", "1"}}).status == 404);
    BOOST_TEST(c.get("/emploi/sessions/99999999").status == 404);
}

BOOST_AUTO_TEST_CASE(nouvel_atelier_rattache_aux_inscrits) {
    Client c = logged("responsable");
    const long inscrits = sql_count("SELECT COUNT(*) FROM inscription WHERE session_id = 1");
    BOOST_TEST(inscrits == 3);  // the demo session
    Nettoyage nettoyage;
    long id = ajouter(c, 1, "2031-03-25", unique("Rattachement "), "2");
    nettoyage.atelier = id;
    const std::string sid = std::to_string(id);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence WHERE atelier_id = ?", {sid}) == inscrits);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence p JOIN inscription i ON i.stagiaire_id = p.stagiaire_id"
                         " AND i.session_id = 1 WHERE p.atelier_id = ? AND p.statut = 'non_renseigne'",
                         {sid}) == inscrits);

    // Deleting it removes its attendance rows.
    c.get(chemin(1));
    Page p = c.submit(chemin(1) + "/ateliers/" + sid + "/supprimer", {});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = ?", {sid}) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence WHERE atelier_id = ?", {sid}) == 0);
    // The demo workshops keep theirs.
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence WHERE atelier_id = 1") == inscrits);
}

BOOST_AUTO_TEST_CASE(intitule_d_atelier_echappe) {
    Client c = logged("responsable");
    long s = nouvelle_session(c);
    const std::string intitule = "<script>alert(1)</script>\"'><b>" + unique("x");
    long id = ajouter(c, s, "2031-05-06", intitule, "1");
    BOOST_TEST(colonne(id, "intitule") == intitule);
    Page page = c.get(chemin(s));
    BOOST_TEST(!page.contains("<script>alert"));
    BOOST_TEST(!page.contains("\"'><b>"));
    BOOST_TEST(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    Client t = logged("tuteur");
    Page lecture = t.get(chemin(s));
    BOOST_TEST(!lecture.contains("<script>alert"));
    BOOST_TEST(lecture.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}
