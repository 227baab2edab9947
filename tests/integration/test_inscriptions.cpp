// Step 5: enrolling trainees, from the session page and from the trainee record, with
// the same rules: attendance rows for every workshop, none without a workshop,
// workshops added or deleted later, un-enrolment, funding status (RSA needs CAF and CLI).
#define BOOST_TEST_MODULE inscriptions
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include "fcgi/parse.hpp"

#include <cctype>
#include <chrono>
#include <string>
#include <unistd.h>
#include <vector>

using namespace ope::test;

namespace {

// A session of the test with `n` workshops.
long session_avec_ateliers(Client& resp, int n, const std::string& mois = "2032-02") {
    long s = creer_session(resp, mois, "Inscriptions " + lettres());
    for (int i = 1; i <= n; ++i) ajouter_atelier(resp, s, mois + "-1" + str(i), "Atelier " + str(i) + " " + lettres());
    return s;
}

Page inscrire_depuis_session(Client& c, long s, const std::string& stagiaire_id) {
    BOOST_REQUIRE_EQUAL(c.get(session(s)).status, 200);
    return c.submit(session(s) + "/stagiaires", {{"stagiaire_id", stagiaire_id}});
}

Page inscrire_depuis_fiche(Client& c, long stagiaire, const Fields& fields) {
    BOOST_REQUIRE_EQUAL(c.get(fiche(stagiaire)).status, 200);
    return c.submit(fiche(stagiaire) + "/sessions", fields);
}

long inscriptions(long s) { return sql_count("SELECT COUNT(*) FROM inscription WHERE session_id = ?", {str(s)}); }
long inscriptions(long s, long stagiaire) {
    return sql_count("SELECT COUNT(*) FROM inscription WHERE session_id = ? AND stagiaire_id = ?", {str(s), str(stagiaire)});
}
long inscriptions_du_stagiaire(long stagiaire) {
    return sql_count("SELECT COUNT(*) FROM inscription WHERE stagiaire_id = ?", {str(stagiaire)});
}
long presences(long s, long stagiaire, const std::string& statut = "") {
    return sql_count("SELECT COUNT(*) FROM presence p JOIN atelier a ON a.id = p.atelier_id"
                     " WHERE a.session_id = ? AND p.stagiaire_id = ? AND (? = '' OR p.statut = ?)",
                     {str(s), str(stagiaire), statut, statut});
}
long presences_session(long s) {
    return sql_count("SELECT COUNT(*) FROM presence p JOIN atelier a ON a.id = p.atelier_id WHERE a.session_id = ?",
                     {str(s)});
}
long presences_atelier(long atelier) {
    return sql_count("SELECT COUNT(*) FROM presence WHERE atelier_id = ?", {str(atelier)});
}
std::string inscription(long s, long stagiaire, const std::string& col) {
    return sql_value("SELECT " + col + " FROM inscription WHERE session_id = ? AND stagiaire_id = ?", {str(s), str(stagiaire)});
}
std::string financement(long s, long stagiaire) {
    return inscription(s, stagiaire,
                       "CONCAT_WS('|', IFNULL(statut_financement, 'NULL'), IFNULL(numero_caf, 'NULL'),"
                       " IFNULL(numero_cli, 'NULL'), IFNULL(complement_financement, 'NULL'))");
}

std::string option(long stagiaire) { return "<option value=\"" + str(stagiaire) + "\">"; }
// Any option of that trainee, chosen or not.
std::string une_option(long stagiaire) { return "<option value=\"" + str(stagiaire) + "\""; }
// The option of the only trainee a search found: chosen already.
std::string seule_option(long stagiaire) { return "<option value=\"" + str(stagiaire) + "\" selected>"; }

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(session_sans_atelier_refusee) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = creer_session(resp, "2032-02", "Sans atelier " + lettres());
    long st = creer_stagiaire(tut, "Sansatelier " + lettres());

    Page p = inscrire_depuis_session(tut, s, str(st));
    BOOST_TEST(p.status == 422);
    BOOST_TEST(p.contains("aucun atelier"));
    BOOST_TEST(p.contains("Session n° " + str(s)));
    BOOST_TEST(inscriptions(s) == 0);
    BOOST_TEST(inscriptions_du_stagiaire(st) == 0);
    BOOST_TEST(presences_session(s) == 0);

    // The manager is refused the same way.
    Page r = inscrire_depuis_session(resp, s, str(st));
    BOOST_TEST(r.status == 422);
    BOOST_TEST(r.contains("aucun atelier"));
    BOOST_TEST(inscriptions(s) == 0);
}

