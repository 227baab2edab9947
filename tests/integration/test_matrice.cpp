// The authorisation matrix: ONE table, a row per route of site_router() (method,
// pattern) and, per role (anonymous, trainee, trainer, tutor, manager), what the
// site must answer. The first case checks that the table and the route table
// match exactly (a new route without a row fails); the second makes every request
// for every role with real ids, then with ids that do not exist; refused requests
// carry input that WOULD change something, and the database is compared before
// and after each of them. The last cases are about a trainee and the others'
// data (urls.md, process.md "Security").
// The table below lists each route with only the fields it needs; the others keep
// their defaults. That is what aggregate initialisation is for, so -Wextra's
// warning about omitted fields is silenced for this file only.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#define BOOST_TEST_MODULE matrice
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include "fcgi/parse.hpp"
#include "app/routes.hpp"
#include "fcgi/router.hpp"

#include <chrono>
#include <cstring>
#include <optional>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

using namespace ope::test;

namespace {

enum Qui { anonyme, stagiaire, formateur, tuteur, responsable };
const char* const kNoms[] = {"anonyme", "stagiaire", "formateur", "tuteur", "responsable"};
const Qui kTous[] = {anonyme, stagiaire, formateur, tuteur, responsable};

// What a role gets on a route:
//   CNX    302 to /connexion?suite=<path>
//   REFUS  403
//   OK     passes the authorisation: 200, 303, 422, or a 302 that is not to the login form
//   PROPRE (trainer) OK on a session they are trainer of, 403 on another one
enum Attendu { CNX, REFUS, OK, PROPRE };
const char* const kAttendus[] = {"302 vers /connexion", "403", "autorisé", "autorisé sur sa session, 403 ailleurs"};

const std::string kInexistant = "999999999";

// ----------------------------------------------------------------- helpers

// A session of the test in March 2032.
long creer_session(Client& resp, const std::string& intitule) {
    return ope::test::creer_session(resp, "2032-03", intitule);
}

// A workshop of cycle 1 on 10 March 2032.
long ajouter_atelier(Client& resp, long s, const std::string& intitule) {
    return ope::test::ajouter_atelier(resp, s, "2032-03-10", intitule, "1");
}

// A trainee living in Lyon who agrees to show address, phone and e-mail.
long creer_stagiaire(Client& resp, const std::string& nom, const std::string& prenom, const std::string& email) {
    return ope::test::creer_stagiaire(resp, Fields{{"civilite", "Mme"}, {"nom", nom}, {"prenom", prenom}, {"email", email}, {"ville", "Lyon"},
                                                   {"parution_adresse", "1"}, {"parution_telephone", "1"}, {"parution_email", "1"}});
}

long ajouter_etude(Client& resp, long stagiaire_id, const std::string& diplome) {
    BOOST_REQUIRE_EQUAL(resp.get(fiche(stagiaire_id)).status, 200);
    Page p = resp.submit(fiche(stagiaire_id) + "/etudes",
                         {{"annee", "2015"}, {"diplome", diplome}, {"specialite", "Gestion"}, {"etablissement", "IUT"}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    return std::stol(sql_value("SELECT MAX(id) FROM etude WHERE stagiaire_id = ?", {str(stagiaire_id)}));
}

const std::string kPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

long deposer(Client& resp, const std::string& repertoire, const std::string& nom_fichier) {
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/documents").status, 200);
    Page p = resp.post_multipart("/emploi/documents", {{"csrf", resp.csrf()}, {"repertoire", repertoire}},
                                 {{"fichier", nom_fichier, "application/pdf", kPdf}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    return std::stol(sql_value("SELECT MAX(id) FROM document WHERE repertoire = ? AND nom_fichier = ?", {repertoire, nom_fichier}));
}

void creer_repertoire(Client& resp, const std::string& nom) {
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/documents").status, 200);
    BOOST_REQUIRE_EQUAL(resp.submit("/emploi/documents", {{"nouveau_repertoire", nom}}).status, 303);
}

// ----------------------------------------------------------------- the world

// What the matrix requests: objects created through the site by the manager.
struct Monde {
    Client resp;
    std::string marque;      // letters, in every text a refused request sends
    long S = 0;              // the session of the test: demo tutor is its tutor, the demo trainer is NOT its trainer
    long S_propre = 1;       // demo session 1: the demo trainer is its trainer
    long SJ = 0;             // a throwaway session with a workshop (enrolment / un-enrolment)
    long W = 0;              // a workshop of S (kept)
    long WJ = 0;             // a workshop of S that the manager deletes
    long T1 = 0;             // the trainee who logs in: enrolled in S
    long T2 = 0;             // another trainee, enrolled in S, with an e-mail: the one T1 must never see
    long T3 = 0;             // a throwaway trainee (enrolled in SJ, given new passwords)
    long E2 = 0;             // a study of T2 (kept)
    long EJ = 0;             // a study of T2 that tutor and manager delete
    long D = 0;              // a document (kept)
    long DJ = 0;             // a document the manager deletes
    std::string rep, rep_vide;
    std::string t1_login, t1_mdp;
    std::string nom_t1, nom_t2, email_t2, intitule_s, commentaire_t2, commentaire_t1;
    std::string tuteur_id, tuteur2_id;
    std::string U;           // a staff account of the test (edited, given new passwords)
    std::string compte_t1;   // T1's site account (not a staff account)
};

Monde preparer_monde() {
    Monde m{logged("responsable")};
    Client& resp = m.resp;
    m.marque = "Zq" + lettres();
    m.intitule_s = "Matrice " + m.marque;
    m.S = creer_session(resp, m.intitule_s);
    m.W = ajouter_atelier(resp, m.S, "Atelier garde " + m.marque);
    m.WJ = ajouter_atelier(resp, m.S, "Atelier jetable " + m.marque);
    m.SJ = creer_session(resp, "Matrice jetable " + m.marque);
    ajouter_atelier(resp, m.SJ, "Atelier SJ " + m.marque);
    m.tuteur_id = sql_value("SELECT id FROM utilisateur WHERE login = 'tuteur'");
    m.tuteur2_id = sql_value("SELECT id FROM utilisateur WHERE login = 'tuteur2'");
    BOOST_REQUIRE(!m.tuteur_id.empty());
    BOOST_REQUIRE(!m.tuteur2_id.empty());
    resp.get(session(m.S));
    BOOST_REQUIRE_EQUAL(resp.submit(session(m.S) + "/intervenants", {{"utilisateur_id", m.tuteur_id}, {"role", "tuteur"}}).status, 303);
    BOOST_REQUIRE_EQUAL(sql_count("SELECT COUNT(*) FROM session_intervenant si JOIN utilisateur u ON u.id = si.utilisateur_id "
                                  "WHERE si.session_id = 1 AND u.login = 'formateur' AND si.role = 'formateur'"),
                        1);

    const std::string l = lettres();
    m.T1 = creer_stagiaire(resp, "Unmat" + l, "Alice", "alice." + l + "@exemple.fr");
    m.email_t2 = "bruno." + l + "@exemple.fr";
    m.T2 = creer_stagiaire(resp, "Deuxmat" + l, "Bruno", m.email_t2);
    m.T3 = creer_stagiaire(resp, "Troismat" + l, "Chloe", "");
    m.nom_t1 = majuscules("Unmat" + l);
    m.nom_t2 = majuscules("Deuxmat" + l);
    inscrire(resp, m.S, m.T1);
    inscrire(resp, m.S, m.T2);
    inscrire(resp, m.SJ, m.T3);
    // T2's funding in S, so that a refused change of it would show.
    resp.get(fiche(m.T2));
    BOOST_REQUIRE_EQUAL(resp.submit(fiche(m.T2) + "/sessions/" + str(m.S),
                                    {{"statut_financement", "autofinancement"}, {"complement_financement", "Rien"}})
                            .status,
                        303);
    // Comments of the tutor on each trainee's attendance: T1 sees theirs only.
    m.commentaire_t1 = "Bravo Alice " + m.marque;
    m.commentaire_t2 = "Confidentiel Bruno " + m.marque;
    resp.get(session(m.S) + "/validation?atelier=" + str(m.W));
    const std::string k1 = str(m.W) + "_" + str(m.T1), k2 = str(m.W) + "_" + str(m.T2);
    BOOST_REQUIRE_EQUAL(resp.submit(session(m.S) + "/validation", {{"statut_" + k1, "present"}, {"commentaire_" + k1, m.commentaire_t1},
                                                                     {"statut_" + k2, "absent"}, {"commentaire_" + k2, m.commentaire_t2}})
                            .status,
                        303);
    m.E2 = ajouter_etude(resp, m.T2, "Licence " + m.marque);
    m.EJ = ajouter_etude(resp, m.T2, "Jetable " + m.marque);

    m.rep = "Matrice " + m.marque;
    m.rep_vide = "Matrice vide " + m.marque;
    creer_repertoire(resp, m.rep);
    creer_repertoire(resp, m.rep_vide);
    m.D = deposer(resp, m.rep, "garde-" + m.marque + ".pdf");
    m.DJ = deposer(resp, m.rep, "jetable-" + m.marque + ".pdf");

    // A staff account of the test's own.
    resp.get("/emploi/intervenants");
    const std::string login_u = "mat" + minuscules(m.marque);
    BOOST_REQUIRE_EQUAL(resp.submit("/emploi/intervenants", {{"login", login_u}, {"nom", "Matrice"}, {"prenom", "Ugo"},
                                                            {"email", login_u + "@exemple.fr"}, {"role", "formateur"},
                                                            {"mot_de_passe", "Solide-motdepasse-1"}})
                            .status,
                        303);
    m.U = sql_value("SELECT id FROM utilisateur WHERE login = ?", {login_u});
    m.compte_t1 = sql_value("SELECT id FROM utilisateur WHERE stagiaire_id = ?", {str(m.T1)});
    BOOST_REQUIRE(!m.U.empty());
    BOOST_REQUIRE(!m.compte_t1.empty());

    // T1's login details, from the welcome sheet.
    Page accueil = resp.get(fiche(m.T1) + "/accueil");
    BOOST_REQUIRE_EQUAL(accueil.status, 200);
    m.t1_login = between(accueil.body, "<dt>Identifiant</dt><dd>", "</dd>");
    m.t1_mdp = between(accueil.body, "<dt>Mot de passe</dt><dd>", "</dd>");
    BOOST_REQUIRE(!m.t1_login.empty());
    BOOST_REQUIRE(!m.t1_mdp.empty());
    return m;
}

// Row counts of every table a refused request could write. The stack may be shared
// with other tests running at the same time: these are reported, not asserted; the
// assertion is on etat() below, which only looks at the objects of this test.
std::string comptes_globaux() {
    std::string out;
    for (const char* table : {"session_formation", "atelier", "inscription", "stagiaire", "document", "etude", "repertoire",
                              "utilisateur", "session_intervenant", "presence", "envoi", "journal"})
        out += std::string(table) + "=" + str(sql_count(std::string("SELECT COUNT(*) FROM ") + table)) + " ";
    return out;
}

// Everything a refused request could have changed: the objects of the test, and
// the rows it would have created (every refused input carries the test's mark).
std::string etat(const Monde& m) {
    std::string out;
    const std::string S = str(m.S), SJ = str(m.SJ), T1 = str(m.T1), T2 = str(m.T2), T3 = str(m.T3);
    out += "S " + sql_value("SELECT GROUP_CONCAT(CONCAT(id, ':', mois, ':', intitule) ORDER BY id) FROM session_formation WHERE id IN (?, ?)", {S, SJ});
    out += "|A " + sql_value("SELECT GROUP_CONCAT(CONCAT(id, ':', date_atelier, ':', cycle, ':', intitule) ORDER BY id) FROM atelier WHERE session_id IN (?, ?)", {S, SJ});
    out += "|I " + sql_value("SELECT GROUP_CONCAT(CONCAT(utilisateur_id, ':', role) ORDER BY utilisateur_id, role) FROM session_intervenant WHERE session_id IN (?, ?)", {S, SJ});
    out += "|N " + sql_value("SELECT GROUP_CONCAT(CONCAT(session_id, ':', stagiaire_id, ':', IFNULL(statut_financement, '-'), ':', numero_caf, ':', numero_cli, ':', complement_financement) "
                             "ORDER BY session_id, stagiaire_id) FROM inscription WHERE session_id IN (?, ?) OR stagiaire_id IN (?, ?, ?)", {S, SJ, T1, T2, T3});
    out += "|P " + sql_value("SELECT GROUP_CONCAT(CONCAT(p.atelier_id, ':', p.stagiaire_id, ':', p.statut, ':', p.commentaire) ORDER BY p.atelier_id, p.stagiaire_id) "
                             "FROM presence p JOIN atelier a ON a.id = p.atelier_id WHERE a.session_id IN (?, ?) OR p.stagiaire_id IN (?, ?, ?)", {S, SJ, T1, T2, T3});
    out += "|T " + sql_value("SELECT GROUP_CONCAT(CONCAT_WS(':', id, civilite, nom, prenom, IFNULL(date_naissance, '-'), adresse, code_postal, ville, tel_fixe, tel_portable, email, "
                             "parution_adresse, parution_telephone, parution_email) ORDER BY id) FROM stagiaire WHERE id IN (?, ?, ?)", {T1, T2, T3});
    out += "|U " + sql_value("SELECT GROUP_CONCAT(CONCAT_WS(':', login, mot_de_passe_hash, IFNULL(mot_de_passe_initial, '-'), actif, doit_choisir_mot_de_passe) ORDER BY id) "
                             "FROM utilisateur WHERE stagiaire_id IN (?, ?, ?)", {T1, T2, T3});
    out += "|C " + sql_value("SELECT CONCAT_WS(':', login, nom, prenom, email, role, actif, mot_de_passe_hash, doit_choisir_mot_de_passe)"
                             " FROM utilisateur WHERE id = ?", {m.U});
    out += "|E " + sql_value("SELECT GROUP_CONCAT(CONCAT_WS(':', id, stagiaire_id, IFNULL(annee, '-'), diplome, specialite, etablissement) ORDER BY id) FROM etude WHERE stagiaire_id IN (?, ?, ?)", {T1, T2, T3});
    out += "|D " + sql_value("SELECT GROUP_CONCAT(CONCAT_WS(':', id, repertoire, nom_fichier, taille) ORDER BY id) FROM document WHERE repertoire = ?", {m.rep});
    out += "|R " + sql_value("SELECT GROUP_CONCAT(nom ORDER BY nom) FROM repertoire WHERE nom IN (?, ?)", {m.rep, m.rep_vide});
    out += "|V " + sql_value("SELECT GROUP_CONCAT(CONCAT(id, ':', sujet) ORDER BY id) FROM envoi WHERE session_id IN (?, ?)", {S, SJ});
    out += "|J " + str(sql_count("SELECT COUNT(*) FROM journal WHERE (objet = 'stagiaire' AND objet_id IN (?, ?, ?)) OR (objet = 'session' AND objet_id IN (?, ?))",
                                 {T1, T2, T3, S, SJ}));
    // Rows a refused request would have created: they would carry the mark.
    const std::string like = "%" + m.marque + "%";
    out += "|M";
    for (const char* q : {"SELECT COUNT(*) FROM session_formation WHERE intitule LIKE ?", "SELECT COUNT(*) FROM atelier WHERE intitule LIKE ?",
                          "SELECT COUNT(*) FROM stagiaire WHERE nom LIKE ? OR ville LIKE ? OR email LIKE ?",
                          "SELECT COUNT(*) FROM etude WHERE diplome LIKE ?", "SELECT COUNT(*) FROM repertoire WHERE nom LIKE ?",
                          "SELECT COUNT(*) FROM utilisateur WHERE login LIKE ?", "SELECT COUNT(*) FROM envoi WHERE sujet LIKE ?",
                          "SELECT COUNT(*) FROM inscription WHERE complement_financement LIKE ?", "SELECT COUNT(*) FROM presence WHERE commentaire LIKE ?",
                          "SELECT COUNT(*) FROM document WHERE repertoire LIKE ? OR nom_fichier LIKE ?"}) {
        std::vector<std::string> params;
        for (const char* c = q; (c = std::strchr(c, '?')); ++c) params.push_back(like);
        out += " " + str(sql_count(q, params));
    }
    return out;
}

// ----------------------------------------------------------------- the table

struct Ligne {
    std::string methode, motif;  // exactly as in site_router()
    Attendu attendu[5];          // anonyme, stagiaire, formateur, tuteur, responsable
    std::function<std::string()> chemin;         // with real ids (the session of the test for {id} of a session)
    std::function<std::string()> chemin_propre;  // for PROPRE: the trainer's own session
    Fields ok;                   // harmless input for the roles that pass (invalid, or without effect)
    Fields refus;                // input that would change something: sent by the roles that must be refused
    std::vector<std::function<std::string()>> inexistants;  // paths with ids that do not exist (or do not belong together): 404
    Fields corps_inexistant;     // input naming an id that does not exist, in the body: 422 for the roles that pass
    std::function<void()> preparer;  // puts back what an allowed request consumed (throwaway objects)
    bool client_jetable = false;     // the request ends the user's session: made with a fresh login
};

std::function<std::string()> fixe(std::string s) {
    return [s] { return s; };
}

std::vector<Ligne> table(Monde& m) {
    const Attendu C = CNX, R = REFUS, K = OK, P = PROPRE;
    const std::string X = kInexistant;
    Monde* w = &m;
    auto S = [w] { return session(w->S); };
    auto SX = session(999999999);
    const std::string mq = m.marque;
    const Fields fiche_valide = {{"civilite", "M."}, {"nom", "Refus" + mq}, {"prenom", "Robert"}, {"ville", "Ville" + mq},
                                 {"email", "refus." + lettres() + "@exemple.fr"}, {"parution_adresse", "1"}};
    return {
        // Public.
        {"GET", "/sante", {K, K, K, K, K}, fixe("/sante")},
        {"GET", "/", {K, K, K, K, K}, fixe("/")},
        {"GET", "/connexion", {K, K, K, K, K}, fixe("/connexion")},
        {"POST", "/connexion", {K, K, K, K, K}, fixe("/connexion"), {}, {{"login", ""}, {"mot_de_passe", ""}}, {{"login", ""}, {"mot_de_passe", ""}}},
        {"POST", "/deconnexion", {C, K, K, K, K}, fixe("/deconnexion"), {}, {}, {}, {}, {}, {}, true},

        // Sessions, tutors and trainers.
        {"GET", "/emploi/sessions", {C, R, K, K, K}, fixe("/emploi/sessions")},
        {"GET", "/emploi/sessions/ajouter", {C, R, R, R, K}, fixe("/emploi/sessions/ajouter")},
        {"POST", "/emploi/sessions/ajouter", {C, R, R, R, K}, fixe("/emploi/sessions/ajouter"), {},
         {{"mois", "garbage"}}, {{"mois", "2032-04"}, {"intitule", "Refus " + mq}}},
        {"GET", "/emploi/sessions/{id}", {C, R, P, K, K}, S, fixe("/emploi/sessions/1"), {}, {}, {fixe(SX)}},
        {"GET", "/emploi/sessions/{id}/modifier", {C, R, R, R, K}, [S] { return S() + "/modifier"; }, {}, {}, {},
         {fixe(SX + "/modifier")}},
        {"POST", "/emploi/sessions/{id}/modifier", {C, R, R, R, K}, [S] { return S() + "/modifier"; }, {},
         {{"mois", "garbage"}, {"intitule", "X"}}, {{"mois", "2032-04"}, {"intitule", "Refus " + mq}}, {fixe(SX + "/modifier")}},
        // S has trainees: the manager is refused with a 422, nothing is deleted.
        {"POST", "/emploi/sessions/{id}/supprimer", {C, R, R, R, K}, [S] { return S() + "/supprimer"; }, {}, {}, {},
         {fixe(SX + "/supprimer")}},
        {"POST", "/emploi/sessions/{id}/intervenants", {C, R, R, R, K}, [S] { return S() + "/intervenants"; }, {},
         {{"utilisateur_id", m.tuteur2_id}, {"role", "chef"}}, {{"utilisateur_id", m.tuteur2_id}, {"role", "tuteur"}},
         {fixe(SX + "/intervenants")}, {{"utilisateur_id", X}, {"role", "tuteur"}}},
        {"POST", "/emploi/sessions/{id}/intervenants/{uid}/{role:mot}/supprimer", {C, R, R, R, K},
         [w, S] { return S() + "/intervenants/" + w->tuteur_id + "/tuteur/supprimer"; }, {}, {}, {},
         {[w] { return session(999999999) + "/intervenants/" + w->tuteur_id + "/tuteur/supprimer"; },
          [w, S] { return S() + "/intervenants/" + w->tuteur_id + "/chef/supprimer"; }},
         {},
         [w] { sql_exec("INSERT IGNORE INTO session_intervenant (session_id, utilisateur_id, role) VALUES (?, ?, 'tuteur')", {str(w->S), w->tuteur_id}); }},

        // Workshops.
        {"POST", "/emploi/sessions/{id}/ateliers", {C, R, R, R, K}, [S] { return S() + "/ateliers"; }, {},
         {{"date", "2032-03-11"}, {"intitule", "X"}, {"cycle", "7"}}, {{"date", "2032-03-11"}, {"intitule", "Refus " + mq}, {"cycle", "1"}},
         {fixe(SX + "/ateliers")}},
        {"POST", "/emploi/sessions/{id}/ateliers/{aid}", {C, R, R, R, K}, [w, S] { return S() + "/ateliers/" + str(w->W); }, {},
         {{"date", "2032-03-12"}, {"intitule", "X"}, {"cycle", "9"}}, {{"date", "2032-03-12"}, {"intitule", "Refus " + mq}, {"cycle", "2"}},
         {[w] { return session(999999999) + "/ateliers/" + str(w->W); }, [S] { return S() + "/ateliers/999999999"; },
          [w] { return session(w->SJ) + "/ateliers/" + str(w->W); }}},  // a workshop of another session
        {"POST", "/emploi/sessions/{id}/ateliers/{aid}/supprimer", {C, R, R, R, K}, [w, S] { return S() + "/ateliers/" + str(w->WJ) + "/supprimer"; }, {}, {}, {},
         {[w] { return session(999999999) + "/ateliers/" + str(w->W) + "/supprimer"; }, [S] { return S() + "/ateliers/999999999/supprimer"; },
          [w] { return session(w->SJ) + "/ateliers/" + str(w->W) + "/supprimer"; }},
         {},
         [w] {
             if (sql_count("SELECT COUNT(*) FROM atelier WHERE id = ?", {str(w->WJ)}) == 0) w->WJ = ajouter_atelier(w->resp, w->S, "Atelier jetable " + w->marque);
         }},

        // Trainee records.
        {"GET", "/emploi/stagiaires", {C, R, R, K, K}, fixe("/emploi/stagiaires?q=" + m.nom_t2)},
        {"GET", "/emploi/stagiaires/ajouter", {C, R, R, K, K}, fixe("/emploi/stagiaires/ajouter")},
        {"POST", "/emploi/stagiaires/ajouter", {C, R, R, K, K}, fixe("/emploi/stagiaires/ajouter"), {},
         {{"civilite", "M."}, {"prenom", "Sans nom"}}, fiche_valide},
        {"GET", "/emploi/stagiaires/{id}", {C, R, R, K, K}, [w] { return fiche(w->T2); }, {}, {}, {}, {fixe(fiche(999999999))}},
        {"POST", "/emploi/stagiaires/{id}", {C, R, R, K, K}, [w] { return fiche(w->T2); }, {},
         {{"civilite", "Dr"}, {"nom", "X"}, {"prenom", "Y"}}, fiche_valide, {fixe(fiche(999999999))}},
        {"POST", "/emploi/stagiaires/{id}/etudes", {C, R, R, K, K}, [w] { return fiche(w->T2) + "/etudes"; }, {},
         {{"annee", "2015"}, {"diplome", ""}}, {{"annee", "2015"}, {"diplome", "Refus " + mq}}, {fixe(fiche(999999999) + "/etudes")}},
        {"POST", "/emploi/stagiaires/{id}/etudes/{eid}/supprimer", {C, R, R, K, K},
         [w] { return fiche(w->T2) + "/etudes/" + str(w->EJ) + "/supprimer"; }, {}, {}, {},
         {[w] { return fiche(999999999) + "/etudes/" + str(w->E2) + "/supprimer"; },
          [w] { return fiche(w->T2) + "/etudes/999999999/supprimer"; },
          [w] { return fiche(w->T3) + "/etudes/" + str(w->E2) + "/supprimer"; }},  // another trainee's study
         {},
         [w] {
             if (sql_count("SELECT COUNT(*) FROM etude WHERE id = ?", {str(w->EJ)}) == 0) w->EJ = ajouter_etude(w->resp, w->T2, "Jetable " + w->marque);
         }},

        // Enrolment.
        {"POST", "/emploi/sessions/{id}/stagiaires", {C, R, R, K, K}, [S] { return S() + "/stagiaires"; }, {},
         {{"stagiaire_id", ""}}, {{"stagiaire_id", str(m.T3)}}, {fixe(SX + "/stagiaires")}, {{"stagiaire_id", X}}},
        {"GET", "/emploi/sessions/{id}/stagiaires/recherche", {C, R, R, K, K}, [w, S] { return S() + "/stagiaires/recherche?q=" + w->nom_t2; },
         {}, {}, {}, {fixe(SX + "/stagiaires/recherche?q=a")}},
        {"POST", "/emploi/sessions/{id}/stagiaires/{sid}/supprimer", {C, R, R, K, K},
         [w] { return session(w->SJ) + "/stagiaires/" + str(w->T3) + "/supprimer"; }, {}, {}, {},
         {[w] { return session(999999999) + "/stagiaires/" + str(w->T3) + "/supprimer"; },
          [w] { return session(w->SJ) + "/stagiaires/999999999/supprimer"; },
          [w] { return session(w->SJ) + "/stagiaires/" + str(w->T2) + "/supprimer"; }},  // not enrolled there
         {},
         [w] {
             if (sql_count("SELECT COUNT(*) FROM inscription WHERE session_id = ? AND stagiaire_id = ?", {str(w->SJ), str(w->T3)}) == 0)
                 inscrire(w->resp, w->SJ, w->T3);
         }},
        {"POST", "/emploi/stagiaires/{id}/sessions", {C, R, R, K, K}, [w] { return fiche(w->T2) + "/sessions"; }, {},
         {{"session_id", ""}, {"statut_financement", "autofinancement"}},
         {{"session_id", str(m.SJ)}, {"statut_financement", "autofinancement"}, {"complement_financement", "Refus " + mq}},
         {fixe(fiche(999999999) + "/sessions")}, {{"session_id", X}, {"statut_financement", "autofinancement"}}},
        {"POST", "/emploi/stagiaires/{id}/sessions/{sessid}", {C, R, R, K, K}, [w] { return fiche(w->T2) + "/sessions/" + str(w->S); }, {},
         {{"statut_financement", "inconnu"}}, {{"statut_financement", "employeur"}, {"complement_financement", "Refus " + mq}},
         {[w] { return fiche(999999999) + "/sessions/" + str(w->S); }}},

        // Printed documents.
        {"GET", "/emploi/sessions/{id}/inscrits", {C, R, P, K, K}, [S] { return S() + "/inscrits"; }, fixe("/emploi/sessions/1/inscrits"), {}, {},
         {fixe(SX + "/inscrits")}},
        {"GET", "/emploi/sessions/{id}/presence/{cycle}", {C, R, P, K, K}, [S] { return S() + "/presence/1"; }, fixe("/emploi/sessions/1/presence/1"), {}, {},
         {fixe(SX + "/presence/1"), [S] { return S() + "/presence/3"; }}},
        {"GET", "/emploi/stagiaires/{id}/accueil", {C, R, R, K, K}, [w] { return fiche(w->T2) + "/accueil"; }, {}, {}, {},
         {fixe(fiche(999999999) + "/accueil")}},
        {"POST", "/emploi/stagiaires/{id}/mot-de-passe", {C, R, R, K, K}, [w] { return fiche(w->T3) + "/mot-de-passe"; }, {}, {}, {},
         {fixe(fiche(999999999) + "/mot-de-passe")}},

        // Attendance.
        {"GET", "/emploi/sessions/{id}/validation", {C, R, R, K, K}, [S] { return S() + "/validation"; }, {}, {}, {},
         {fixe(SX + "/validation"), [S] { return S() + "/validation?atelier=999999999"; },
          [w, S] {
              return S() + "/validation?atelier=" + sql_value("SELECT MIN(id) FROM atelier WHERE session_id = ?", {str(w->SJ)});
          }}},
        {"POST", "/emploi/sessions/{id}/validation", {C, R, R, K, K}, [S] { return S() + "/validation"; }, {}, {},
         {{"statut_" + str(m.W) + "_" + str(m.T2), "excuse"}, {"commentaire_" + str(m.W) + "_" + str(m.T2), "Refus " + mq}},
         {fixe(SX + "/validation")}, {{"statut_" + X + "_" + str(m.T2), "present"}}},

        // The trainee's personal page.
        {"GET", "/espace", {C, K, R, R, R}, fixe("/espace")},
        {"POST", "/espace/donnees", {C, K, R, R, R}, fixe("/espace/donnees"), {}, {{"tel_portable", "pas un numéro"}},
         {{"ville", "Ville" + mq}, {"email", "espace." + lettres() + "@exemple.fr"}}},
        {"POST", "/espace/mot-de-passe", {C, K, R, R, R}, fixe("/espace/mot-de-passe"), {},
         {{"actuel", "pas-le-bon-mot-de-passe"}, {"nouveau", "Tres-long-mot-de-passe-1"}, {"confirmation", "autre"}},
         {{"actuel", "demo"}, {"nouveau", "Tres-long-mot-de-passe-1"}, {"confirmation", "Tres-long-mot-de-passe-1"}}},

        // The directory: a trainee's own sessions (the query is ignored), a session for staff.
        {"GET", "/annuaire", {C, K, P, K, K}, [S] { return "/annuaire?session=" + S().substr(S().rfind('/') + 1); },
         fixe("/annuaire?session=1")},
        {"POST", "/espace/annuaire", {C, K, R, R, R}, fixe("/espace/annuaire"),
         {}, {{"parution_adresse", "1"}, {"parution_telephone", "1"}, {"parution_email", "1"}}, {}},

        // Reports (print pages and their CSV).
        {"GET", "/emploi/rapports/rsa", {C, R, R, K, K}, fixe("/emploi/rapports/rsa?du=2032-01&au=2032-12")},
        {"GET", "/emploi/rapports/sessions", {C, R, R, K, K}, fixe("/emploi/rapports/sessions?annee=2032&format=csv")},

        // Import of trainees: without a file, a 422 that writes nothing.
        {"GET", "/emploi/import", {C, R, R, R, K}, fixe("/emploi/import")},
        {"POST", "/emploi/import", {C, R, R, R, K}, fixe("/emploi/import"), {}, {{"appliquer", "1"}}, {{"appliquer", "1"}}},

        // Documents.
        {"GET", "/emploi/documents", {C, R, R, R, K}, fixe("/emploi/documents")},
        {"POST", "/emploi/documents", {C, R, R, R, K}, fixe("/emploi/documents"), {}, {{"nouveau_repertoire", ""}},
         {{"nouveau_repertoire", "Refus " + mq}}},
        {"POST", "/emploi/documents/repertoires/supprimer", {C, R, R, R, K}, fixe("/emploi/documents/repertoires/supprimer"), {},
         {{"repertoire", m.rep_vide}}, {{"repertoire", m.rep_vide}}, {}, {},
         [w] { sql_exec("INSERT IGNORE INTO repertoire (nom) VALUES (?)", {w->rep_vide}); }},
        {"POST", "/emploi/documents/{did}/supprimer", {C, R, R, R, K}, [w] { return "/emploi/documents/" + str(w->DJ) + "/supprimer"; }, {}, {}, {},
         {fixe("/emploi/documents/999999999/supprimer")}, {},
         [w] {
             if (sql_count("SELECT COUNT(*) FROM document WHERE id = ?", {str(w->DJ)}) == 0)
                 w->DJ = deposer(w->resp, w->rep, "jetable-" + w->marque + ".pdf");
         }},
        {"GET", "/emploi/documents/{did}", {C, R, R, K, K}, [w] { return "/emploi/documents/" + str(w->D); }, {}, {}, {},
         {fixe("/emploi/documents/999999999")}},
        {"GET", "/emploi/tuteur/documents", {C, R, R, K, K}, fixe("/emploi/tuteur/documents?repertoire=" + ope::url_encode(m.rep)), {}, {}, {},
         {fixe("/emploi/tuteur/documents?repertoire=Inexistant" + mq)}},
        {"GET", "/emploi/sessions/{id}/documentation", {C, R, R, K, K}, [S] { return S() + "/documentation"; }, {}, {}, {},
         {fixe(SX + "/documentation")}},
        {"POST", "/emploi/sessions/{id}/documentation", {C, R, R, K, K}, [S] { return S() + "/documentation"; }, {},
         {{"sujet", ""}, {"corps", "x"}, {"destinataire", str(m.T2)}},
         {{"sujet", "Refus " + mq}, {"corps", "Message"}, {"destinataire", str(m.T2)}, {"document_id", str(m.D)}},
         {fixe(SX + "/documentation")},
         {{"sujet", "Objet"}, {"corps", "Message"}, {"destinataire", str(m.T2)}, {"document_id", X}}},

        // Personal data: export (the trainee's own, the manager's of anyone), erasure
        // (without confirmer=1, the confirmation page; refused roles send confirmer=1).
        {"GET", "/emploi/stagiaires/{id}/export", {C, R, R, R, K}, [w] { return fiche(w->T2) + "/export"; }, {}, {}, {},
         {fixe(fiche(999999999) + "/export")}},
        {"GET", "/espace/export", {C, K, R, R, R}, fixe("/espace/export")},
        {"POST", "/emploi/stagiaires/{id}/anonymiser", {C, R, R, R, K}, [w] { return fiche(w->T2) + "/anonymiser"; }, {},
         {}, {{"confirmer", "1"}}, {fixe(fiche(999999999) + "/anonymiser")}},

        // The audit journal.
        {"GET", "/emploi/journal", {C, R, R, R, K}, fixe("/emploi/journal?stagiaire=" + str(m.T2))},

        // Staff accounts.
        {"GET", "/emploi/intervenants", {C, R, R, R, K}, fixe("/emploi/intervenants")},
        {"POST", "/emploi/intervenants", {C, R, R, R, K}, fixe("/emploi/intervenants"), {},
         {{"login", "Mauvais login!"}, {"nom", "X"}, {"prenom", "Y"}, {"role", "tuteur"}, {"mot_de_passe", "Solide-motdepasse-1"}},
         {{"login", "refus" + minuscules(mq)}, {"nom", "Refus"}, {"prenom", "Pirate"}, {"role", "responsable"}, {"mot_de_passe", "Solide-motdepasse-1"}}},
        {"GET", "/emploi/intervenants/{uid}", {C, R, R, R, K}, [w] { return "/emploi/intervenants/" + w->U; }, {}, {}, {},
         {fixe("/emploi/intervenants/999999999"), [w] { return "/emploi/intervenants/" + w->compte_t1; }}},
        {"POST", "/emploi/intervenants/{uid}", {C, R, R, R, K}, [w] { return "/emploi/intervenants/" + w->U; }, {},
         {{"nom", ""}, {"prenom", "Ugo"}, {"role", "formateur"}, {"actif", "1"}},
         {{"nom", "Refus"}, {"prenom", "Pirate"}, {"email", "pirate@exemple.fr"}, {"role", "responsable"}},
         {fixe("/emploi/intervenants/999999999"), [w] { return "/emploi/intervenants/" + w->compte_t1; }}},
        {"POST", "/emploi/intervenants/{uid}/mot-de-passe", {C, R, R, R, K},
         [w] { return "/emploi/intervenants/" + w->U + "/mot-de-passe"; }, {}, {}, {},
         {fixe("/emploi/intervenants/999999999/mot-de-passe"), [w] { return "/emploi/intervenants/" + w->compte_t1 + "/mot-de-passe"; }}},
        {"GET", "/compte/mot-de-passe", {C, R, K, K, K}, fixe("/compte/mot-de-passe")},
        {"POST", "/compte/mot-de-passe", {C, R, K, K, K}, fixe("/compte/mot-de-passe"), {},
         {{"actuel", "pas-le-bon-mot-de-passe"}, {"nouveau", "Tres-long-mot-de-passe-1"}, {"confirmation", "Tres-long-mot-de-passe-1"}},
         {{"actuel", "demo"}, {"nouveau", "Tres-long-mot-de-passe-1"}, {"confirmation", "Tres-long-mot-de-passe-1"}}},
    };
}

std::string sans_requete(const std::string& chemin) { return chemin.substr(0, chemin.find('?')); }

bool passe(const Page& p) {
    if (p.status == 200 || p.status == 303 || p.status == 422) return true;
    return p.status == 302 && p.location().rfind("/connexion?suite=", 0) != 0;
}

Page envoyer(Client& c, const std::string& methode, const std::string& chemin, const Fields& champs) {
    if (methode == "GET") return c.get(chemin);
    Fields f = champs;
    f.emplace_back("csrf", c.csrf());
    return c.post(chemin, f);
}

// A client of each role, with a CSRF token from a page of its own.
Client client_de(Qui qui, const Monde& m) {
    switch (qui) {
        case anonyme: {
            Client c;
            c.get("/connexion");
            return c;
        }
        case stagiaire: {
            Client c = logged(m.t1_login, m.t1_mdp);
            BOOST_REQUIRE_EQUAL(c.get("/espace").status, 200);
            return c;
        }
        case formateur: {
            Client c = logged("formateur");
            c.get("/emploi/sessions");
            return c;
        }
        case tuteur: {
            Client c = logged("tuteur");
            c.get("/emploi/sessions");
            return c;
        }
        case responsable:
        default: {
            Client c = logged("responsable");
            c.get("/emploi/sessions");
            return c;
        }
    }
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

// Every route has exactly one row, every row is a route: adding a route without
// deciding who may use it fails here, with its name.
BOOST_AUTO_TEST_CASE(la_table_couvre_toutes_les_routes) {
    Monde vide{Client()};
    std::map<std::string, int> lignes;
    for (const Ligne& l : table(vide)) ++lignes[l.methode + " " + l.motif];
    std::set<std::string> routes;
    for (const auto& r : ope::site().router.routes()) {
        const std::string cle = r.method + " " + r.pattern;
        BOOST_TEST(routes.insert(cle).second, "route en double dans site_router() : " << cle);
        BOOST_TEST(lignes.count(cle) == 1u, "route sans ligne dans la matrice des droits : " << cle);
    }
    for (const auto& [cle, n] : lignes) {
        BOOST_TEST(n == 1, "ligne en double dans la matrice : " << cle);
        BOOST_TEST(routes.count(cle) == 1u, "ligne de la matrice sans route : " << cle);
    }
}

// The table's expectations agree with the roles declared in the route table.
BOOST_AUTO_TEST_CASE(la_table_et_les_roles_du_routeur_concordent) {
    Monde vide{Client()};
    const ope::Role roles[] = {ope::Role::stagiaire, ope::Role::formateur, ope::Role::tuteur, ope::Role::responsable};
    for (const Ligne& l : table(vide)) {
        for (const auto& r : ope::site().router.routes()) {
            if (r.method != l.methode || r.pattern != l.motif) continue;
            BOOST_TEST_CONTEXT(l.methode << " " << l.motif) {
                BOOST_TEST((l.attendu[anonyme] == CNX) == !r.roles.is_public());
                for (int i = 0; i < 4; ++i) {
                    const Attendu a = l.attendu[i + 1];
                    BOOST_TEST((a == OK || a == PROPRE) == r.roles.allows(roles[i]), kNoms[i + 1]);
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(matrice_route_par_role) {
    Monde m = preparer_monde();
    std::vector<Ligne> lignes = table(m);
    std::map<Qui, Client> clients;
    for (Qui q : kTous) clients.emplace(q, client_de(q, m));
    int changements_globaux = 0;

    for (const Ligne& l : lignes) {
        // The paths of the row are those of its route.
        for (const std::string& chemin : {l.chemin(), l.chemin_propre ? l.chemin_propre() : l.chemin()}) {
            auto match = ope::site().router.match(l.methode, sans_requete(chemin));
            BOOST_TEST_REQUIRE((match.outcome == ope::Router::Outcome::found && match.route->pattern == l.motif),
                               "le chemin " << chemin << " n'est pas de la route " << l.motif);
        }
        for (Qui qui : kTous) {
            BOOST_TEST_CONTEXT(kNoms[qui] << " " << l.methode << " " << l.motif << " (attendu : " << kAttendus[l.attendu[qui]] << ")") {
                if (l.preparer) l.preparer();
                std::optional<Client> jetable;
                if (l.client_jetable && qui != anonyme) jetable.emplace(client_de(qui, m));
                Client& c = jetable ? *jetable : clients.at(qui);

                // One request, checked against one expectation; refused ones change nothing.
                auto essayer = [&](const std::string& chemin, Attendu attendu, const Fields& champs, int statut_ok = 0) {
                    BOOST_TEST_CONTEXT("requête " << l.methode << " " << chemin) {
                        const bool refus = attendu == CNX || attendu == REFUS;
                        const std::string avant = refus ? etat(m) : "";
                        const std::string globaux = refus ? comptes_globaux() : "";
                        Page p = envoyer(c, l.methode, chemin, champs);
                        BOOST_TEST(p.status != 500);
                        if (attendu == CNX) {
                            BOOST_TEST(p.status == 302);
                            BOOST_TEST(p.location() == "/connexion?suite=" + ope::url_encode(chemin));
                        } else if (attendu == REFUS) {
                            BOOST_TEST(p.status == 403);
                            BOOST_TEST(p.contains("Accès refusé"));
                            // A refusal shows nothing of the objects of the test.
                            BOOST_TEST(!p.contains(m.nom_t2));
                            BOOST_TEST(!p.contains(m.commentaire_t2));
                            BOOST_TEST(!p.contains(m.intitule_s));
                        } else if (statut_ok) {
                            BOOST_TEST(p.status == statut_ok);
                        } else {
                            BOOST_TEST(passe(p), "statut " << p.status << " " << p.location());
                        }
                        if (refus) {
                            BOOST_TEST(etat(m) == avant, "un refus a changé la base");
                            if (comptes_globaux() != globaux) {
                                ++changements_globaux;
                                BOOST_TEST_MESSAGE("nombre de lignes changé pendant un refus (autre test en même temps ?) : "
                                                   << l.methode << " " << chemin << " " << kNoms[qui] << "\n  avant " << globaux
                                                   << "\n  après " << comptes_globaux());
                            }
                        }
                        return p;
                    }
                    return Page{};
                };

                const Attendu attendu = l.attendu[qui];
                const Fields& champs = attendu == OK || attendu == PROPRE ? l.ok : l.refus;
                if (attendu == PROPRE) {
                    essayer(l.chemin(), REFUS, l.refus);
                    essayer(l.chemin_propre(), OK, l.ok);
                } else {
                    essayer(l.chemin(), attendu, champs);
                }
                if (l.client_jetable && qui != anonyme && attendu == OK) {
                    // Logged out for good: the next page asks to log in again.
                    BOOST_TEST(c.get(qui == stagiaire ? "/espace" : "/emploi/sessions").status == 302);
                    continue;
                }
                // Ids that do not exist: 404 for the roles that pass, the same refusal for the others.
                for (const auto& inexistant : l.inexistants) {
                    if (attendu == OK || attendu == PROPRE) essayer(inexistant(), OK, l.ok, 404);
                    else essayer(inexistant(), attendu, l.refus);
                }
                if (!l.corps_inexistant.empty() && (attendu == OK || attendu == PROPRE)) {
                    const std::string avant = etat(m);
                    essayer(l.chemin(), OK, l.corps_inexistant, 422);
                    BOOST_TEST(etat(m) == avant, "un identifiant inexistant dans le formulaire a changé la base");
                }
            }
        }
    }
    if (changements_globaux)
        BOOST_TEST_MESSAGE(changements_globaux << " refus pendant lesquels le nombre de lignes d'une table a changé : la base est "
                                               "partagée avec un autre test ; etat() n'a rien vu changer aux objets de ce test.");
    // What the allowed requests were meant to do, and only that.
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM session_formation WHERE intitule = ?", {"Refus " + m.marque}) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = ?", {str(m.W)}) == 1);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM etude WHERE id = ?", {str(m.E2)}) == 1);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM document WHERE id = ?", {str(m.D)}) == 1);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM inscription WHERE session_id = ? AND stagiaire_id = ?", {str(m.S), str(m.T2)}) == 1);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM utilisateur WHERE login LIKE 'refus%' AND nom = 'REFUS'") == 0);
}

// A trainee and the other trainees: every page of a trainee record (another's and
// their own) and every page of a session they are in is refused without data; their
// personal page shows them only, whatever the URL or the form says.
BOOST_AUTO_TEST_CASE(stagiaire_et_les_donnees_des_autres) {
    Monde m = preparer_monde();
    Client t1 = client_de(stagiaire, m);

    std::map<std::string, std::string> valeurs = {{"sid", str(m.T2)}, {"sessid", str(m.S)}, {"eid", str(m.E2)},
                                                  {"aid", str(m.W)},  {"uid", m.tuteur_id},  {"role", "tuteur"},
                                                  {"cycle", "1"},     {"did", str(m.D)}};
    // {name} and {name:mot} of a pattern replaced by the values above.
    auto remplir = [&](const std::string& motif, const std::string& id) {
        std::string out;
        for (std::size_t i = 0; i < motif.size();) {
            if (motif[i] != '{') {
                out += motif[i++];
                continue;
            }
            auto fin = motif.find('}', i);
            std::string nom = motif.substr(i + 1, fin - i - 1);
            nom = nom.substr(0, nom.find(':'));
            out += nom == "id" ? id : valeurs.at(nom);
            i = fin + 1;
        }
        return out;
    };
    const Fields tout = {{"civilite", "M."}, {"nom", "Pirate"}, {"prenom", "Jean"}, {"ville", "Refus" + m.marque},
                         {"diplome", "Refus"}, {"session_id", str(m.SJ)}, {"statut_financement", "autofinancement"},
                         {"stagiaire_id", str(m.T2)}, {"utilisateur_id", m.tuteur2_id}, {"role", "tuteur"},
                         {"date", "2032-03-15"}, {"intitule", "Refus"}, {"cycle", "1"}, {"sujet", "Refus"}, {"corps", "x"},
                         {"destinataire", str(m.T2)}, {"statut_" + str(m.W) + "_" + str(m.T2), "excuse"}};
    int essais = 0;
    for (const auto& r : ope::site().router.routes()) {
        const bool fiche_route = r.pattern.rfind("/emploi/stagiaires/{id}", 0) == 0;
        const bool session_route = r.pattern.rfind("/emploi/sessions/{id}", 0) == 0;
        if (!fiche_route && !session_route) continue;
        // Another trainee's record and their own; the session they are in.
        std::vector<std::string> ids = fiche_route ? std::vector<std::string>{str(m.T2), str(m.T1)} : std::vector<std::string>{str(m.S)};
        for (const std::string& id : ids) {
            const std::string chemin = remplir(r.pattern, id);
            BOOST_TEST_CONTEXT("stagiaire " << r.method << " " << chemin) {
                const std::string avant = etat(m);
                Page p = envoyer(t1, r.method, chemin, tout);
                BOOST_TEST(p.status == 403);
                BOOST_TEST(!p.contains(m.nom_t2));
                BOOST_TEST(!p.contains(m.email_t2));
                BOOST_TEST(!p.contains(m.commentaire_t2));
                BOOST_TEST(!p.contains(m.intitule_s));
                BOOST_TEST(!p.contains("%PDF"));
                BOOST_TEST(etat(m) == avant);
                ++essais;
            }
        }
    }
    BOOST_TEST(essais >= 30);
    // The library and the search are not theirs either.
    for (const std::string& url : std::vector<std::string>{"/emploi/documents/" + str(m.D), "/emploi/stagiaires?q=" + m.nom_t2, "/emploi/tuteur/documents"}) {
        Page p = t1.get(url);
        BOOST_TEST(p.status == 403, url);
        BOOST_TEST(!p.contains(m.nom_t2), url);
    }

    // Their page: theirs, whatever the query says.
    for (const std::string& url : std::vector<std::string>{"/espace", "/espace?id=" + str(m.T2), "/espace?stagiaire_id=" + str(m.T2), "/espace?stagiaire=" + str(m.T2)}) {
        BOOST_TEST_CONTEXT(url) {
            Page p = t1.get(url);
            BOOST_TEST(p.status == 200);
            BOOST_TEST(p.contains(m.nom_t1));
            BOOST_TEST(p.contains(m.commentaire_t1));
            BOOST_TEST(p.contains("Atelier garde " + m.marque));
            BOOST_TEST(!p.contains(m.nom_t2));
            BOOST_TEST(!p.contains(m.email_t2));
            BOOST_TEST(!p.contains(m.commentaire_t2));
        }
    }
    BOOST_TEST(t1.get("/espace/" + str(m.T2)).status == 404);
    BOOST_TEST(t1.get("/").location() == "/espace");

    // The form of their page: ids slipped into it change nothing of the other's record.
    const std::string t2_avant = sql_value("SELECT CONCAT_WS(':', civilite, nom, prenom, ville, email) FROM stagiaire WHERE id = ?", {str(m.T2)});
    t1.get("/espace");
    const std::string ville = "Ville" + m.marque;
    Page p = t1.submit("/espace/donnees", {{"id", str(m.T2)}, {"stagiaire_id", str(m.T2)}, {"nom", "Pirate"}, {"prenom", "Alice"},
                                           {"civilite", "M."}, {"ville", ville},
                                           {"email", "alice.nouvelle." + lettres() + "@exemple.fr"}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(sql_value("SELECT CONCAT_WS(':', civilite, nom, prenom, ville, email) FROM stagiaire WHERE id = ?", {str(m.T2)}) == t2_avant);
    // Their own record took it all (the identity too: a trainee corrects their own).
    BOOST_TEST(sql_value("SELECT CONCAT_WS(':', civilite, nom, ville) FROM stagiaire WHERE id = ?", {str(m.T1)}) == "M.:PIRATE:" + ville);
}
