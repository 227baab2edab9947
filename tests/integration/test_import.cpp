// The import of trainees from the old site (/emploi/import and `ope importer
// stagiaires`): a dry run writes nothing and says, line by line, what applying
// would do; applying writes every line in one transaction, or nothing when a line
// is refused; records on file are left alone, so a second import creates nothing;
// Windows-1252 and ',' are read; accounts are made without a password until a
// welcome sheet gives one; every import is journaled; 10 000 lines in seconds.
#define BOOST_TEST_MODULE import
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <vector>

using namespace ope::test;

namespace {

// Months of their own for the sessions the files name by month (a month with two
// sessions is refused): the tests can run again on the same database.
const std::string kAnnee = std::to_string(1950 + std::time(nullptr) / 7 % 40);

const std::string kEntete =
    "civilite;nom;prenom;date_naissance;email;tel_portable;parution_adresse;parution_telephone;parution_email;login;"
    "session;statut_financement;numero_caf;numero_cli\n";

Page envoyer(Client& c, const std::string& nom_fichier, const std::string& contenu, bool appliquer) {
    BOOST_REQUIRE_EQUAL(c.get("/emploi/import").status, 200);
    Fields champs = {{"csrf", c.csrf()}};
    if (appliquer) champs.emplace_back("appliquer", "1");
    return c.post_multipart("/emploi/import", champs, {{"fichier", nom_fichier, "text/csv", contenu}});
}

long stagiaires_nommes(const std::string& nom) { return sql_count("SELECT COUNT(*) FROM stagiaire WHERE nom = ?", {nom}); }
long imports_journalises() { return sql_count("SELECT COUNT(*) FROM journal WHERE action = 'import'"); }
std::string id_de(const std::string& nom) { return sql_value("SELECT id FROM stagiaire WHERE nom = ?", {nom}); }
std::string fiche_sql(long id) {
    return sql_value("SELECT CONCAT_WS('|', civilite, nom, prenom, IFNULL(date_naissance, '-'), email, tel_portable,"
                     " parution_adresse, parution_telephone, parution_email, modifie_le) FROM stagiaire WHERE id = ?",
                     {str(id)});
}

// `$OPE_TEST_BIN args...`: its exit status and what it printed.
std::pair<int, std::string> commande(const std::string& args) {
    const char* bin = std::getenv("OPE_TEST_BIN");
    BOOST_REQUIRE_MESSAGE(bin, "OPE_TEST_BIN is not set (scripts/test.sh sets it)");
    std::string sortie;
    FILE* p = popen(("'" + std::string(bin) + "' " + args + " 2>&1").c_str(), "r");
    BOOST_REQUIRE(p);
    std::array<char, 4096> buf;
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), p)) sortie.append(buf.data(), n);
    const int status = pclose(p);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, sortie};
}