BOOST_AUTO_TEST_CASE(inscription_depuis_la_session) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 2);
    const std::string u = lettres();
    long st = creer_stagiaire(tut, "Inscrit " + u, "élise");

    Page p = inscrire_depuis_session(tut, s, str(st));
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == session(s) + "#stagiaires");
    BOOST_TEST(inscriptions(s, st) == 1);
    BOOST_TEST(inscription(s, st, "IFNULL(statut_financement, 'NULL')") == "NULL");
    BOOST_TEST(presences(s, st) == 2);
    BOOST_TEST(presences(s, st, "non_renseigne") == 2);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence p JOIN atelier a ON a.id = p.atelier_id"
                         " WHERE a.session_id = ? AND p.stagiaire_id = ? AND p.valide_par IS NULL",
                         {str(s), str(st)}) == 2);

    // The session page lists the trainee, with a link to the record and the reminder.
    Page page = tut.get(session(s));
    BOOST_TEST(page.status == 200);
    BOOST_TEST(page.contains("Stagiaires inscrits (1)"));
    BOOST_TEST(page.contains("<a href=\"" + fiche(st) + "\">M. INSCRIT " + majuscules(u) + " Élise</a>"));
    BOOST_TEST(page.contains("statut de financement à renseigner"));
    BOOST_TEST(page.contains("ATTENTION"));
    BOOST_TEST(page.contains("action=\"" + session(s) + "/stagiaires/" + str(st) + "/supprimer\""));
    BOOST_TEST(!page.contains("Aucun stagiaire inscrit"));

    // The record lists the session, linked back, funding to be entered.
    Page f = tut.get(fiche(st));
    BOOST_TEST(f.contains("<a href=\"" + session(s) + "\">n° " + str(s) + "</a> — février 2032"));
    BOOST_TEST(f.contains("statut de financement à renseigner"));
    BOOST_TEST(!f.contains("inscrit à aucune session"));
}

BOOST_AUTO_TEST_CASE(deja_inscrit) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 2);
    long st = creer_stagiaire(tut, "Deuxfois " + lettres());
    BOOST_REQUIRE_EQUAL(inscrire_depuis_session(tut, s, str(st)).status, 303);

    Page p = inscrire_depuis_session(tut, s, str(st));
    BOOST_TEST(p.status == 422);
    BOOST_TEST(p.contains("déjà inscrit"));
    BOOST_TEST(inscriptions(s, st) == 1);
    BOOST_TEST(presences(s, st) == 2);

    // From the record too.
    Page f = inscrire_depuis_fiche(tut, st, {{"session_id", str(s)}, {"statut_financement", "pole_emploi"}});
    BOOST_TEST(f.status == 422);
    BOOST_TEST(f.contains("déjà inscrit"));
    BOOST_TEST(inscriptions(s, st) == 1);
    BOOST_TEST(inscription(s, st, "IFNULL(statut_financement, 'NULL')") == "NULL");  // not changed by the refusal
    BOOST_TEST(presences(s, st) == 2);
}

BOOST_AUTO_TEST_CASE(atelier_ajoute_puis_supprime) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 2);
    long autre = session_avec_ateliers(resp, 1);
    const std::string u = lettres();
    long a = creer_stagiaire(tut, "Ajout " + u, "Anne");
    long b = creer_stagiaire(tut, "Ajout " + u, "Bruno");
    long c = creer_stagiaire(tut, "Ajout " + u, "Carole");  // enrolled elsewhere only
    BOOST_REQUIRE_EQUAL(inscrire_depuis_session(tut, s, str(a)).status, 303);
    BOOST_REQUIRE_EQUAL(inscrire_depuis_session(tut, s, str(b)).status, 303);
    BOOST_REQUIRE_EQUAL(inscrire_depuis_session(tut, autre, str(c)).status, 303);
    BOOST_REQUIRE_EQUAL(presences_session(s), 4);

    // Validated attendance must survive a new workshop.
    sql_exec("UPDATE presence p JOIN atelier x ON x.id = p.atelier_id SET p.statut = 'present'"
             " WHERE x.session_id = ? AND p.stagiaire_id = ?",
             {str(s), str(a)});

    long nouveau = ajouter_atelier(resp, s, "2032-02-25", "Ajouté plus tard " + u, "2");
    BOOST_TEST(presences_atelier(nouveau) == 2);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence WHERE atelier_id = ? AND statut = 'non_renseigne'", {str(nouveau)}) == 2);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence WHERE atelier_id = ? AND stagiaire_id = ?", {str(nouveau), str(a)}) == 1);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence WHERE atelier_id = ? AND stagiaire_id = ?", {str(nouveau), str(b)}) == 1);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence WHERE atelier_id = ? AND stagiaire_id = ?", {str(nouveau), str(c)}) == 0);
    BOOST_TEST(presences(s, a) == 3);
    BOOST_TEST(presences(s, a, "present") == 2);
    BOOST_TEST(presences(s, b) == 3);
    BOOST_TEST(presences(autre, c) == 1);
    BOOST_TEST(presences_session(autre) == 1);

    // A trainee enrolled after it gets it as well.
    long d = creer_stagiaire(tut, "Ajout " + u, "Denis");
    BOOST_REQUIRE_EQUAL(inscrire_depuis_session(tut, s, str(d)).status, 303);
    BOOST_TEST(presences(s, d) == 3);
    BOOST_TEST(presences_atelier(nouveau) == 3);

    // Deleting a workshop deletes its attendance rows, and only those.
    resp.get(session(s));
    Page del = resp.submit(session(s) + "/ateliers/" + str(nouveau) + "/supprimer", {});
    BOOST_TEST(del.status == 303);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = ?", {str(nouveau)}) == 0);
    BOOST_TEST(presences_atelier(nouveau) == 0);
    BOOST_TEST(presences(s, a) == 2);
    BOOST_TEST(presences(s, a, "present") == 2);
    BOOST_TEST(presences(s, b) == 2);
    BOOST_TEST(presences(s, d) == 2);
    BOOST_TEST(presences_session(autre) == 1);
    BOOST_TEST(inscriptions(s) == 3);
}

