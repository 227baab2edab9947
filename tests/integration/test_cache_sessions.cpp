// The pages of a session keep what they read in memory by version
// (data/contenu_session.hpp). Nothing they serve may be stale: with two app
// instances behind nginx, both having the page in memory, a change made through
// either shows at once on both, whatever changed (a workshop, a trainee's name, a
// staff account's name, an erasure, an enrolment, a new staff account, a mail sent by
// the worker). And the page costs one statement once in memory: the login, which
// reads the versions too (fcgi/versions.hpp). The page is kept rendered, for all the users of a role: each still gets
// their own CSRF token.
#define BOOST_TEST_MODULE cache_sessions
#include <boost/test/unit_test.hpp>

#include "data/comptes.hpp"
#include "data/contenu_session.hpp"
#include "data/stagiaires.hpp"
#include "data/versions.hpp"
#include "fcgi/config.hpp"
#include "tests/integration/support/site.hpp"
#include "tests/integration/support/worker.hpp"

#include <signal.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <set>

using namespace ope::test;

namespace {

// (it_instances stops the second instance on purpose: this test runs before it, as
// CTest runs the integration tests in the order of their names.)
struct DeuxInstances {
    DeuxInstances() {
        skip_without_stack();
        const char* pid = std::getenv("OPE_TEST_APP2_PID");
        if (!pid || ::kill(std::atoi(pid), 0) != 0) {
            BOOST_TEST_MESSAGE("the second app instance is not running: skipped");
            std::exit(77);
        }
    }
};

std::string instance(const Page& p) {
    auto it = p.headers.find("x-ope-instance");
    return it == p.headers.end() ? "" : it->second;
}

long requetes(const Page& p) {
    auto it = p.headers.find("x-requetes-sql");
    return it == p.headers.end() ? -1 : std::stol(it->second);
}

// Reads `path` until both instances have answered (at least 8 times): each answer
// must satisfy `voit`.
void sur_les_deux(Client& c, const std::string& path, const std::function<bool(const std::string&)>& voit,
                  const std::string& quoi) {
    std::set<std::string> vues;
    for (int i = 0; i < 30 && (i < 8 || vues.size() < 2); ++i) {
        Page p = c.get(path);
        BOOST_TEST_REQUIRE(p.status == 200);
        BOOST_TEST(voit(p.body), quoi << " not shown by " << instance(p) << " on " << path << " (read " << i + 1 << ")");
        vues.insert(instance(p));
    }
    BOOST_TEST(vues.size() == 2u, path << " answered by " << vues.size() << " instance(s)");
}

bool contient(const std::string& body, const std::string& text) { return body.find(text) != std::string::npos; }

// A staff account made through "Intervenants"; its id.
std::string creer_compte(Client& c, const std::string& login, const std::string& nom, const std::string& prenom,
                         const std::string& role) {
    c.get("/emploi/intervenants");
    BOOST_TEST_REQUIRE(c.submit("/emploi/intervenants", {{"login", login}, {"nom", nom}, {"prenom", prenom}, {"email", ""},
                                                         {"role", role}, {"mot_de_passe", "Solide-motdepasse-1"}})
                           .status == 303);
    return sql_value("SELECT id FROM utilisateur WHERE login = ?", {login});
}

void renommer_compte(Client& c, const std::string& uid, const std::string& nom, const std::string& prenom) {
    c.get("/emploi/intervenants/" + uid);
    BOOST_TEST_REQUIRE(c.submit("/emploi/intervenants/" + uid, {{"nom", nom}, {"prenom", prenom}, {"role", "tuteur"}, {"actif", "1"}})
                           .status == 303);
}

void ajouter_tuteur(Client& c, long s, const std::string& uid) {
    c.get(session(s));
    BOOST_TEST_REQUIRE(c.submit(session(s) + "/intervenants", {{"utilisateur_id", uid}, {"role", "tuteur"}}).status == 303);
}

struct Acces {
    std::string identifiant, mot_de_passe;
};

// The trainee's login and initial password, read on their welcome sheet (whose view
// goes in the record's history).
Acces acces_de_l_accueil(Client& c, long st) {
    Page accueil = c.get(fiche(st) + "/accueil");
    BOOST_TEST_REQUIRE(accueil.status == 200);
    return {dd_apres(accueil.body, "Identifiant"), dd_apres(accueil.body, "Mot de passe", accueil.body.find("Identifiant"))};
}

}  // namespace