std::string fichier_temporaire(const std::string& nom, const std::string& contenu) {
    const char* var = std::getenv("OPE_TEST_VAR");
    const std::string chemin = std::string(var ? var : "/tmp") + "/" + nom;
    std::ofstream(chemin, std::ios::binary) << contenu;
    return chemin;
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(essai_puis_application_puis_second_import) {
    Client resp = logged("responsable");
    const std::string u = lettres(), U = majuscules(u);
    const long s = creer_session(resp, kAnnee + "-02", "Import " + u);
    ajouter_atelier(resp, s, kAnnee + "-02-03", "Premier", "1");
    ajouter_atelier(resp, s, kAnnee + "-02-10", "Second", "2");
    // Two records on file: one the file names by its e-mail, one by name and birth date.
    const long par_email = creer_stagiaire(resp, Fields{{"civilite", "Mme"}, {"nom", "Existante" + u}, {"prenom", "Eve"},
                                                        {"email", "eve." + u + "@exemple.fr"}});
    const long par_identite = creer_stagiaire(resp, Fields{{"civilite", "M."}, {"nom", "Identique" + u}, {"prenom", "Paul"},
                                                           {"date_naissance", "03/04/1970"}});
    const std::string avant_email = fiche_sql(par_email), avant_identite = fiche_sql(par_identite);

    const std::string contenu =
        kEntete +
        "Mme;  nouvelle" + u + " ;élodie-anne;14/05/1988;Elo." + u + "@Exemple.FR;06.12.34.56.78;oui;non;1;anc." + u +
        ";" + kAnnee + "-02;rsa;CAF" + u + ";CLI" + u + "\n" +
        "M.;Deuxieme" + u + ";jean;1990-01-02;;;0;0;0;;;;;\n" +
        "Mme;Autrenom" + u + ";Eve;;EVE." + u + "@exemple.fr;;;;;;;;;\n" +
        "M.;identique" + u + ";paul;1970-04-03;;;;;;;;;;\n" +
        "M.;DEUXIEME" + u + ";Jean;02/01/1990;;;;;;;;;;\n" +
        "Mme;Logpris" + u + ";Ana;;;;;;;responsable;;;;\n";
    const std::string nom_fichier = "anciens-" + u + ".csv";

    // The dry run: a report, nothing written.
    const long imports = imports_journalises();
    Page essai = envoyer(resp, nom_fichier, contenu, false);
    BOOST_REQUIRE_EQUAL(essai.status, 200);
    BOOST_TEST(essai.contains("Compte rendu : " + nom_fichier));
    BOOST_TEST(essai.contains("UTF-8, séparateur « ; », 6 ligne(s)"));
    BOOST_TEST(essai.contains("<strong>3</strong> fiche(s) à créer, dont 1 inscrite(s)"));
    BOOST_TEST(essai.contains("<strong>3</strong> déjà enregistrée(s)"));
    BOOST_TEST(essai.contains("<strong>0</strong> ligne(s) refusée(s)"));
    BOOST_TEST(essai.contains("Essai réussi : rien n'a encore été écrit"));
    BOOST_TEST(essai.contains("Mme NOUVELLE" + U + " Élodie-Anne"));
    BOOST_TEST(essai.contains("n° " + str(s) + " (février " + kAnnee + ")"));
    BOOST_TEST(essai.contains("même e-mail"));
    BOOST_TEST(essai.contains("mêmes nom, prénom et date de naissance que la ligne 3"));
    BOOST_TEST(essai.contains("/emploi/stagiaires/" + str(par_identite)));
    BOOST_TEST(essai.contains("identifiant « responsable » déjà pris"));
    for (const auto& nom : {"NOUVELLE" + U, "DEUXIEME" + U, "LOGPRIS" + U, "AUTRENOM" + U}) BOOST_TEST(stagiaires_nommes(nom) == 0, nom);
    BOOST_TEST(imports_journalises() == imports);

    // Applying: everything, in one go.
    Page application = envoyer(resp, nom_fichier, contenu, true);
    BOOST_REQUIRE_EQUAL(application.status, 303);
    BOOST_TEST(application.location() == "/emploi/import");
    Page apres = resp.get("/emploi/import");
    BOOST_TEST(apres.contains("Import enregistré"));
    BOOST_TEST(apres.contains("Fichier « " + nom_fichier + " » (UTF-8, séparateur « ; », 6 lignes) : 3 fiches créées (dont 1 inscrite à une session)"));
    BOOST_TEST(imports_journalises() == imports + 1);
    BOOST_TEST(sql_value("SELECT u.login FROM journal j JOIN utilisateur u ON u.id = j.utilisateur_id WHERE j.action = 'import'"
                         " AND j.detail LIKE ?",
                         {"%" + nom_fichier + "%"}) == "responsable");

    // Normalised as "Ajouter un stagiaire" does.
    BOOST_REQUIRE_EQUAL(stagiaires_nommes("NOUVELLE" + U), 1);
    const std::string id = id_de("NOUVELLE" + U);
    BOOST_TEST(sql_value("SELECT CONCAT_WS('|', civilite, prenom, date_naissance, email, tel_portable, parution_adresse,"
                         " parution_telephone, parution_email) FROM stagiaire WHERE id = ?",
                         {id}) == "Mme|Élodie-Anne|1988-05-14|elo." + u + "@exemple.fr|06 12 34 56 78|1|0|1");
    // Its account: the old site's login, no password yet.
    BOOST_TEST(sql_value("SELECT CONCAT_WS('|', login, role, mot_de_passe_hash = '', IFNULL(mot_de_passe_initial, '-'))"
                         " FROM utilisateur WHERE stagiaire_id = ?",
                         {id}) == "anc." + u + "|stagiaire|1|-");
    // Enrolled with its funding, attached to every workshop of the session.
    BOOST_TEST(sql_value("SELECT CONCAT_WS('|', statut_financement, numero_caf, numero_cli) FROM inscription WHERE session_id = ?"
                         " AND stagiaire_id = ?",
                         {str(s), id}) == "rsa|CAF" + u + "|CLI" + u);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence p JOIN atelier a ON a.id = p.atelier_id WHERE a.session_id = ?"
                         " AND p.stagiaire_id = ?",
                         {str(s), id}) == 2);
    // Journaled per record, found by the search.
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE objet = 'stagiaire' AND objet_id = ? AND action = 'creation'"
                         " AND detail LIKE ?",
                         {id, "%fiche importée du fichier « " + nom_fichier + " », ligne 2%"}) == 1);
    BOOST_TEST(resp.get("/emploi/stagiaires?q=nouvelle" + u).contains("NOUVELLE" + U));
    // The same person twice in the file: once; a login taken: another one.
    BOOST_TEST(stagiaires_nommes("DEUXIEME" + U) == 1);
    BOOST_TEST(sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {id_de("LOGPRIS" + U)}) == "ana.logpris" + u);
    // Records on file untouched.
    BOOST_TEST(stagiaires_nommes("AUTRENOM" + U) == 0);
    BOOST_TEST(fiche_sql(par_email) == avant_email);
    BOOST_TEST(fiche_sql(par_identite) == avant_identite);

    // The same file again: nothing created, the import journaled all the same.
    const long total = sql_count("SELECT COUNT(*) FROM stagiaire");
    Page encore = envoyer(resp, nom_fichier, contenu, true);
    BOOST_REQUIRE_EQUAL(encore.status, 303);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM stagiaire") == total);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM inscription WHERE session_id = ?", {str(s)}) == 1);
    BOOST_TEST(imports_journalises() == imports + 2);
    BOOST_TEST(resp.get("/emploi/import").contains("0 fiche créée, 6 déjà enregistrées, laissées telles quelles"));

    // No password until the welcome sheet gives one; then the trainee logs in.
    const std::string login = "anc." + u;
    Client essai_connexion;
    BOOST_TEST(!essai_connexion.login(login, "pas-de-mot-de-passe"));
    Page feuille = resp.get("/emploi/stagiaires/" + id + "/accueil");
    BOOST_TEST(feuille.contains("à demander à votre tuteur"));
    BOOST_TEST(feuille.contains("pas encore de mot de passe"));
    BOOST_REQUIRE_EQUAL(resp.submit("/emploi/stagiaires/" + id + "/mot-de-passe", {}).status, 303);
    Client stagiaire = connecter_stagiaire(resp, std::stol(id));
    BOOST_TEST(stagiaire.get("/espace").contains("NOUVELLE" + U));
}