BOOST_AUTO_TEST_CASE(desinscription) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 2);
    long autre = session_avec_ateliers(resp, 3, "2032-03");
    const std::string u = lettres();
    long st = creer_stagiaire(tut, "Desinscrit " + u, "Paul");
    long reste = creer_stagiaire(tut, "Desinscrit " + u, "Pierre");
    BOOST_REQUIRE_EQUAL(inscrire_depuis_session(tut, s, str(st)).status, 303);
    BOOST_REQUIRE_EQUAL(inscrire_depuis_session(tut, s, str(reste)).status, 303);
    BOOST_REQUIRE_EQUAL(inscrire_depuis_fiche(tut, st, {{"session_id", str(autre)}, {"statut_financement", "autre"}}).status, 303);
    BOOST_REQUIRE_EQUAL(presences(s, st), 2);
    BOOST_REQUIRE_EQUAL(presences(autre, st), 3);

    Page page = tut.get(session(s));
    BOOST_REQUIRE(page.contains("action=\"" + session(s) + "/stagiaires/" + str(st) + "/supprimer\""));
    Page p = tut.submit(session(s) + "/stagiaires/" + str(st) + "/supprimer", {});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == session(s) + "#stagiaires");
    BOOST_TEST(inscriptions(s, st) == 0);
    BOOST_TEST(presences(s, st) == 0);
    // The other session and the other trainee are untouched.
    BOOST_TEST(inscriptions(autre, st) == 1);
    BOOST_TEST(presences(autre, st) == 3);
    BOOST_TEST(inscriptions(s, reste) == 1);
    BOOST_TEST(presences(s, reste) == 2);
    // The record itself stays.
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM stagiaire WHERE id = ?", {str(st)}) == 1);

    Page after = tut.get(session(s));
    BOOST_TEST(!after.contains("href=\"" + fiche(st) + "\""));
    BOOST_TEST(after.contains("href=\"" + fiche(reste) + "\""));
    BOOST_TEST(after.contains("Stagiaires inscrits (1)"));
    Page f = tut.get(fiche(st));
    BOOST_TEST(!f.contains("href=\"" + session(s) + "\""));
    BOOST_TEST(f.contains("href=\"" + session(autre) + "\""));

    // Twice, or a trainee never enrolled, or an unknown session: 404, nothing changed.
    BOOST_TEST(tut.submit(session(s) + "/stagiaires/" + str(st) + "/supprimer", {}).status == 404);
    BOOST_TEST(tut.submit(session(s) + "/stagiaires/99999999/supprimer", {}).status == 404);
    BOOST_TEST(tut.submit("/emploi/sessions/99999999/stagiaires/" + str(reste) + "/supprimer", {}).status == 404);
    BOOST_TEST(inscriptions(s, reste) == 1);
    BOOST_TEST(presences(s, reste) == 2);

    // The manager may un-enrol too; then enrol again: fresh attendance rows.
    resp.get(session(s));
    BOOST_TEST(resp.submit(session(s) + "/stagiaires/" + str(reste) + "/supprimer", {}).status == 303);
    BOOST_TEST(inscriptions(s) == 0);
    BOOST_TEST(presences_session(s) == 0);
    BOOST_TEST(inscrire_depuis_session(tut, s, str(st)).status == 303);
    BOOST_TEST(presences(s, st, "non_renseigne") == 2);
}

