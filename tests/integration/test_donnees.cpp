// Personal data (issue 15): the trainee's data as one JSON document (the manager's
// export and the trainee's own), the erasure of a trainee (a confirmation page
// first; after it, no page, export, report, CSV nor journal value shows the person),
// and the retention command `ope purger`.
#define BOOST_TEST_MODULE donnees
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include "fcgi/parse.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace ope::test;

namespace {

// A trainee with something in every part of their file: identity and contact,
// a study, an RSA enrolment with CAF and CLI numbers, attendance with a comment,
// a documentation mail.
struct Personne {
    long id = 0, session = 0, atelier = 0;
    std::string nom, prenom, email, tel, caf, cli, commentaire, etude, ville;
};

std::string chiffres(long n, int combien) {
    std::string s = std::to_string(n);
    if (static_cast<int>(s.size()) < combien) s.insert(0, static_cast<std::size_t>(combien) - s.size(), '0');
    return s.substr(s.size() - static_cast<std::size_t>(combien));
}

Personne creer_personne(Client& resp, const std::string& mois = "2034-05") {
    Personne p;
    const std::string u = lettres();
    // Numbers of their own: two people made in the same second differ too.
    static long suivant = 0;
    const long n = static_cast<long>(std::time(nullptr)) * 7 + static_cast<long>(::getpid()) * 1000 + 10 * ++suivant;
    p.nom = majuscules("Effacable" + u);
    p.prenom = "Gwendoline";
    p.email = "rgpd." + u + "@exemple.fr";
    p.ville = "Villeeffacee" + u;
    const std::string tel = "07" + chiffres(n, 8);
    p.tel = tel.substr(0, 2) + " " + tel.substr(2, 2) + " " + tel.substr(4, 2) + " " + tel.substr(6, 2) + " " +
            tel.substr(8, 2);
    p.caf = "CAF" + chiffres(n, 7);
    p.cli = "CLI" + chiffres(n + 1, 7);
    p.commentaire = "Commentaire privé " + u;
    p.etude = "Licence secrète " + u;
    p.id = creer_stagiaire(resp, {{"civilite", "Mme"}, {"nom", p.nom}, {"prenom", p.prenom},
                                  {"date_naissance", "14/07/1981"}, {"tel_portable", tel}, {"email", p.email},
                                  {"adresse", "7 impasse Privée"}, {"code_postal", "59000"}, {"ville", p.ville},
                                  {"parution_adresse", "1"}, {"parution_telephone", "1"}, {"parution_email", "1"}});
    BOOST_REQUIRE_EQUAL(resp.get(fiche(p.id)).status, 200);
    BOOST_REQUIRE_EQUAL(resp.submit(fiche(p.id) + "/etudes", {{"annee", "2004"}, {"diplome", p.etude},
                                                              {"specialite", "Droit"}, {"etablissement", "Lille 2"}})
                            .status,
                        303);
    p.session = creer_session(resp, mois, "Données " + u);
    p.atelier = ajouter_atelier(resp, p.session, mois + "-12", "Atelier données");
    inscrire_finance(resp, p.session, p.id, {{"statut_financement", "rsa"}, {"numero_caf", p.caf}, {"numero_cli", p.cli}});
    valider_presences(resp, p.session,
                      {{"statut_" + str(p.atelier) + "_" + str(p.id), "present"},
                       {"commentaire_" + str(p.atelier) + "_" + str(p.id), p.commentaire}});
    return p;
}

// The texts that identify the person (what no page may show after the erasure).
std::vector<std::string> traces(const Personne& p) {
    return {p.nom, p.email, p.tel, p.caf, p.cli, p.commentaire, p.etude, p.ville, "7 impasse Priv"};
}

void sans_trace(const Personne& p, const std::string& ou, const Page& page) {
    BOOST_TEST_CONTEXT(ou) {
        BOOST_TEST(page.status == 200);
        for (const auto& t : traces(p)) BOOST_TEST(!page.contains(t), "« " << t << " » encore présent");
    }
}

// `$OPE_TEST_BIN args...`: its exit status and what it printed.
std::pair<int, std::string> commande(const std::string& args) {
    const char* bin = std::getenv("OPE_TEST_BIN");
    BOOST_REQUIRE_MESSAGE(bin, "OPE_TEST_BIN is not set (scripts/test.sh sets it)");
    std::string sortie;
    FILE* f = popen(("'" + std::string(bin) + "' " + args + " 2>&1").c_str(), "r");
    BOOST_REQUIRE(f);
    std::array<char, 4096> buf;
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), f)) sortie.append(buf.data(), n);
    const int status = pclose(f);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, sortie};
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(export_json_for_the_manager_and_the_trainee) {
    Client resp = logged("responsable");
    const Personne p = creer_personne(resp);

    Page e = resp.get(fiche(p.id) + "/export");
    BOOST_TEST_REQUIRE(e.status == 200);
    BOOST_TEST(e.headers["content-type"].find("application/json") == 0u);
    BOOST_TEST(e.headers["content-disposition"].find("attachment") != std::string::npos);
    for (const auto& t : {p.nom, p.email, p.tel, p.caf, p.cli, p.commentaire, p.etude, std::string("1981-07-14")})
        BOOST_TEST(e.contains(t), "export sans « " << t << " »");
    for (const char* cle : {"\"format\": \"ope-donnees-personnelles/1\"", "\"stagiaire\": {", "\"consentement_annuaire\": {",
                            "\"etudes\": [", "\"compte\": {", "\"inscriptions\": [", "\"presences\": [", "\"envois\": [",
                            "\"journal\": [", "\"statut_financement\": \"rsa\"", "\"statut\": \"present\""})
        BOOST_TEST(e.contains(cle), "export sans " << cle);
    // No secret of the account.
    BOOST_TEST(!e.contains("mot_de_passe_hash"));
    BOOST_TEST(!e.contains("$argon2"));
    const std::string initial = sql_value("SELECT IFNULL(mot_de_passe_initial, '') FROM utilisateur WHERE stagiaire_id = ?", {str(p.id)});
    BOOST_TEST(!initial.empty());
    BOOST_TEST(!e.contains("\"" + initial + "\""));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'export_donnees' AND stagiaire_id = ?", {str(p.id)}) == 1);

    // The trainee's own, the same document.
    Client moi = connecter_stagiaire(resp, p.id);
    Page mien = moi.get("/espace/export");
    BOOST_TEST_REQUIRE(mien.status == 200);
    BOOST_TEST(mien.contains(p.caf));
    BOOST_TEST(mien.contains("\"id\": " + str(p.id)));
    BOOST_TEST(moi.get(fiche(p.id) + "/export").status == 403);
    BOOST_TEST(moi.get("/espace").body.find("/espace/export") != std::string::npos);

    // A tutor does not export; an unknown record is a 404.
    Client tut = logged("tuteur");
    BOOST_TEST(tut.get(fiche(p.id) + "/export").status == 403);
    BOOST_TEST(resp.get(fiche(999999999) + "/export").status == 404);
}