BOOST_AUTO_TEST_CASE(un_fichier_avec_des_lignes_refusees_n_ecrit_rien) {
    Client resp = logged("responsable");
    const std::string u = lettres(), U = majuscules(u);
    const long vide = creer_session(resp, kAnnee + "-03", "Sans atelier " + u);
    const long double1 = creer_session(resp, kAnnee + "-04", "Double " + u);
    const long double2 = creer_session(resp, kAnnee + "-04", "Double bis " + u);
    ajouter_atelier(resp, double1, kAnnee + "-04-02", "Atelier", "1");
    ajouter_atelier(resp, double2, kAnnee + "-04-03", "Atelier", "1");
    const std::string contenu =
        kEntete +
        "Mme;Bonne" + u + ";Anne;;;;;;;;" + str(double2) + ";pole_emploi;;\n" +          // 2: fine (session by number)
        "Mme;Tel" + u + ";Anne;;;06 12;;;;;;;;\n" +                                     // 3: phone
        "Mme;;Anne;;;;;;;;;;;\n" +                                                       // 4: no name
        "Mme;Court" + u + ";Anne\n" +                                                     // 5: fields missing
        "Mme;Sessioninconnue" + u + ";Anne;;;;;;;;2099-07;;;\n" +                         // 6: no session that month
        "Mme;Sansatelier" + u + ";Anne;;;;;;;;" + str(vide) + ";;;\n" +                  // 7: no workshop
        "Mme;Double" + u + ";Anne;;;;;;;;" + kAnnee + "-04;pole_emploi;;\n" +                     // 8: two sessions that month
        "Mme;Rsa" + u + ";Anne;;;;;;;;" + str(double1) + ";rsa;CAF1;\n" +               // 9: RSA without CLI number
        "Mme;Financement" + u + ";Anne;;;;;;;;;autre;;\n" +                              // 10: funding without session
        "Mme;Parution" + u + ";Anne;;;;;;peut-être;;;;;\n" +                             // 11: consent
        "Mme;Login" + u + ";Anne;;;;;;;Élodie!;;;;\n" +                                  // 12: login
        "Dr;Civilite" + u + ";Anne;31/02/1990;pas-un-email;;;;;;;;;\n";                  // 13: several at once
    const long imports = imports_journalises();
    Page essai = envoyer(resp, "refus.csv", contenu, false);
    BOOST_REQUIRE_EQUAL(essai.status, 200);
    BOOST_TEST(essai.contains("<strong>1</strong> fiche(s) à créer"));
    BOOST_TEST(essai.contains("<strong>11</strong> ligne(s) refusée(s)"));
    BOOST_TEST(essai.contains("Rien n'a été écrit"));
    const std::vector<std::pair<int, std::string>> attendus = {
        {3, "tel_portable : Numéro de téléphone invalide"},
        {4, "nom : Le nom est obligatoire."},
        {5, "3 champs au lieu de 14"},
        {6, "session : aucune session en juillet 2099."},
        {7, "aucun atelier"},
        {8, "plusieurs sessions en avril " + kAnnee + " (n° " + str(double1) + ", n° " + str(double2) + ")"},
        {9, "numero_cli : Le numéro CLI est obligatoire pour le statut RSA."},
        {10, "statut_financement : Une inscription demande sa session"},
        {11, "parution_email : Indiquez 1 ou oui (publié), 0 ou non (non publié)."},
        {12, "login : Identifiant invalide"},
        {13, "civilite : Choisissez la civilité : M. ou Mme. ; date_naissance : Ce jour n&#39;existe pas : le 31/02/1990"},
        {13, "email : "},
    };
    for (const auto& [ligne, motif] : attendus) {
        const std::string rangee = between(essai.body, "<tr><td class=\"nombre\">" + str(ligne) + "</td>", "</tr>");
        BOOST_TEST(rangee.find(motif) != std::string::npos, "ligne " << ligne << " : « " << motif << " » absent de « " << rangee << " »");
    }
    // Applying is refused whole: not even the good line.
    Page application = envoyer(resp, "refus.csv", contenu, true);
    BOOST_TEST(application.status == 422);
    BOOST_TEST(application.contains("un fichier n'est importé qu'entier"));
    BOOST_TEST(stagiaires_nommes("BONNE" + U) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM stagiaire WHERE nom LIKE ?", {"%" + U}) == 0);
    BOOST_TEST(imports_journalises() == imports);

    // Without the refused lines, the good one is imported, enrolled by the session's number.
    Page bonne = envoyer(resp, "bonne.csv", kEntete + "Mme;Bonne" + u + ";Anne;;;;;;;;" + str(double2) + ";pole_emploi;;\n", true);
    BOOST_REQUIRE_EQUAL(bonne.status, 303);
    BOOST_TEST(sql_value("SELECT statut_financement FROM inscription WHERE session_id = ? AND stagiaire_id = ?",
                         {str(double2), id_de("BONNE" + U)}) == "pole_emploi");
}

BOOST_AUTO_TEST_CASE(fichiers_illisibles) {
    Client resp = logged("responsable");
    const long avant = sql_count("SELECT COUNT(*) FROM stagiaire");
    const std::vector<std::pair<std::string, std::string>> cas = {
        {"civilite;nom;prénom\nM.;X;Y\n", "« prénom » n&#39;en est pas une"},
        {"civilite;nom\nM.;X\n", "il manque « prenom »"},
        {"civilite;nom;prenom;nom\nM.;X;Y;Z\n", "La colonne « nom » figure deux fois"},
        {"civilite;nom;prenom\n", "aucune ligne de stagiaire"},
        {"civilite;nom;prenom\nM.;\"X;Y\n", "un guillemet ouvert n&#39;est jamais fermé"},
        {"\xEF\xBB\xBF" "civilite;nom;prenom\nM.;H\xE9l\xE8ne;Y\n", "octets invalides"},
    };
    for (const auto& [contenu, message] : cas) {
        for (bool appliquer : {false, true}) {
            Page p = envoyer(resp, "illisible.csv", contenu, appliquer);
            BOOST_TEST(p.status == 422, message);
            BOOST_TEST(p.contains(message), message);  // (the message is escaped: ' is &#39;)
            BOOST_TEST(p.contains("aria-invalid=\"true\" aria-describedby=\"fichier-erreur\""));
        }
    }
    // No file at all.
    resp.get("/emploi/import");
    Page sans = resp.post_multipart("/emploi/import", {{"csrf", resp.csrf()}, {"appliquer", "1"}}, {});
    BOOST_TEST(sans.status == 422);
    BOOST_TEST(sans.contains("Choisissez un fichier CSV"));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM stagiaire") == avant);
}

BOOST_AUTO_TEST_CASE(windows_1252_et_virgules) {
    Client resp = logged("responsable");
    const std::string u = lettres(), U = majuscules(u);
    // As Excel saves "CSV (séparateur : virgule)" on a French Windows: Windows-1252, CRLF.
    const std::string contenu = "civilite,nom,prenom,adresse,ville\r\n"
                                "Mme,H\xE9l\xE8ne" + u + ",\x8C" "dile,\"3, rue des Pr\xE9s\",Saint-\xC9tienne\r\n"
                                "M.,\xC9" "tienne" + u + ",Fran\xE7ois,,\r\n";
    Page essai = envoyer(resp, "windows.csv", contenu, false);
    BOOST_REQUIRE_EQUAL(essai.status, 200);
    BOOST_TEST(essai.contains("Windows-1252, séparateur « , », 2 ligne(s)"));
    BOOST_TEST(essai.contains("Mme HÉLÈNE" + U + " Œdile"));
    BOOST_REQUIRE_EQUAL(envoyer(resp, "windows.csv", contenu, true).status, 303);
    BOOST_TEST(sql_value("SELECT CONCAT_WS('|', prenom, adresse, ville) FROM stagiaire WHERE nom = ?", {"HÉLÈNE" + U}) ==
               "Œdile|3, rue des Prés|Saint-Étienne");
    BOOST_TEST(sql_value("SELECT prenom FROM stagiaire WHERE nom = ?", {"ÉTIENNE" + U}) == "François");
    BOOST_TEST(sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {id_de("ÉTIENNE" + U)}) == "francois.etienne" + u);
}