BOOST_AUTO_TEST_CASE(filtre_de_la_liste_deroulante) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 1);
    const std::string u = lettres();
    long st = creer_stagiaire(tut, "Filtre " + u, "Émilie");
    // Newer records do not hide it: the search finds it.
    const std::string v = lettres();
    for (int i = 0; i < 3; ++i) creer_stagiaire(tut, "Recent " + v, std::string("Abc") + static_cast<char>('a' + i));
    // Before a search, no list to scroll: the page asks for a name.
    Page avant = tut.get(session(s));
    BOOST_TEST(between(avant.body, "name=\"stagiaire_id\"", "</select>").find("<option value=\"" ) ==
               between(avant.body, "name=\"stagiaire_id\"", "</select>").rfind("<option value=\""));  // the empty choice only
    BOOST_TEST(avant.contains("Tapez le début de son nom"));

    for (const std::string& q : std::vector<std::string>{u, majuscules(u), "filtre " + u, "emilie " + u, "ÉMILIE " + u}) {
        BOOST_TEST_CONTEXT("q=" << q) {
            Page p = tut.get(session(s) + "?q=" + ope::url_encode(q));
            BOOST_TEST(p.status == 200);
            BOOST_TEST(p.contains(seule_option(st) + "FILTRE " + majuscules(u) + " Émilie"));
            BOOST_TEST(p.contains("value=\"" + q + "\""));
            // Only the matching record is offered (and the empty choice).
            const std::string liste = between(p.body, "name=\"stagiaire_id\"", "</select>");
            std::size_t options = 0;
            for (auto at = liste.find("<option "); at != std::string::npos; at = liste.find("<option ", at + 1)) ++options;
            BOOST_TEST(options == 2u);
        }
    }
    Page rien = tut.get(session(s) + "?q=" + ope::url_encode(v + " zzz"));
    BOOST_TEST(rien.status == 200);
    BOOST_TEST(!rien.contains(une_option(st)));
    BOOST_TEST(rien.contains("Aucun stagiaire non inscrit ne correspond"));

    Page autres = tut.get(session(s) + "?q=" + ope::url_encode(v));
    BOOST_TEST(!autres.contains(une_option(st)));

    // Chosen from the filtered list: enrolled.
    tut.get(session(s) + "?q=" + u);
    Page p = tut.submit(session(s) + "/stagiaires", {{"stagiaire_id", str(st)}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(inscriptions(s, st) == 1);

    // A bad q does not break the page.
    BOOST_TEST(tut.get(session(s) + "?q=" + std::string(300, 'a')).status != 500);
    BOOST_TEST(tut.get(session(s) + "?q=%FF").status != 500);
}

BOOST_AUTO_TEST_CASE(fiche_rsa_sans_numeros) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 2);
    long st = creer_stagiaire(tut, "Rsa " + lettres());

    Page p = inscrire_depuis_fiche(tut, st, {{"session_id", str(s)}, {"statut_financement", "rsa"},
                                             {"numero_caf", ""}, {"numero_cli", "  "}, {"complement_financement", ""}});
    BOOST_TEST(p.status == 422);
    BOOST_TEST(p.contains("Le numéro CAF est obligatoire"));
    BOOST_TEST(p.contains("Le numéro CLI est obligatoire"));
    BOOST_TEST(p.contains("<option value=\"rsa\" selected>"));
    BOOST_TEST(p.contains("<option value=\"" + str(s) + "\" selected>"));
    BOOST_TEST(inscriptions(s, st) == 0);
    BOOST_TEST(presences(s, st) == 0);

    // One of the two only.
    Page q = inscrire_depuis_fiche(tut, st, {{"session_id", str(s)}, {"statut_financement", "rsa"},
                                             {"numero_caf", "CAF123"}, {"numero_cli", ""}});
    BOOST_TEST(q.status == 422);
    BOOST_TEST(!q.contains("Le numéro CAF est obligatoire"));
    BOOST_TEST(q.contains("Le numéro CLI est obligatoire"));
    BOOST_TEST(q.contains("value=\"CAF123\""));
    BOOST_TEST(inscriptions(s, st) == 0);
    BOOST_TEST(presences(s, st) == 0);
}

BOOST_AUTO_TEST_CASE(fiche_rsa_complet) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 2);
    const std::string u = lettres();
    long st = creer_stagiaire(tut, "Rsaok " + u);

    Page p = inscrire_depuis_fiche(tut, st, {{"session_id", str(s)}, {"statut_financement", "rsa"},
                                             {"numero_caf", " 1234567 "}, {"numero_cli", "CLI-89"},
                                             {"complement_financement", "Aide  de la Région"}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == fiche(st) + "#sessions");
    BOOST_TEST(inscriptions(s, st) == 1);
    BOOST_TEST(financement(s, st) == "rsa|1234567|CLI-89|Aide de la Région");
    BOOST_TEST(presences(s, st, "non_renseigne") == 2);

    Page f = tut.get(fiche(st));
    BOOST_TEST(f.contains("<a href=\"" + session(s) + "\">n° " + str(s) + "</a>"));
    BOOST_TEST(f.contains("<option value=\"rsa\" selected>RSA</option>"));
    BOOST_TEST(f.contains("value=\"1234567\""));
    BOOST_TEST(f.contains("value=\"CLI-89\""));
    BOOST_TEST(f.contains("action=\"" + fiche(st) + "/sessions/" + str(s) + "\""));
    BOOST_TEST(!f.contains("statut de financement à renseigner"));

    // The session page shows the status instead of the reminder label.
    Page page = tut.get(session(s));
    BOOST_TEST(page.contains("href=\"" + fiche(st) + "\""));
    BOOST_TEST(page.contains("<span class=\"etiquette\">RSA</span>"));
    BOOST_TEST(!page.contains("statut de financement à renseigner"));

    // Other statuses do not need the numbers.
    long s2 = session_avec_ateliers(resp, 1);
    Page e = inscrire_depuis_fiche(tut, st, {{"session_id", str(s2)}, {"statut_financement", "employeur"}});
    BOOST_TEST(e.status == 303);
    BOOST_TEST(financement(s2, st) == "employeur|||");
    BOOST_TEST(presences(s2, st) == 1);
}