BOOST_GLOBAL_FIXTURE(DeuxInstances);

BOOST_AUTO_TEST_CASE(a_change_through_one_instance_shows_at_once_on_both) {
    Client c = logged("responsable");
    const std::string tag = lettres();
    const long s = creer_session(c, "2033-02", "Mémoire " + tag);
    ajouter_atelier(c, s, "2033-02-03", "Premier " + tag);
    const long st = creer_stagiaire(c, "Memoire" + tag, "Alice");
    inscrire(c, s, st);
    // A tutor of the session, whose account is renamed below.
    const std::string uid = creer_compte(c, "memoire." + minuscules(tag), "Tuteur" + tag, "Basile", "tuteur");
    ajouter_tuteur(c, s, uid);

    const std::string page = session(s), validation = session(s) + "/validation";
    // (In the list of the session's tutors, "<li>Basile NOM": the staff drop-down, read
    // each time, shows the name too.)
    auto tuteur_nomme = [&](const std::string& b, const std::string& nom) {
        return contient(b, "<li>Basile " + nom) || contient(b, "<li>Basile " + majuscules(nom));
    };
    // Both instances have both pages in memory.
    sur_les_deux(c, page, [&](const std::string& b) { return contient(b, "Premier " + tag) && tuteur_nomme(b, "Tuteur" + tag); },
                 "the first workshop and the tutor");
    sur_les_deux(c, validation, [&](const std::string& b) { return contient(b, "Premier " + tag); }, "the first workshop");

    // Once in memory, a page costs one statement: the login, which reads the versions too.
    for (int i = 0; i < 4; ++i) {
        Page p = c.get(page);
        BOOST_TEST(requetes(p) == 1, "the session page in memory runs " << requetes(p) << " statements on " << instance(p));
        Page v = c.get(validation);
        BOOST_TEST(requetes(v) == 1, "the validation page in memory runs " << requetes(v) << " statements on " << instance(v));
    }

    // A workshop added.
    ajouter_atelier(c, s, "2033-02-10", "Second " + tag);
    sur_les_deux(c, page, [&](const std::string& b) { return contient(b, "Second " + tag); }, "the new workshop");
    sur_les_deux(c, validation, [&](const std::string& b) { return contient(b, "Second " + tag); }, "the new workshop");

    // The trainee's name changed on their record.
    c.get(fiche(st));
    BOOST_TEST_REQUIRE(c.submit(fiche(st), {{"civilite", "M."}, {"nom", "Renomme" + tag}, {"prenom", "Alice"}}).status == 303);
    const std::string nouveau_nom = majuscules("Renomme" + tag);
    sur_les_deux(c, page, [&](const std::string& b) { return contient(b, nouveau_nom) && !contient(b, majuscules("Memoire" + tag)); },
                 "the trainee's new name");
    sur_les_deux(c, validation, [&](const std::string& b) { return contient(b, nouveau_nom); }, "the trainee's new name");

    // The tutor's account renamed (no session row is written: the staff accounts' version is).
    renommer_compte(c, uid, "Autre" + tag, "Basile");
    sur_les_deux(c, page, [&](const std::string& b) { return tuteur_nomme(b, "Autre" + tag) && !tuteur_nomme(b, "Tuteur" + tag); },
                 "the tutor's new name");

    // The trainee's data erased (issue 15): the name goes from both pages at once.
    c.get(fiche(st));
    BOOST_TEST_REQUIRE(c.submit(fiche(st) + "/anonymiser", {{"confirmer", "1"}}).status == 303);
    const std::string anonyme = "anonymisé n° " + str(st);
    auto anonyme_vu = [&](const std::string& b) { return contient(b, anonyme) || contient(b, "ANONYMISÉ N° " + str(st)); };
    sur_les_deux(c, page, [&](const std::string& b) { return anonyme_vu(b) && !contient(b, nouveau_nom); },
                 "the erased trainee's anonymous name");
    sur_les_deux(c, validation, [&](const std::string& b) { return anonyme_vu(b) && !contient(b, nouveau_nom); },
                 "the erased trainee's anonymous name");

    // The trainee un-enrolled.
    c.get(page);
    BOOST_TEST_REQUIRE(c.submit(page + "/stagiaires/" + str(st) + "/supprimer", {}).status == 303);
    sur_les_deux(c, page, [&](const std::string& b) { return !anonyme_vu(b); }, "the un-enrolment");
}