// A first migration from the command line: 10 000 lines, dry run, apply, apply again.
BOOST_AUTO_TEST_CASE(dix_mille_lignes_en_ligne_de_commande) {
    Client resp = logged("responsable");
    const std::string u = lettres(), U = majuscules(u);
    const long s = creer_session(resp, kAnnee + "-09", "Migration " + u);
    ajouter_atelier(resp, s, kAnnee + "-09-01", "Accueil", "1");
    std::string contenu = kEntete;
    for (long i = 0; i < 10000; ++i) {
        const std::string nom = "Dix" + u + lettres(i);
        const bool inscrit = i % 10 == 0;
        contenu += std::string(i % 2 ? "Mme" : "M.") + ";" + nom + ";élodie;" + str(1 + i % 28) + "/" + str(1 + i % 12) + "/19" +
                   str(50 + i % 50) + ";" + minuscules(nom) + "@exemple.fr;06" + str(10000000 + i) + ";1;0;oui;;" +
                   (inscrit ? str(s) + ";rsa;CAF" + str(i) + ";CLI" + str(i) : ";;;") + "\n";
    }
    const std::string chemin = fichier_temporaire("dix-mille-" + u + ".csv", contenu);
    auto chrono = [](auto&& f) {
        const auto debut = std::chrono::steady_clock::now();
        auto r = f();
        return std::pair{r, std::chrono::duration<double>(std::chrono::steady_clock::now() - debut).count()};
    };

    auto [essai, t_essai] = chrono([&] { return commande("importer stagiaires '" + chemin + "'"); });
    BOOST_TEST(essai.first == 0, essai.second);
    BOOST_TEST(essai.second.find("10000 fiches à créer (dont 1000 à inscrire à une session)") != std::string::npos, essai.second);
    BOOST_TEST(essai.second.find("Essai seulement") != std::string::npos);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM stagiaire WHERE nom LIKE ?", {"DIX" + U + "%"}) == 0);

    auto [application, t_application] = chrono([&] { return commande("importer stagiaires '" + chemin + "' --appliquer"); });
    BOOST_TEST(application.first == 0, application.second);
    BOOST_TEST(application.second.find("Import enregistré") != std::string::npos, application.second);
    BOOST_TEST(application.second.find("10000 fiches créées (dont 1000 inscrites à une session)") != std::string::npos,
               application.second);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM stagiaire WHERE nom LIKE ?", {"DIX" + U + "%"}) == 10000);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM utilisateur u JOIN stagiaire s ON s.id = u.stagiaire_id WHERE s.nom LIKE ?"
                         " AND u.mot_de_passe_hash = ''",
                         {"DIX" + U + "%"}) == 10000);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM inscription WHERE session_id = ?", {str(s)}) == 1000);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence p JOIN atelier a ON a.id = p.atelier_id WHERE a.session_id = ?", {str(s)}) == 1000);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'import' AND utilisateur_id IS NULL AND detail LIKE ?",
                         {"%dix-mille-" + u + ".csv%en ligne de commande%"}) == 1);

    auto [encore, t_encore] = chrono([&] { return commande("importer stagiaires '" + chemin + "' --appliquer"); });
    BOOST_TEST(encore.first == 0, encore.second);
    BOOST_TEST(encore.second.find("0 fiche créée, 10000 déjà enregistrées") != std::string::npos, encore.second);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM stagiaire WHERE nom LIKE ?", {"DIX" + U + "%"}) == 10000);

    BOOST_TEST_MESSAGE("10 000 lignes : essai " << t_essai << " s, application " << t_application << " s, second import "
                                                 << t_encore << " s");
    std::printf("10 000 lignes : essai %.1f s, application %.1f s, second import %.1f s\n", t_essai, t_application, t_encore);
    BOOST_TEST(t_application < 60.0);
    BOOST_TEST(t_essai < 10.0);

    // The command's other answers: refused lines listed, exit 1, nothing written; usage, exit 2.
    const std::string refus = fichier_temporaire("refus-" + u + ".csv", kEntete + "Mme;Ok" + u + ";Anne;;;;;;;;;;;\nMme;;Anne;;;;;;;;;;;\n");
    auto [r, sortie] = commande("importer stagiaires '" + refus + "' --appliquer");
    BOOST_TEST(r == 1);
    BOOST_TEST(sortie.find("ligne 3 refusée") != std::string::npos, sortie);
    BOOST_TEST(stagiaires_nommes("OK" + U) == 0);
    BOOST_TEST(commande("importer stagiaires").first == 2);
    BOOST_TEST(commande("importer fiches '" + refus + "'").first == 2);
    BOOST_TEST(commande("importer stagiaires '" + refus + "' --vite").first == 2);
    BOOST_TEST(commande("importer stagiaires /nulle/part.csv").first == 1);
}