BOOST_AUTO_TEST_CASE(fiche_inscription_refusee) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 2);
    long vide = creer_session(resp, "2032-02", "Vide " + lettres());
    long st = creer_stagiaire(tut, "Refuse " + lettres());

    struct Cas {
        Fields champs;
        std::string message;
    };
    const std::vector<Cas> cas = {
        {{{"session_id", str(s)}, {"statut_financement", "bidon"}}, "Choisissez le statut de financement"},
        {{{"session_id", str(s)}, {"statut_financement", ""}}, "Choisissez le statut de financement"},
        {{{"session_id", str(s)}}, "Choisissez le statut de financement"},
        {{{"session_id", str(s)}, {"statut_financement", "RSA"}, {"numero_caf", "1"}, {"numero_cli", "2"}},
         "Choisissez le statut de financement"},
        {{{"session_id", str(vide)}, {"statut_financement", "pole_emploi"}}, "aucun atelier"},
        {{{"session_id", "abc"}, {"statut_financement", "pole_emploi"}}, "Choisissez une session"},
        {{{"session_id", "0"}, {"statut_financement", "pole_emploi"}}, "Choisissez une session"},
        {{{"session_id", ""}, {"statut_financement", "pole_emploi"}}, "Choisissez une session"},
        {{{"session_id", "99999999"}, {"statut_financement", "pole_emploi"}}, "Cette session n&#39;existe pas"},
        {{{"session_id", str(s)}, {"statut_financement", "pole_emploi"}, {"numero_caf", std::string(33, '1')}},
         "Trop long (32 caractères au plus)."},
        {{{"session_id", str(s)}, {"statut_financement", "autre"}, {"complement_financement", "a\xff"}},
         "Texte invalide (encodage)."},
    };
    for (const auto& k : cas) {
        BOOST_TEST_CONTEXT(k.message) {
            Page p = inscrire_depuis_fiche(tut, st, k.champs);
            BOOST_TEST(p.status == 422);
            BOOST_TEST(p.contains(k.message));
            BOOST_TEST(p.contains("L'inscription n'a pas été enregistrée"));
            BOOST_TEST(p.contains("<details open>"));
        }
    }
    BOOST_TEST(inscriptions_du_stagiaire(st) == 0);
    BOOST_TEST(inscriptions(s) == 0);
    BOOST_TEST(inscriptions(vide) == 0);
    BOOST_TEST(presences_session(s) == 0);

    // Unknown trainee: 404.
    tut.get(fiche(st));
    BOOST_TEST(tut.submit("/emploi/stagiaires/99999999/sessions", {{"session_id", str(s)}, {"statut_financement", "autre"}}).status == 404);
    BOOST_TEST(inscriptions(s) == 0);
}

BOOST_AUTO_TEST_CASE(changement_de_financement) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 2);
    long pas_inscrit = session_avec_ateliers(resp, 1);
    long st = creer_stagiaire(tut, "Financement " + lettres());
    BOOST_REQUIRE_EQUAL(inscrire_depuis_session(tut, s, str(st)).status, 303);
    const std::string chemin = fiche(st) + "/sessions/" + str(s);

    tut.get(fiche(st));
    Page p = tut.submit(chemin, {{"statut_financement", "pole_emploi"}, {"numero_caf", ""}, {"numero_cli", ""},
                                 {"complement_financement", "Fonds social"}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == fiche(st) + "#sessions");
    BOOST_TEST(financement(s, st) == "pole_emploi|||Fonds social");
    BOOST_TEST(presences(s, st) == 2);  // attendance untouched
    Page f = tut.get(fiche(st));
    BOOST_TEST(f.contains("<option value=\"pole_emploi\" selected>France Travail</option>"));
    BOOST_TEST(!f.contains("statut de financement à renseigner"));
    BOOST_TEST(tut.get(session(s)).contains("<span class=\"etiquette\">France Travail</span>"));

    // To RSA without the numbers: refused, the row unchanged, messages beside the fields.
    const std::string avant = financement(s, st);
    Page r = tut.submit(chemin, {{"statut_financement", "rsa"}, {"numero_caf", ""}, {"numero_cli", ""}});
    BOOST_TEST(r.status == 422);
    BOOST_TEST(r.contains("Le numéro CAF est obligatoire"));
    BOOST_TEST(r.contains("Le numéro CLI est obligatoire"));
    BOOST_TEST(financement(s, st) == avant);
    // With them: stored.
    Page ok = tut.submit(chemin, {{"statut_financement", "rsa"}, {"numero_caf", "C1"}, {"numero_cli", "L2"}});
    BOOST_TEST(ok.status == 303);
    BOOST_TEST(financement(s, st) == "rsa|C1|L2|");
    // An unknown code, or none: refused.
    for (const std::string& code : std::vector<std::string>{"bidon", "", "rsa'--"}) {
        Page b = tut.submit(chemin, {{"statut_financement", code}});
        BOOST_TEST(b.status == 422);
        BOOST_TEST(b.contains("Choisissez le statut de financement"));
        BOOST_TEST(financement(s, st) == "rsa|C1|L2|");
    }

    // A session the trainee is not in, an unknown one: 404, nothing created.
    Page n = tut.submit(fiche(st) + "/sessions/" + str(pas_inscrit), {{"statut_financement", "autre"}});
    BOOST_TEST(n.status == 404);
    BOOST_TEST(inscriptions(pas_inscrit, st) == 0);
    BOOST_TEST(presences(pas_inscrit, st) == 0);
    BOOST_TEST(tut.submit(fiche(st) + "/sessions/99999999", {{"statut_financement", "autre"}}).status == 404);
    // Another trainee's enrolment through this trainee's URL: 404.
    long autre = creer_stagiaire(tut, "Financement " + lettres(), "Autre");
    tut.get(fiche(autre));
    BOOST_TEST(tut.submit(fiche(autre) + "/sessions/" + str(s), {{"statut_financement", "autre"}}).status == 404);
    BOOST_TEST(financement(s, st) == "rsa|C1|L2|");
    BOOST_TEST(inscriptions(s, autre) == 0);
}