BOOST_AUTO_TEST_CASE(erasure_asks_first_then_leaves_no_trace) {
    Client resp = logged("responsable");
    const Personne p = creer_personne(resp);
    Client moi = connecter_stagiaire(resp, p.id);
    const std::string login = sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {str(p.id)});
    const std::string avant = sql_value("SELECT CONCAT_WS('|', nom, email) FROM stagiaire WHERE id = ?", {str(p.id)});
    // A workshop removed with their attendance: its journal entry (about the session)
    // names them with their comment.
    const long retire = ajouter_atelier(resp, p.session, "2034-05-19", "Atelier retiré");
    valider_presences(resp, p.session, {{"statut_" + str(retire) + "_" + str(p.id), "absent"},
                                        {"commentaire_" + str(retire) + "_" + str(p.id), p.commentaire}});
    resp.get(session(p.session));
    BOOST_REQUIRE_EQUAL(resp.submit(session(p.session) + "/ateliers/" + str(retire) + "/supprimer", {{"confirmer", "1"}}).status, 303);
    BOOST_REQUIRE_EQUAL(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'suppression_atelier' AND objet_id = ?"
                                  " AND INSTR(detail, ?) > 0", {str(p.session), p.commentaire}), 1);

    // An entry about their account written before entries named the trainee
    // (sql/009_journal_stagiaire.sql): the erasure rewrites it, the page counts it.
    sql_exec("INSERT INTO journal (utilisateur_id, action, objet, objet_id, detail)"
             " SELECT id, 'connexion', 'utilisateur', id, CONCAT(login, ' depuis 10.0.0.1') FROM utilisateur WHERE stagiaire_id = ?",
             {str(p.id)});

    // One click changes nothing: a page says what would go.
    BOOST_REQUIRE_EQUAL(resp.get(fiche(p.id)).status, 200);
    Page confirmation = resp.submit(fiche(p.id) + "/anonymiser", {});
    BOOST_TEST(confirmation.status == 200);
    BOOST_TEST(confirmation.contains("name=\"confirmer\" value=\"1\""));
    BOOST_TEST(confirmation.contains("Stagiaire anonymisé n° " + str(p.id)));
    // What would go, counted in words (one study, one comment, one enrolment).
    BOOST_TEST(confirmation.contains("1 étude et 1 commentaire de présence sont supprimés"));
    BOOST_TEST(confirmation.contains("Restent, pour les statistiques : 1 inscription (statut de financement compris) et"));
    BOOST_TEST(sql_value("SELECT CONCAT_WS('|', nom, email) FROM stagiaire WHERE id = ?", {str(p.id)}) == avant);
    // The journal entries it counts are those the erasure rewrites: about the trainee,
    // their record, their account, or made by their account.
    const std::string compte = sql_value("SELECT id FROM utilisateur WHERE stagiaire_id = ?", {str(p.id)});
    const long entrees = sql_count("SELECT COUNT(*) FROM journal j WHERE j.stagiaire_id = ? OR (j.objet = 'stagiaire'"
                                   " AND j.objet_id = ?) OR (j.objet = 'utilisateur' AND j.objet_id = ?)"
                                   " OR j.utilisateur_id = ?", {str(p.id), str(p.id), compte, compte});
    BOOST_TEST(entrees > 1);
    BOOST_TEST(confirmation.contains("journal à son sujet (" + str(entrees) + " entrées)"), "expected " << entrees);
    // Without the token: refused, nothing changed.
    Client sans_jeton = logged("responsable");
    BOOST_TEST(sans_jeton.post(fiche(p.id) + "/anonymiser", {{"confirmer", "1"}}).status == 403);
    BOOST_TEST(sql_value("SELECT CONCAT_WS('|', nom, email) FROM stagiaire WHERE id = ?", {str(p.id)}) == avant);

    Page fait = resp.submit(fiche(p.id) + "/anonymiser", {{"confirmer", "1"}});
    BOOST_TEST_REQUIRE(fait.status == 303);
    BOOST_TEST(fait.location().rfind(fiche(p.id), 0) == 0u);

    // The database: identity replaced, the rest removed, the counts kept.
    BOOST_TEST(sql_value("SELECT CONCAT_WS('|', civilite, nom, prenom, IFNULL(date_naissance, '-'), adresse, ville,"
                         " tel_portable, email, parution_adresse + parution_telephone + parution_email)"
                         " FROM stagiaire WHERE id = ?", {str(p.id)}) ==
               "|Stagiaire anonymisé n° " + str(p.id) + "||-|||||0");
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM etude WHERE stagiaire_id = ?", {str(p.id)}) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM utilisateur WHERE stagiaire_id = ?", {str(p.id)}) == 0);
    BOOST_TEST(sql_value("SELECT CONCAT_WS('|', statut_financement, numero_caf, numero_cli) FROM inscription"
                         " WHERE stagiaire_id = ?", {str(p.id)}) == "rsa||");
    BOOST_TEST(sql_value("SELECT CONCAT_WS('|', statut, commentaire) FROM presence WHERE stagiaire_id = ?",
                         {str(p.id)}) == "present|");
    for (const auto& t : traces(p))
        BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE INSTR(detail, ?) > 0", {t}) == 0, "journal : « " << t << " »");
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'suppression_atelier' AND objet_id = ?"
                         " AND INSTR(detail, ?) > 0", {str(p.session), "Stagiaire anonymisé n° " + str(p.id) + " : absent"}) == 1);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'anonymisation' AND objet_id = ? AND utilisateur_id ="
                         " (SELECT id FROM utilisateur WHERE login = 'responsable')", {str(p.id)}) == 1);

    // The account and its web sessions are gone.
    BOOST_TEST(moi.get("/espace").status == 302);
    Client encore;
    BOOST_TEST(!encore.login(login, "demo"));

    // No page shows the person any more.
    const std::string mois = "2034-05";
    sans_trace(p, "fiche", resp.get(fiche(p.id)));
    sans_trace(p, "session", resp.get(session(p.session)));
    sans_trace(p, "inscrits", resp.get(session(p.session) + "/inscrits?complet=1"));
    sans_trace(p, "présence", resp.get(session(p.session) + "/presence/1"));
    sans_trace(p, "validation", resp.get(session(p.session) + "/validation"));
    // The search form shows what was typed: the record must not be found by it.
    for (const auto& q : {p.nom, p.email, p.tel.substr(0, 8)}) {
        Page recherche = resp.get("/emploi/stagiaires?q=" + ope::url_encode(q));
        BOOST_TEST(recherche.status == 200);
        BOOST_TEST(!recherche.contains("href=\"/emploi/stagiaires/" + str(p.id) + "\""), "trouvé par « " << q << " »");
    }
    sans_trace(p, "annuaire", resp.get("/annuaire?session=" + str(p.session)));
    sans_trace(p, "rapport RSA", resp.get("/emploi/rapports/rsa?du=" + mois + "&au=" + mois));
    sans_trace(p, "rapport RSA CSV", resp.get("/emploi/rapports/rsa?du=" + mois + "&au=" + mois + "&format=csv"));
    sans_trace(p, "rapport annuel CSV", resp.get("/emploi/rapports/sessions?annee=2034&format=csv"));
    sans_trace(p, "journal", resp.get("/emploi/journal?stagiaire=" + str(p.id)));
    sans_trace(p, "journal de la session", resp.get("/emploi/journal?session=" + str(p.session)));
    sans_trace(p, "export", resp.get(fiche(p.id) + "/export"));
    Page fiche_anonyme = resp.get(fiche(p.id));
    BOOST_TEST(fiche_anonyme.contains("Stagiaire anonymisé n° " + str(p.id)));
    // The attendance still counts: the RSA report keeps the row, present once.
    Page rsa = resp.get("/emploi/rapports/rsa?du=" + mois + "&au=" + mois + "&format=csv");
    BOOST_TEST(rsa.contains("Stagiaire anonymisé n° " + str(p.id)));

    // An erased record takes no personal data back.
    BOOST_REQUIRE_EQUAL(resp.get(fiche(p.id)).status, 200);
    Page retour = resp.submit(fiche(p.id), {{"civilite", "Mme"}, {"nom", p.nom}, {"prenom", p.prenom}});
    BOOST_TEST(retour.status == 422);
    BOOST_TEST(retour.contains("Cette fiche est anonymisée"));
    BOOST_TEST(sql_value("SELECT nom FROM stagiaire WHERE id = ?", {str(p.id)}) == "Stagiaire anonymisé n° " + str(p.id));

    // Again: nothing more to erase, no error.
    BOOST_TEST(resp.submit(fiche(p.id) + "/anonymiser", {{"confirmer", "1"}}).status == 303);
    BOOST_TEST(resp.submit(fiche(999999999) + "/anonymiser", {{"confirmer", "1"}}).status == 404);
}

