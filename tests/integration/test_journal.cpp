// The audit journal: every state change is recorded (who, what, old and new
// values for personal data) and the manager reads it, filtered by trainee or session.
#define BOOST_TEST_MODULE journal
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

using namespace ope::test;

BOOST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(changes_are_journaled_and_filtered) {
    Client c;
    BOOST_TEST_REQUIRE(c.login("responsable", "demo"));
    const std::string tag = unique("Journal ");
    c.get("/emploi/sessions/ajouter");
    Page p = c.submit("/emploi/sessions/ajouter", {{"mois", "2033-01"}, {"intitule", tag}});
    BOOST_TEST_REQUIRE(p.status == 303);
    const std::string sid = std::to_string(id_from_location(p.location()));
    c.get("/emploi/sessions/" + sid);
    BOOST_TEST_REQUIRE(c.submit("/emploi/sessions/" + sid + "/ateliers",
                                {{"date", "2033-01-10"}, {"intitule", "Atelier journalisé"}, {"cycle", "1"}})
                           .status == 303);

    // A name of its own: a second run must not meet the first run's trainee.
    const std::string nom = "Journaliste" + lettres();
    c.get("/emploi/stagiaires/ajouter");
    Page a = c.submit("/emploi/stagiaires/ajouter", {{"civilite", "M."}, {"nom", nom}, {"prenom", "Tintin"},
                                                      {"tel_portable", "0611111111"}});
    BOOST_TEST_REQUIRE(a.status == 303);
    const std::string fiche = a.location();
    const std::string stagiaire = std::to_string(id_from_location(fiche));
    c.get(fiche);
    BOOST_TEST_REQUIRE(c.submit(fiche, {{"civilite", "M."}, {"nom", nom}, {"prenom", "Tintin"},
                                        {"tel_portable", "0622222222"}})
                           .status == 303);

    Page session = c.get("/emploi/journal?session=" + sid);
    BOOST_TEST(session.status == 200);
    BOOST_TEST(session.contains("data-action=\"creation\""));
    BOOST_TEST(session.contains("data-action=\"ajout_atelier\""));
    BOOST_TEST(session.contains(">création</td>"));  // the kind of event in words
    BOOST_TEST(session.contains("Atelier journalisé"));
    BOOST_TEST(!session.contains("06 22 22 22 22"));  // the trainee's change belongs to their own filter

    Page personne = c.get("/emploi/journal?stagiaire=" + stagiaire);
    BOOST_TEST(personne.status == 200);
    BOOST_TEST(personne.contains("« 06 11 11 11 11 » → « 06 22 22 22 22 »"));
    BOOST_TEST(personne.contains("Claire MARCHAND (responsable)"));
    BOOST_TEST(!personne.contains("data-action=\"ajout_atelier\""));

    BOOST_TEST(c.get("/emploi/journal?session=abc").status == 400);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE objet = 'session' AND objet_id = ?", {sid}) >= 2);
}

BOOST_AUTO_TEST_CASE(only_the_manager_reads_it) {
    Client tuteur;
    BOOST_TEST_REQUIRE(tuteur.login("tuteur", "demo"));
    BOOST_TEST(tuteur.get("/emploi/journal").status == 403);
    Client anonyme;
    Page p = anonyme.get("/emploi/journal");
    BOOST_TEST(p.status == 302);
    BOOST_TEST(p.location().rfind("/connexion?suite=", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(filtered_by_person_and_kind_of_event) {
    Client c = logged("responsable");
    const long s = creer_session(c, "2033-02", unique("Filtres "));
    const long a = ajouter_atelier(c, s, "2033-02-10", "Atelier filtré");
    const long st = creer_stagiaire(c, "Filtre" + lettres(), "Zoé");
    inscrire(c, s, st);
    valider_presences(c, s, {{"statut_" + str(a) + "_" + str(st), "present"}});

    // The attendance entry is about the trainee too: their filter finds it.
    Page personne = c.get("/emploi/journal?stagiaire=" + str(st));
    BOOST_TEST(personne.status == 200);
    BOOST_TEST(personne.contains("data-action=\"presence\""));
    BOOST_TEST(personne.contains("data-action=\"inscription\""));
    BOOST_TEST(personne.contains("data-action=\"creation\""));

    // One kind of event, for that trainee.
    Page presences = c.get("/emploi/journal?stagiaire=" + str(st) + "&action=presence");
    BOOST_TEST(presences.status == 200);
    BOOST_TEST(presences.contains("data-action=\"presence\""));
    BOOST_TEST(!presences.contains("data-action=\"inscription\""));
    BOOST_TEST(presences.contains("<option value=\"presence\" selected>"));

    // An account: what it did (the manager's own logins and changes).
    const std::string moi = sql_value("SELECT id FROM utilisateur WHERE login = 'responsable'");
    Page compte = c.get("/emploi/journal?utilisateur=" + moi + "&action=connexion");
    BOOST_TEST(compte.status == 200);
    BOOST_TEST(compte.contains("data-action=\"connexion\""));
    BOOST_TEST(!compte.contains("data-action=\"presence\""));

    // Bad filters: a clear message, never a 500.
    Page inconnu = c.get("/emploi/journal?action=nimportequoi");
    BOOST_TEST(inconnu.status == 400);
    BOOST_TEST(inconnu.contains("Type d&#39;événement inconnu"));
    BOOST_TEST(c.get("/emploi/journal?utilisateur=-3").status == 400);
}

BOOST_AUTO_TEST_CASE(logins_and_welcome_sheets_are_journaled) {
    Client c = logged("responsable");
    const long st = creer_stagiaire(c, "Accueil" + lettres(), "Léa");
    const std::string compte = sql_value("SELECT id FROM utilisateur WHERE stagiaire_id = ?", {str(st)});
    const std::string login = sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {str(st)});

    BOOST_TEST(c.get("/emploi/stagiaires/" + str(st) + "/accueil").status == 200);
    Client stagiaire = connecter_stagiaire(c, st);  // reads the sheet again, then logs in
    Client intrus;
    BOOST_TEST(!intrus.login(login, "pas-le-bon"));

    auto compter = [&](const char* action) {
        return sql_count("SELECT COUNT(*) FROM journal WHERE action = ? AND stagiaire_id = ?", {action, str(st)});
    };
    BOOST_TEST(compter("consultation_fiche_accueil") == 2);
    BOOST_TEST(compter("echec_connexion") == 1);
    BOOST_TEST(compter("connexion") == 1);
    // The wrong password itself is never kept.
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE detail LIKE '%pas-le-bon%'") == 0);

    Page p = c.get("/emploi/journal?utilisateur=" + compte);
    BOOST_TEST(p.status == 200);
    BOOST_TEST(p.contains("data-action=\"echec_connexion\""));
    BOOST_TEST(p.contains("data-action=\"connexion\""));
    Page fiches = c.get("/emploi/journal?stagiaire=" + str(st) + "&action=consultation_fiche_accueil");
    BOOST_TEST(fiches.contains("Claire MARCHAND (responsable)"));
    BOOST_TEST(!fiches.contains("data-action=\"connexion\""));
}