BOOST_AUTO_TEST_CASE(droits_d_inscription) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 1);
    const std::string u = lettres();
    long inscrit = creer_stagiaire(tut, "Droitsins " + u, "Ines");
    long libre = creer_stagiaire(tut, "Droitsins " + u, "Luc");
    BOOST_REQUIRE_EQUAL(inscrire_depuis_session(tut, s, str(inscrit)).status, 303);
    // The trainer of the test session, so that the session page itself is allowed.
    resp.get(session(s));
    BOOST_REQUIRE_EQUAL(resp.submit(session(s) + "/intervenants", {{"utilisateur_id", "3"}, {"role", "formateur"}}).status, 303);
    const std::string avant = financement(s, inscrit);

    struct Envoi {
        std::string chemin;
        Fields champs;
    };
    const std::vector<Envoi> envois = {
        {session(s) + "/stagiaires", {{"stagiaire_id", str(libre)}}},
        {session(s) + "/stagiaires/" + str(inscrit) + "/supprimer", {}},
        {fiche(libre) + "/sessions", {{"session_id", str(s)}, {"statut_financement", "autre"}}},
        {fiche(inscrit) + "/sessions/" + str(s), {{"statut_financement", "autre"}}},
        {"/emploi/sessions/1/stagiaires", {{"stagiaire_id", str(libre)}}},
    };
    for (const std::string& who : std::vector<std::string>{"formateur", "stagiaire"}) {
        BOOST_TEST_CONTEXT(who) {
            Client c = who == "formateur" ? logged("formateur") : logged("elodie.dupont", "Bienvenue-7Kq2");
            c.get(who == "formateur" ? session(s) : "/");
            for (const auto& e : envois) BOOST_TEST(c.submit(e.chemin, e.champs).status == 403, e.chemin);
        }
    }
    Client anonyme;
    anonyme.get("/connexion");
    for (const auto& e : envois) {
        Page p = anonyme.submit(e.chemin, e.champs);
        BOOST_TEST(p.status == 302, e.chemin);
        BOOST_TEST(p.location().rfind("/connexion?suite=", 0) == 0u, e.chemin);
    }
    BOOST_TEST(inscriptions(s, libre) == 0);
    BOOST_TEST(inscriptions(1, libre) == 0);
    BOOST_TEST(inscriptions(s, inscrit) == 1);
    BOOST_TEST(presences(s, inscrit) == 1);
    BOOST_TEST(financement(s, inscrit) == avant);

    // The trainer sees the session page: trainees listed, no enrolment form, no link to records.
    Client form = logged("formateur");
    for (long id : {s, 1L}) {
        BOOST_TEST_CONTEXT("session " << id) {
            Page p = form.get(session(id));
            BOOST_TEST(p.status == 200);
            BOOST_TEST(p.contains("Stagiaires inscrits"));
            BOOST_TEST(!p.contains("action=\"" + session(id) + "/stagiaires\""));
            BOOST_TEST(!p.contains("Inscrire un stagiaire"));
            BOOST_TEST(!p.contains("href=\"/emploi/stagiaires"));
            BOOST_TEST(!p.contains("/supprimer\""));
            BOOST_TEST(!p.contains("name=\"stagiaire_id\""));
            // Even with a search in the URL.
            Page q = form.get(session(id) + "?q=droitsins");
            BOOST_TEST(q.status == 200);
            BOOST_TEST(!q.contains(une_option(libre)));
        }
    }
    BOOST_TEST(form.get(session(s)).contains("DROITSINS " + majuscules(u) + " Ines"));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM inscription WHERE session_id = 1") >= 1);

    // Tutors other than the session's own and the manager may enrol.
    Client t2 = logged("tuteur2");
    BOOST_TEST(inscrire_depuis_session(t2, s, str(libre)).status == 303);
    BOOST_TEST(inscriptions(s, libre) == 1);
    resp.get(session(s));
    BOOST_TEST(resp.submit(session(s) + "/stagiaires/" + str(libre) + "/supprimer", {}).status == 303);
    BOOST_TEST(inscrire_depuis_fiche(resp, libre, {{"session_id", str(s)}, {"statut_financement", "autre"}}).status == 303);
    BOOST_TEST(financement(s, libre) == "autre|||");
}

BOOST_AUTO_TEST_CASE(csrf_manquant) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 2);
    const std::string u = lettres();
    long inscrit = creer_stagiaire(tut, "Csrfins " + u, "Ines");
    long libre = creer_stagiaire(tut, "Csrfins " + u, "Luc");
    BOOST_REQUIRE_EQUAL(inscrire_depuis_fiche(tut, inscrit, {{"session_id", str(s)}, {"statut_financement", "autre"}}).status, 303);
    tut.get(session(s));

    const std::vector<std::pair<std::string, Fields>> envois = {
        {session(s) + "/stagiaires", {{"stagiaire_id", str(libre)}}},
        {session(s) + "/stagiaires/" + str(inscrit) + "/supprimer", {}},
        {fiche(libre) + "/sessions", {{"session_id", str(s)}, {"statut_financement", "pole_emploi"}}},
        {fiche(inscrit) + "/sessions/" + str(s), {{"statut_financement", "pole_emploi"}}},
    };
    for (const auto& [chemin, champs] : envois) {
        BOOST_TEST_CONTEXT(chemin) {
            BOOST_TEST(tut.post(chemin, champs).status == 403);
            Fields faux = champs;
            faux.emplace_back("csrf", std::string(64, '0'));
            BOOST_TEST(tut.post(chemin, faux).status == 403);
            Fields autre = champs;
            autre.emplace_back("csrf", resp.csrf());  // the manager's token, not this user's
            BOOST_TEST(tut.post(chemin, autre).status == 403);
        }
    }
    BOOST_TEST(inscriptions(s, libre) == 0);
    BOOST_TEST(inscriptions(s, inscrit) == 1);
    BOOST_TEST(presences(s, inscrit) == 2);
    BOOST_TEST(financement(s, inscrit) == "autre|||");
}