BOOST_AUTO_TEST_CASE(only_the_manager_erases) {
    Client resp = logged("responsable");
    const long id = creer_stagiaire(resp, "Protege" + lettres());
    const std::string avant = sql_value("SELECT nom FROM stagiaire WHERE id = ?", {str(id)});
    for (const char* qui : {"tuteur", "formateur"}) {
        Client c = logged(qui);
        c.get("/emploi/sessions");
        BOOST_TEST(c.submit(fiche(id) + "/anonymiser", {{"confirmer", "1"}}).status == 403);
    }
    BOOST_TEST(sql_value("SELECT nom FROM stagiaire WHERE id = ?", {str(id)}) == avant);
}

BOOST_AUTO_TEST_CASE(retention_command_dry_run_then_purge) {
    Client resp = logged("responsable");
    const Personne p = creer_personne(resp, "2034-06");
    // Their only session, long ago: far beyond any other record of the test database.
    sql_exec("UPDATE session_formation SET mois = '1961-06-01' WHERE id = ?", {str(p.session)});
    sql_exec("UPDATE stagiaire SET cree_le = '1961-05-01' WHERE id = ?", {str(p.id)});

    // A mail written as a file for them (no mail server): removed with them.
    const char* dossier = std::getenv("OPE_MAIL_DIR");
    BOOST_REQUIRE_MESSAGE(dossier, "OPE_MAIL_DIR is not set (scripts/test.sh sets it)");
    std::filesystem::create_directories(dossier);
    const std::string eml = std::string(dossier) + "/test-purge-" + lettres() + ".eml";
    std::ofstream(eml) << "Message-ID: <envoi-1-" << p.id << "@ope>\r\nTo: " << p.email
                       << "\r\nSubject: Documentation\r\n\r\nBonjour\r\n";
    const std::string autre = std::string(dossier) + "/test-garde-" + lettres() + ".eml";
    std::ofstream(autre) << "Message-ID: <envoi-1-999999999@ope>\r\nTo: quelqu.un@exemple.fr\r\n\r\nBonjour " << p.email << "\r\n";

    auto [code, essai] = commande("purger --annees 60 --essai");
    BOOST_TEST(code == 0, essai);
    BOOST_TEST(essai.find("à anonymiser : n° " + str(p.id) + " " + p.nom) != std::string::npos, essai);
    BOOST_TEST(essai.find("1 stagiaire(s)") != std::string::npos, essai);
    BOOST_TEST(sql_value("SELECT nom FROM stagiaire WHERE id = ?", {str(p.id)}) == p.nom);
    BOOST_TEST(std::filesystem::exists(eml));

    auto [code2, sortie] = commande("purger --annees 60");
    BOOST_TEST(code2 == 0, sortie);
    BOOST_TEST(sortie.find("anonymisé : n° " + str(p.id)) != std::string::npos, sortie);
    BOOST_TEST(sql_value("SELECT nom FROM stagiaire WHERE id = ?", {str(p.id)}) == "Stagiaire anonymisé n° " + str(p.id));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'anonymisation' AND objet_id = ?"
                         " AND utilisateur_id IS NULL AND detail LIKE '%conservation%'", {str(p.id)}) == 1);
    BOOST_TEST(!std::filesystem::exists(eml));
    BOOST_TEST(std::filesystem::exists(autre));  // the address only in the body: not theirs
    std::filesystem::remove(autre);

    // Once erased, no longer concerned.
    auto [code3, encore] = commande("purger --annees 60 --essai");
    BOOST_TEST(encore.find("n° " + str(p.id) + " ") == std::string::npos, encore);

    // Bad arguments: a French message, nothing done.
    auto [code4, mauvais] = commande("purger --annees zero");
    BOOST_TEST(code4 == 2);
    BOOST_TEST(mauvais.find("--annees attend un nombre") != std::string::npos, mauvais);
    auto [code5, inconnu] = commande("purger --tout");
    BOOST_TEST(code5 == 2);
    BOOST_TEST(inconnu.find("argument inconnu") != std::string::npos, inconnu);
}