namespace {

// Every CSRF token of a page's forms (the layout's and the content's).
std::set<std::string> jetons(const std::string& body) {
    std::set<std::string> out;
    const std::string avant = "name=\"csrf\" value=\"";
    for (auto pos = body.find(avant); pos != std::string::npos; pos = body.find(avant, pos + 1)) {
        const auto debut = pos + avant.size();
        out.insert(body.substr(debut, body.find('"', debut) - debut));
    }
    return out;
}

// The token of the client's login, from a page that is never kept.
std::string jeton_de(Client& c) {
    Page p = c.get("/compte/mot-de-passe");
    BOOST_TEST_REQUIRE(p.status == 200);
    const auto j = jetons(p.body);
    BOOST_TEST_REQUIRE(j.size() == 1u);
    return *j.begin();
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_page_kept_for_a_role_carries_each_users_own_token) {
    Client c = logged("responsable");
    const std::string tag = lettres();
    const long s = creer_session(c, "2033-03", "Jetons " + tag);
    ajouter_atelier(c, s, "2033-03-03", "Atelier " + tag);
    // A second manager: the same page, from the same memory.
    const std::string login = "jeton." + minuscules(tag);
    creer_compte(c, login, "Second" + tag, "Chloé", "responsable");
    Client autre = logged(login, "Solide-motdepasse-1");
    const std::string jeton_c = jeton_de(c), jeton_autre = jeton_de(autre);
    BOOST_TEST_REQUIRE(jeton_c != jeton_autre);

    for (auto* client : {&c, &autre}) {
        const std::string attendu = client == &c ? jeton_c : jeton_autre;
        sur_les_deux(*client, session(s), [&](const std::string& b) { return jetons(b) == std::set<std::string>{attendu}; },
                     "only the user's own token");
        sur_les_deux(*client, session(s) + "/validation",
                     [&](const std::string& b) { return jetons(b) == std::set<std::string>{attendu}; }, "only the user's own token");
    }
    // A form of the page kept, posted by the second manager: accepted.
    BOOST_TEST_REQUIRE(autre.get(session(s)).status == 200);
    BOOST_TEST(autre.submit(session(s) + "/ateliers", {{"date", "2033-03-10"}, {"intitule", "Ajout " + tag}, {"cycle", "1"}})
                   .status == 303);
    sur_les_deux(c, session(s), [&](const std::string& b) { return contient(b, "Ajout " + tag); }, "the second manager's workshop");
}

BOOST_AUTO_TEST_CASE(a_new_staff_account_and_a_sent_mail_show_at_once) {
    Client c = logged("responsable");
    const std::string tag = lettres();
    const long s = creer_session(c, "2033-04", "Envois " + tag);
    ajouter_atelier(c, s, "2033-04-03", "Atelier " + tag);
    const long st = creer_stagiaire(c, {{"civilite", "Mme"}, {"nom", "Courriel" + tag}, {"prenom", "Inès"},
                                        {"email", "ines." + minuscules(tag) + "@exemple.fr"}});
    inscrire(c, s, st);
    sur_les_deux(c, session(s), [&](const std::string& b) { return contient(b, "Aucun envoi pour cette session."); },
                 "no sending yet");

    // A new staff account: in the drop-down of the tutors and trainers at once.
    creer_compte(c, "nouveau." + minuscules(tag), "Nouveau" + tag, "Denis", "formateur");
    sur_les_deux(c, session(s), [&](const std::string& b) { return contient(b, "Denis " + majuscules("Nouveau" + tag)) ||
                                                                   contient(b, "Denis Nouveau" + tag); },
                 "the new account in the drop-down");

    // A sending: waiting at once, then sent by the worker (which writes no session
    // row but the session's version of its sendings).
    BOOST_TEST_REQUIRE(c.get(session(s) + "/documentation").status == 200);
    const std::string sujet = "Mémoire " + tag;
    Page envoi = c.post_multipart(session(s) + "/documentation",
                                  {{"csrf", c.csrf()}, {"sujet", sujet}, {"corps", "Bonjour."}, {"destinataire", str(st)}}, {});
    BOOST_TEST_REQUIRE(envoi.status == 303);
    sur_les_deux(c, session(s), [&](const std::string& b) { return contient(b, sujet) && contient(b, "class=\"envoi-en_attente\""); },
                 "the sending, waiting");
    const std::string e = sql_value("SELECT MAX(id) FROM envoi WHERE session_id = ?", {str(s)});
    {
        Worker w;
        BOOST_TEST_REQUIRE(wait_until([&] { return sql_value("SELECT statut FROM envoi_destinataire WHERE envoi_id = ?", {e}) == "envoye"; },
                                      std::chrono::seconds(40)));
        w.stop();
    }
    sur_les_deux(c, session(s), [&](const std::string& b) { return contient(b, "class=\"envoi-envoye\">envoyé le ") &&
                                                                   !contient(b, "class=\"envoi-en_attente\""); },
                 "the mail sent");
}

// The trainee's record and their own page are kept the same way, by the versions of
// what they show (stagiaires::kVersionsFiche, kVersionsEspace): each change below is
// made through the site and must show on both instances at once.
BOOST_AUTO_TEST_CASE(the_record_and_the_trainees_page_show_every_change_at_once) {
    Client c = logged("responsable");
    const std::string tag = lettres();
    const long s = creer_session(c, "2033-05", "Fiche " + tag);
    const long a = ajouter_atelier(c, s, "2033-05-03", "Premier " + tag);
    const long st = creer_stagiaire(c, "Fiche" + tag, "Lucie");
    inscrire(c, s, st);
    // Logged in with the welcome sheet's password (whose view goes in the history).
    const auto [identifiant, mot_de_passe] = acces_de_l_accueil(c, st);
    Client moi = logged(identifiant, mot_de_passe);
    const std::string f = fiche(st);

    sur_les_deux(c, f, [&](const std::string& b) { return contient(b, "Fiche " + tag) && contient(b, "accueil affichée"); },
                 "the enrolment and the welcome sheet's view");
    sur_les_deux(moi, "/espace", [&](const std::string& b) { return contient(b, "Premier " + tag) && contient(b, "Bienvenue !"); },
                 "the workshop and the password to choose");
    // In memory: one statement, the login reading the versions too.
    for (int i = 0; i < 4; ++i) {
        Page p = c.get(f);
        BOOST_TEST(requetes(p) == 1, "the record in memory runs " << requetes(p) << " statements on " << instance(p));
        Page e = moi.get("/espace");
        BOOST_TEST(requetes(e) == 1, "/espace in memory runs " << requetes(e) << " statements on " << instance(e));
    }

    // A study.
    c.get(f);
    BOOST_TEST_REQUIRE(c.submit(f + "/etudes", {{"annee", "2010"}, {"diplome", "Diplôme " + tag}, {"specialite", "Droit"},
                                               {"etablissement", "Lille"}}).status == 303);
    sur_les_deux(c, f, [&](const std::string& b) { return contient(b, "Diplôme " + tag); }, "the new study");

    // The session's title (no journal entry about the trainee: the list of sessions' version).
    c.get(session(s) + "/modifier");
    BOOST_TEST_REQUIRE(c.submit(session(s) + "/modifier", {{"mois", "2033-05"}, {"intitule", "Renommée " + tag}}).status == 303);
    sur_les_deux(c, f, [&](const std::string& b) { return contient(b, "Renommée " + tag) && !contient(b, "Fiche " + tag + "<"); },
                 "the session's new title");
    sur_les_deux(moi, "/espace", [&](const std::string& b) { return contient(b, "Renommée " + tag); }, "the session's new title");
    // A new session: offered by "ajouter une session".
    const long s2 = creer_session(c, "2033-06", "Nouvelle " + tag);
    sur_les_deux(c, f, [&](const std::string& b) { return contient(b, "n° " + str(s2) + " — "); }, "the new session offered");

    // The attendance, with a comment: on the trainee's page (their session's version).
    valider_presences(c, s, {{"statut_" + str(a) + "_" + str(st), "absent"},
                             {"commentaire_" + str(a) + "_" + str(st), "Commentaire " + tag}});
    sur_les_deux(moi, "/espace", [&](const std::string& b) { return contient(b, "Commentaire " + tag); }, "the tutor's comment");
    // A workshop added to their session.
    ajouter_atelier(c, s, "2033-05-17", "Second " + tag);
    sur_les_deux(moi, "/espace", [&](const std::string& b) { return contient(b, "Second " + tag); }, "the new workshop");

    // The trainee's own change: on the record at once (its history, their data).
    moi.get("/espace");
    const std::string version = sql_value("SELECT version FROM stagiaire WHERE id = ?", {str(st)});
    BOOST_TEST_REQUIRE(moi.submit("/espace/donnees", {{"civilite", "Mme"}, {"nom", "Fiche" + tag}, {"prenom", "Lucie"},
                                                      {"ville", "Roubaix" + tag}, {"version", version}}).status == 303);
    sur_les_deux(c, f, [&](const std::string& b) { return contient(b, "Roubaix" + tag); }, "the trainee's own change");
    sur_les_deux(moi, "/espace", [&](const std::string& b) { return contient(b, "Roubaix" + tag); }, "the trainee's own change");

    // Their own password chosen: the reminder goes (an entry about the trainee).
    moi.get("/espace");
    BOOST_TEST_REQUIRE(moi.submit("/espace/mot-de-passe", {{"actuel", mot_de_passe}, {"nouveau", "Nouveau-mdp-2033"},
                                                           {"confirmation", "Nouveau-mdp-2033"}}).status == 303);
    sur_les_deux(moi, "/espace", [&](const std::string& b) { return !contient(b, "Bienvenue !"); }, "no more reminder");

    // The tutor of their session renamed: on their page at once.
    const std::string uid = creer_compte(c, "fiche." + minuscules(tag), "Tuteur" + tag, "Hugo", "tuteur");
    ajouter_tuteur(c, s, uid);
    sur_les_deux(moi, "/espace", [&](const std::string& b) { return contient(b, "Hugo " + majuscules("Tuteur" + tag)) ||
                                                                    contient(b, "Hugo Tuteur" + tag); },
                 "their tutor");
    renommer_compte(c, uid, "Autre" + tag, "Hugo");
    sur_les_deux(moi, "/espace", [&](const std::string& b) { return contient(b, "Hugo " + majuscules("Autre" + tag)) ||
                                                                    contient(b, "Hugo Autre" + tag); },
                 "their tutor's new name");
}

// Searches are kept by the version of all records (stagiaires::kVersionsRecherche):
// a record created, renamed, given a new phone number or erased through one instance
// is found, shown or gone at once on both; a search made again costs one statement.
BOOST_AUTO_TEST_CASE(a_search_shows_every_change_of_a_record_at_once) {
    Client c = logged("responsable");
    const std::string tag = lettres();
    const std::string nom = "Cherche" + tag;
    const long st = creer_stagiaire(c, nom, "Alice");
    const std::string q = "/emploi/stagiaires?q=" + minuscules(nom);
    sur_les_deux(c, q, [&](const std::string& b) { return contient(b, "Alice") && contient(b, "1 stagiaire"); }, "the record");
    Client tuteur = logged("tuteur");
    for (int i = 0; i < 4; ++i) {
        Page p = c.get(q);
        BOOST_TEST(requetes(p) == 1, "a search in memory runs " << requetes(p) << " statements on " << instance(p));
        // Kept for everyone: the tutor gets it with their own token and menu.
        Page t = tuteur.get(q);
        BOOST_TEST(contient(t.body, "Alice"));
        BOOST_TEST(requetes(t) == 1, "a search in memory runs " << requetes(t) << " statements on " << instance(t));
    }

    // A second record of that name.
    const long autre = creer_stagiaire(c, nom, "Bruno");
    sur_les_deux(c, q, [&](const std::string& b) { return contient(b, "Bruno") && contient(b, "2 stagiaires"); },
                 "the new record");

    // Renamed, and a new phone number: shown, and found by it.
    c.get(fiche(st));
    BOOST_TEST_REQUIRE(c.submit(fiche(st), {{"civilite", "Mme"}, {"nom", nom}, {"prenom", "Alicia"},
                                            {"tel_portable", "06 11 22 33 44"}}).status == 303);
    sur_les_deux(c, q, [&](const std::string& b) { return contient(b, "Alicia") && contient(b, "06 11 22 33 44"); },
                 "the new first name and phone");
    sur_les_deux(c, "/emploi/stagiaires?q=0611223344", [&](const std::string& b) { return contient(b, "Alicia"); },
                 "the record found by its new phone");
    c.get(fiche(st));
    BOOST_TEST_REQUIRE(c.submit(fiche(st), {{"civilite", "Mme"}, {"nom", nom}, {"prenom", "Alicia"},
                                            {"tel_portable", "06 99 88 77 66"}}).status == 303);
    sur_les_deux(c, "/emploi/stagiaires?q=0611223344", [&](const std::string& b) { return !contient(b, "Alicia"); },
                 "the record no more found by its old phone");

    // Erased: gone from the search.
    c.get(fiche(autre));
    BOOST_TEST_REQUIRE(c.submit(fiche(autre) + "/anonymiser", {{"confirmer", "1"}}).status == 303);
    sur_les_deux(c, q, [&](const std::string& b) { return !contient(b, "Bruno") && contient(b, "Alicia") && contient(b, "1 stagiaire"); },
                 "the erasure");
}

// The versions of each kept page, read with the login (the route's LectureVersions
// in the login's statement) and alone (lire_versions, when a route has none), are
// the same numbers, taken from the rows they name; a missing row gives none.
BOOST_AUTO_TEST_CASE(versions_read_with_the_login_or_alone_agree) {
    Client c = logged("responsable");
    const std::string tag = lettres();
    const long s = creer_session(c, "2033-07", "Versions " + tag);
    ajouter_atelier(c, s, "2033-07-04", "Premier " + tag);
    const long st = creer_stagiaire(c, "Versions" + tag, "Zoé");
    inscrire(c, s, st);
    const auto acces = acces_de_l_accueil(c, st);
    Client moi = logged(acces.identifiant, acces.mot_de_passe);
    const auto nombre = [](const std::string& q, const std::vector<std::string>& p) { return std::stol(sql_value(q, p)); };
    const long personnel = nombre("SELECT version FROM verrou WHERE nom = 'responsables'", {});

    struct Cas {
        const ope::LectureVersions* lecture;
        Client* client;
        long cle;
        ope::Versions attendu;
    };
    const std::vector<Cas> cas{
        {&ope::contenu_session::kVersions, &c, s,
         {nombre("SELECT version FROM session_formation WHERE id = ?", {str(s)}), personnel,
          nombre("SELECT version_envois FROM session_formation WHERE id = ?", {str(s)})}},
        {&ope::stagiaires::kVersionsFiche, &c, st,
         {nombre("SELECT version_fiche FROM stagiaire WHERE id = ?", {str(st)}), personnel,
          nombre("SELECT version FROM verrou WHERE nom = 'sessions'", {})}},
        {&ope::stagiaires::kVersionsEspace, &moi, st,
         {nombre("SELECT version_fiche FROM stagiaire WHERE id = ?", {str(st)}),
          nombre("SELECT version FROM session_formation WHERE id = ?", {str(s)}), personnel}},
        {&ope::stagiaires::kVersionsRecherche, &c, 0, {nombre("SELECT version FROM verrou WHERE nom = 'stagiaires'", {}), 0, 0}},
    };
    ope::Request sans_login;
    for (const auto& k : cas) {
        ope::VersionsLues lues;
        const auto user = ope::comptes::session(test_db(), k.client->cookie("ope_session").value(), ope::config(),
                                                k.lecture, k.cle, lues);
        BOOST_TEST_REQUIRE(user.has_value());
        BOOST_TEST(lues.lecture == k.lecture);
        BOOST_TEST_REQUIRE(lues.versions.has_value(), k.lecture->sous_requete);
        BOOST_TEST((*lues.versions == k.attendu), k.lecture->sous_requete);
        const auto seules = ope::lire_versions(sans_login, test_db(), *k.lecture, k.cle);
        BOOST_TEST_REQUIRE(seules.has_value(), k.lecture->sous_requete);
        BOOST_TEST((*seules == k.attendu), k.lecture->sous_requete);
    }
    // No such session or record: none, either way.
    for (const auto* lecture : {&ope::contenu_session::kVersions, &ope::stagiaires::kVersionsFiche}) {
        ope::VersionsLues lues;
        BOOST_TEST(ope::comptes::session(test_db(), c.cookie("ope_session").value(), ope::config(), lecture, 999999999, lues)
                       .has_value());
        BOOST_TEST(!lues.versions.has_value());
        BOOST_TEST(!ope::lire_versions(sans_login, test_db(), *lecture, 999999999).has_value());
    }
}