BOOST_AUTO_TEST_CASE(stagiaire_id_invalide) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 2);
    for (const std::string& bad : std::vector<std::string>{"abc", "0", "99999999", "", "-1", "1e3", " 1", "1 ", "0x10",
                                                           "99999999999999999999999", "1;DROP TABLE inscription", "\xff"}) {
        BOOST_TEST_CONTEXT("stagiaire_id=" << bad) {
            Page p = inscrire_depuis_session(tut, s, bad);
            BOOST_TEST(p.status == 422);
            BOOST_TEST((p.contains("Choisissez un stagiaire dans la liste.") || p.contains("Ce stagiaire n&#39;existe pas.")));
            BOOST_TEST(p.contains("Session n° " + str(s)));
        }
    }
    // Missing field altogether.
    tut.get(session(s));
    Page m = tut.submit(session(s) + "/stagiaires", {});
    BOOST_TEST(m.status == 422);
    BOOST_TEST(inscriptions(s) == 0);
    BOOST_TEST(presences_session(s) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM inscription WHERE stagiaire_id = 99999999") == 0);

    // Unknown session: 404, nothing written.
    long st = creer_stagiaire(tut, "Inconnue " + lettres());
    tut.get(session(s));
    BOOST_TEST(tut.submit("/emploi/sessions/99999999/stagiaires", {{"stagiaire_id", str(st)}}).status == 404);
    BOOST_TEST(inscriptions_du_stagiaire(st) == 0);
}

// The rest of the association's website reads the labels from the table
// statut_financement: they are the application's ("France Travail", code pole_emploi).
BOOST_AUTO_TEST_CASE(libelles_des_statuts_comme_l_application) {
    Client tut = logged("tuteur");
    Page f = tut.get(fiche(1));
    BOOST_TEST_REQUIRE(f.status == 200);
    for (const std::string code : {"rsa", "pole_emploi", "autofinancement", "employeur", "autre"}) {
        const std::string libelle = sql_value("SELECT libelle FROM statut_financement WHERE code = ?", {code});
        BOOST_TEST(f.contains("<option value=\"" + code + "\">" + libelle + "</option>"), code);
    }
    BOOST_TEST(sql_value("SELECT libelle FROM statut_financement WHERE code = 'pole_emploi'") == "France Travail");
    BOOST_TEST(!f.contains("Pôle emploi"));
}

// From the session page in one go: the trainee and the funding (RSA: CAF and CLI
// numbers required, as on the record); a refused form keeps what was chosen.
BOOST_AUTO_TEST_CASE(inscription_depuis_la_session_avec_financement) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 2);
    const std::string u = lettres();
    long st = creer_stagiaire(tut, "Financee " + u, "Rose");
    // The form offers the statuses, "à renseigner" first; CAF and CLI marked for the script.
    Page page = tut.get(session(s) + "?q=" + u);
    BOOST_TEST(page.contains("<option value=\"\">— à renseigner —</option>"));
    BOOST_TEST(page.contains("<option value=\"rsa\">RSA</option>"));
    BOOST_TEST(page.contains("<div data-rsa><label for=\"inscription-caf\">"));
    BOOST_TEST(page.contains("<script src=\"/static/inscription.js\" defer></script>"));

    struct Cas {
        Fields champs;
        std::string champ, message;
    };
    for (const Cas& cas : {Cas{{{"statut_financement", "rsa"}, {"numero_caf", ""}, {"numero_cli", "CLI-9"}}, "numero_caf",
                               "Le numéro CAF est obligatoire pour le statut RSA"},
                           Cas{{{"statut_financement", "rsa"}, {"numero_caf", "123"}, {"numero_cli", " "}}, "numero_cli",
                               "Le numéro CLI est obligatoire pour le statut RSA"},
                           Cas{{{"statut_financement", "chomage"}}, "statut_financement", "Choisissez le statut de financement"},
                           Cas{{{"statut_financement", "autre"}, {"complement_financement", std::string(201, 'x')}},
                               "complement_financement", "Trop long (200 caractères au plus)"}}) {
        BOOST_TEST_CONTEXT(cas.champ) {
            tut.get(session(s) + "?q=" + u);
            Fields f = cas.champs;
            f.emplace_back("stagiaire_id", str(st));
            Page p = tut.submit(session(s) + "/stagiaires", f);
            BOOST_TEST(p.status == 422);
            BOOST_TEST(p.contains(cas.message));
            BOOST_TEST(p.contains("L'inscription n'a pas été enregistrée"));
            BOOST_TEST(p.contains("aria-invalid=\"true\""));
            // The trainee chosen stays chosen, the status too.
            BOOST_TEST(p.contains(option(st).substr(0, option(st).size() - 1) + " selected>FINANCEE " + majuscules(u) + " Rose"));
            BOOST_TEST(inscriptions(s, st) == 0);
            BOOST_TEST(presences(s, st) == 0);
        }
    }
    tut.get(session(s) + "?q=" + u);
    Page ok = tut.submit(session(s) + "/stagiaires", {{"stagiaire_id", str(st)}, {"statut_financement", "rsa"}, {"numero_caf", " 7654321 "},
                                                      {"numero_cli", "CLI-77"}, {"complement_financement", "Aide régionale"}});
    BOOST_TEST(ok.status == 303);
    BOOST_TEST(ok.location() == session(s) + "#stagiaires");
    BOOST_TEST(financement(s, st) == "rsa|7654321|CLI-77|Aide régionale");
    BOOST_TEST(presences(s, st) == 2);
    Page apres = tut.get(ok.location());
    BOOST_TEST(apres.contains("Stagiaire inscrit à la session."));
    BOOST_TEST(apres.contains("<span class=\"etiquette\">RSA</span>"));
    BOOST_TEST(sql_value("SELECT detail FROM journal WHERE objet = 'stagiaire' AND objet_id = ? AND action = 'inscription'", {str(st)}) ==
               "session " + str(s) + " : RSA, CAF 7654321, CLI CLI-77, complément Aide régionale");
    // France Travail, without numbers.
    long autre = creer_stagiaire(tut, "Financee " + u, "Lys");
    tut.get(session(s));
    BOOST_TEST(tut.submit(session(s) + "/stagiaires", {{"stagiaire_id", str(autre)}, {"statut_financement", "pole_emploi"}}).status == 303);
    BOOST_TEST(financement(s, autre) == "pole_emploi|||");
}