BOOST_AUTO_TEST_CASE(a_trainer_sees_no_funding) {
    Client resp = logged("responsable");
    const Personne p = creer_personne(resp, "2034-07");
    // As if they had confirmed their directory consent: the directory shows them.
    sql_exec("UPDATE stagiaire SET parution_confirmee_le = NOW() WHERE id = ?", {str(p.id)});
    const std::string formateur = sql_value("SELECT id FROM utilisateur WHERE login = 'formateur'");
    BOOST_REQUIRE_EQUAL(resp.get(session(p.session)).status, 200);
    BOOST_REQUIRE_EQUAL(resp.submit(session(p.session) + "/intervenants", {{"utilisateur_id", formateur}, {"role", "formateur"}}).status, 303);
    // The tutor sees it (the reference), the trainer on their own session does not.
    Client tut = logged("tuteur");
    BOOST_TEST(tut.get(session(p.session)).contains("<span class=\"etiquette\">RSA</span>"));

    Client f = logged("formateur");
    for (const std::string& chemin : {session(p.session), session(p.session) + "/inscrits", session(p.session) + "/presence/1",
                                     "/annuaire?session=" + str(p.session), std::string("/emploi/sessions")}) {
        Page page = f.get(chemin);
        BOOST_TEST_CONTEXT(chemin) {
            BOOST_TEST(page.status == 200);
            BOOST_TEST(page.contains(p.nom) == (chemin != "/emploi/sessions"));  // they see who is there
            for (const auto& t : {p.caf, p.cli, std::string(">RSA<"), std::string("financement")})
                BOOST_TEST(!page.contains(t), "« " << t << " » visible du formateur");
        }
    }
    // Nor the pages that carry funding.
    BOOST_TEST(f.get(session(p.session) + "/inscrits?complet=1").status == 403);
    BOOST_TEST(f.get(fiche(p.id)).status == 403);
    BOOST_TEST(f.get("/emploi/rapports/rsa?du=2034-07&au=2034-07").status == 403);
    BOOST_TEST(f.get(fiche(p.id) + "/export").status == 403);
}