// Finding a trainee among many by typing: the search leaves out those already
// enrolled, answers with a short list (JSON for the script, the same on the plain page).
BOOST_AUTO_TEST_CASE(recherche_pour_inscrire) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = session_avec_ateliers(resp, 1);
    const std::string u = lettres();
    long deja = creer_stagiaire(tut, "Cherche " + u, "Anne");
    long libre = creer_stagiaire(tut, Fields{{"civilite", "Mme"}, {"nom", "Cherche " + u}, {"prenom", "Berthe"},
                                             {"ville", "Lille <b>centre</b>"}, {"date_naissance", "02/03/1990"}});
    BOOST_REQUIRE_EQUAL(inscrire_depuis_session(tut, s, str(deja)).status, 303);

    // The plain page (without JavaScript).
    Page p = tut.get(session(s) + "?q=cherche+" + u);
    BOOST_TEST(p.contains(seule_option(libre) + "CHERCHE " + majuscules(u) + " Berthe (né·e le 02/03/1990) — Lille &lt;b&gt;centre&lt;/b&gt;</option>"));
    BOOST_TEST(!p.contains(une_option(deja)));
    BOOST_TEST(p.contains("1 stagiaire trouvé."));

    // What the script asks.
    Page j = tut.get(session(s) + "/stagiaires/recherche?q=cherche+" + u);
    BOOST_TEST(j.status == 200);
    BOOST_TEST(j.headers["content-type"] == "application/json; charset=utf-8");
    BOOST_TEST(j.body == "{\"total\": 1, \"stagiaires\": [{\"id\": " + str(libre) + ", \"libelle\": \"CHERCHE " + majuscules(u) +
                             " Berthe (né·e le 02/03/1990) — Lille \\u003cb\\u003ecentre\\u003c/b\\u003e\"}]}");
    BOOST_TEST(tut.get(session(s) + "/stagiaires/recherche?q=").body == "{\"total\": 0, \"stagiaires\": []}");
    BOOST_TEST(tut.get(session(s) + "/stagiaires/recherche?q=zzz" + u).body == "{\"total\": 0, \"stagiaires\": []}");
    BOOST_TEST(tut.get(session(s) + "/stagiaires/recherche?q=" + std::string(300, 'a')).status == 400);
    BOOST_TEST(tut.get("/emploi/sessions/999999999/stagiaires/recherche?q=" + u).status == 404);

    // Many matches: the first 20, and the total, for the user to type more.
    const std::string v = lettres();
    for (int i = 0; i < 22; ++i) creer_stagiaire(tut, "Nombreux " + v, "Prenom" + lettres(i));
    Page beaucoup = tut.get(session(s) + "/stagiaires/recherche?q=nombreux+" + v);
    BOOST_TEST(beaucoup.body.rfind("{\"total\": 22, ", 0) == 0u, beaucoup.body.substr(0, 60));
    long offerts = 0;
    for (auto at = beaucoup.body.find("\"id\": "); at != std::string::npos; at = beaucoup.body.find("\"id\": ", at + 1)) ++offerts;
    BOOST_TEST(offerts == 20);
    Page page = tut.get(session(s) + "?q=nombreux+" + v);
    BOOST_TEST(page.contains("22 stagiaires trouvés, les 20 premiers ci-dessous : précisez la recherche."));
}