BOOST_AUTO_TEST_CASE(initial_passwords_are_stored_sealed) {
    Client tut = logged("tuteur");
    const long id = creer_stagiaire(tut, "Scelle" + lettres());
    Page feuille = tut.get(fiche(id) + "/accueil");
    const std::string mdp = dd_apres(feuille.body, "Mot de passe", feuille.body.find("Identifiant"));
    BOOST_TEST_REQUIRE(mdp.size() == 10u);
    const std::string stocke = sql_value("SELECT mot_de_passe_initial FROM utilisateur WHERE stagiaire_id = ?", {str(id)});
    BOOST_TEST(stocke.rfind("s1:", 0) == 0u);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM utilisateur WHERE INSTR(mot_de_passe_initial, ?) > 0", {mdp}) == 0);
    // A new one, sealed too; the sheet shows it, and the trainee logs in with it.
    BOOST_REQUIRE_EQUAL(tut.submit(fiche(id) + "/mot-de-passe", {}).status, 303);
    Page nouvelle = tut.get(fiche(id) + "/accueil");
    const std::string mdp2 = dd_apres(nouvelle.body, "Mot de passe", nouvelle.body.find("Identifiant"));
    BOOST_TEST(mdp2 != mdp);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM utilisateur WHERE INSTR(mot_de_passe_initial, ?) > 0", {mdp2}) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'nouveau_mot_de_passe' AND stagiaire_id = ?", {str(id)}) == 1);
    Client moi = connecter_stagiaire(tut, id);
    BOOST_TEST(moi.get("/espace").status == 200);
    // Once logged in, nothing is kept, sealed or not.
    BOOST_TEST(sql_value("SELECT IFNULL(mot_de_passe_initial, 'NULL') FROM utilisateur WHERE stagiaire_id = ?", {str(id)}) == "NULL");
    // Every stored one is sealed (the demo's and the migrated ones too).
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM utilisateur WHERE mot_de_passe_initial NOT LIKE 's1:%'") == 0);
}
