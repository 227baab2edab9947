// Step 2: tutors and trainers of a session; and the staff accounts ("Intervenants").
#define BOOST_TEST_MODULE intervenants
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <string>

using namespace ope::test;

namespace {

std::string id_de(const std::string& login) {
    std::string id = sql_value("SELECT id FROM utilisateur WHERE login = ?", {login});
    BOOST_REQUIRE_MESSAGE(!id.empty(), "no account " + login);
    return id;
}

// A session of the test, in May 2031.
long nouvelle_session(Client& resp) { return creer_session(resp, "2031-05", unique("Intervenants ")); }

long intervenants(long session, const std::string& uid, const std::string& role) {
    return sql_count("SELECT COUNT(*) FROM session_intervenant WHERE session_id = ? AND utilisateur_id = ? AND role = ?",
                     {std::to_string(session), uid, role});
}

long tous_intervenants(long session) {
    return sql_count("SELECT COUNT(*) FROM session_intervenant WHERE session_id = ?", {std::to_string(session)});
}

std::string chemin(long session) { return "/emploi/sessions/" + std::to_string(session); }

long comptes(const std::string& login) {
    return sql_count("SELECT COUNT(*) FROM utilisateur WHERE login = ?", {login});
}

Page creer_compte(Client& resp, Fields f) {
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/intervenants").status, 200);
    return resp.submit("/emploi/intervenants", f);
}

Fields compte(const std::string& login, const std::string& password = "Solide-motdepasse-1",
              const std::string& role = "tuteur") {
    return {{"login", login}, {"nom", "durand"},     {"prenom", "marie-anne"},
            {"email", " " + login + "@Exemple.FR "}, {"role", role}, {"mot_de_passe", password}};
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(ajouter_un_tuteur_et_un_formateur) {
    Client c = logged("responsable");
    long s = nouvelle_session(c);
    const std::string tuteur = id_de("tuteur");
    const std::string formateur = id_de("formateur");

    Page page = c.get(chemin(s));
    BOOST_TEST(page.status == 200);
    BOOST_TEST(page.contains("<option value=\"" + tuteur + "\">Antoine LEFÈVRE (tuteur)</option>"));
    BOOST_TEST(!page.contains("elodie.dupont"));

    Page p = c.submit(chemin(s) + "/intervenants", {{"utilisateur_id", tuteur}, {"role", "tuteur"}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == chemin(s));
    BOOST_TEST(intervenants(s, tuteur, "tuteur") == 1);

    Page apres = c.get(chemin(s));
    BOOST_TEST(apres.contains("Antoine LEFÈVRE"));
    BOOST_TEST(apres.contains("action=\"" + chemin(s) + "/intervenants/" + tuteur + "/tuteur/supprimer\""));

    // Twice: harmless, still one row.
    Page encore = c.submit(chemin(s) + "/intervenants", {{"utilisateur_id", tuteur}, {"role", "tuteur"}});
    BOOST_TEST(encore.status == 303);
    BOOST_TEST(intervenants(s, tuteur, "tuteur") == 1);

    // A trainer, and a second tutor: a session may have several.
    BOOST_TEST(c.submit(chemin(s) + "/intervenants", {{"utilisateur_id", formateur}, {"role", "formateur"}}).status == 303);
    BOOST_TEST(c.submit(chemin(s) + "/intervenants", {{"utilisateur_id", id_de("tuteur2")}, {"role", "tuteur"}}).status == 303);
    BOOST_TEST(intervenants(s, formateur, "formateur") == 1);
    BOOST_TEST(tous_intervenants(s) == 3);
    Page trois = c.get(chemin(s));
    BOOST_TEST(trois.contains("Sophie NGUYEN"));
    BOOST_TEST(trois.contains("Karim BENALI"));
    BOOST_TEST(trois.contains("action=\"" + chemin(s) + "/intervenants/" + formateur + "/formateur/supprimer\""));

    // The list of sessions shows them.
    Page liste = c.get("/emploi/sessions?annee=2031");
    std::string ligne = between(liste.body, "href=\"/emploi/sessions/" + std::to_string(s) + "\">", "</tr>");
    BOOST_TEST(ligne.find("LEFÈVRE") != std::string::npos);
    BOOST_TEST(ligne.find("NGUYEN") != std::string::npos);

    // The trainer now sees the session.
    Client f = logged("formateur");
    BOOST_TEST(f.get(chemin(s)).status == 200);
}

BOOST_AUTO_TEST_CASE(role_ou_personne_invalides_422) {
    Client c = logged("responsable");
    long s = nouvelle_session(c);
    const std::string tuteur = id_de("tuteur");
    const std::string stagiaire = id_de("elodie.dupont");

    struct Cas {
        std::string uid, role, message;
    };
    for (const Cas& cas : {Cas{tuteur, "chef", "Choisissez tuteur ou formateur"},
                           Cas{tuteur, "", "Choisissez tuteur ou formateur"},
                           Cas{tuteur, "responsable", "Choisissez tuteur ou formateur"},
                           Cas{tuteur, "TUTEUR", "Choisissez tuteur ou formateur"},
                           Cas{"999999", "tuteur", "Choisissez une personne dans la liste"},
                           Cas{stagiaire, "tuteur", "Choisissez une personne dans la liste"},
                           Cas{stagiaire, "formateur", "Choisissez une personne dans la liste"},
                           Cas{"", "tuteur", "Choisissez une personne dans la liste"},
                           Cas{"abc", "tuteur", "Choisissez une personne dans la liste"},
                           Cas{"-2", "tuteur", "Choisissez une personne dans la liste"},
                           Cas{"0", "tuteur", "Choisissez une personne dans la liste"},
                           Cas{"99999999999999999999", "tuteur", "Choisissez une personne dans la liste"},
                           Cas{tuteur + " OR 1=1", "tuteur", "Choisissez une personne dans la liste"}}) {
        BOOST_TEST_CONTEXT("utilisateur_id=" << cas.uid << " role=" << cas.role) {
            c.get(chemin(s));
            Page p = c.submit(chemin(s) + "/intervenants", {{"utilisateur_id", cas.uid}, {"role", cas.role}});
            BOOST_TEST(p.status == 422);
            BOOST_TEST(p.contains(cas.message));
            BOOST_TEST(p.contains("Session n° " + std::to_string(s)));  // the session page, re-rendered
            BOOST_TEST(tous_intervenants(s) == 0);
        }
    }
    // Unknown session: 404, nothing written.
    c.get(chemin(s));
    Page inconnue = c.submit("/emploi/sessions/99999999/intervenants", {{"utilisateur_id", tuteur}, {"role", "tuteur"}});
    BOOST_TEST(inconnue.status == 404);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM session_intervenant WHERE session_id = 99999999") == 0);
}

BOOST_AUTO_TEST_CASE(retirer_un_intervenant) {
    Client c = logged("responsable");
    long s = nouvelle_session(c);
    const std::string tuteur = id_de("tuteur");
    const std::string formateur = id_de("formateur");
    c.get(chemin(s));
    BOOST_REQUIRE_EQUAL(c.submit(chemin(s) + "/intervenants", {{"utilisateur_id", tuteur}, {"role", "tuteur"}}).status, 303);
    BOOST_REQUIRE_EQUAL(c.submit(chemin(s) + "/intervenants", {{"utilisateur_id", formateur}, {"role", "formateur"}}).status, 303);

    const std::string url = chemin(s) + "/intervenants/" + tuteur + "/tuteur/supprimer";
    // A GET on the removal URL is not a removal.
    Page get = c.get(url);
    BOOST_TEST(get.status == 405);
    BOOST_TEST(intervenants(s, tuteur, "tuteur") == 1);

    Page p = c.submit(url, {});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == chemin(s));
    BOOST_TEST(intervenants(s, tuteur, "tuteur") == 0);
    BOOST_TEST(intervenants(s, formateur, "formateur") == 1);  // only that one
    Page page = c.get(chemin(s));
    BOOST_TEST(!page.contains("Antoine LEFÈVRE</li>"));
    BOOST_TEST(!page.contains(url));
    BOOST_TEST(page.contains("Sophie NGUYEN"));

    // Removing someone who is not there: harmless.
    BOOST_TEST(c.submit(url, {}).status == 303);
    // The role in the URL must be tuteur or formateur.
    Page chef = c.submit(chemin(s) + "/intervenants/" + formateur + "/chef/supprimer", {});
    BOOST_TEST(chef.status == 404);
    BOOST_TEST(intervenants(s, formateur, "formateur") == 1);
    // Unknown session.
    BOOST_TEST(c.submit("/emploi/sessions/99999999/intervenants/" + formateur + "/formateur/supprimer", {}).status == 404);
    // Removing the trainer "as tutor" does not remove them as trainer.
    BOOST_TEST(c.submit(chemin(s) + "/intervenants/" + formateur + "/tuteur/supprimer", {}).status == 303);
    BOOST_TEST(intervenants(s, formateur, "formateur") == 1);
    BOOST_TEST(c.submit(chemin(s) + "/intervenants/" + formateur + "/formateur/supprimer", {}).status == 303);
    BOOST_TEST(tous_intervenants(s) == 0);
}

BOOST_AUTO_TEST_CASE(liste_des_comptes_du_personnel) {
    Client c = logged("responsable");
    Page p = c.get("/emploi/intervenants");
    BOOST_TEST(p.status == 200);
    BOOST_TEST(p.contains("Intervenants"));
    for (const std::string login : {"responsable", "tuteur", "tuteur2", "formateur"})
        BOOST_TEST(p.contains("<td data-titre=\"Identifiant\" class=\"long\">" + login + "</td>"), login);
    BOOST_TEST(!p.contains(">elodie.dupont</td>"));  // trainees are not staff
    BOOST_TEST(p.contains("name=\"mot_de_passe\""));
    BOOST_TEST(!p.contains("argon2"));  // no hash on the page
}

BOOST_AUTO_TEST_CASE(creer_un_compte_tuteur) {
    Client c = logged("responsable");
    const std::string login = unique("tut");
    const std::string password = "Solide-motdepasse-1";
    Page p = creer_compte(c, compte(login, password));
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == "/emploi/intervenants");
    BOOST_TEST(comptes(login) == 1);
    BOOST_TEST(sql_value("SELECT role FROM utilisateur WHERE login = ?", {login}) == "tuteur");
    BOOST_TEST(sql_value("SELECT nom FROM utilisateur WHERE login = ?", {login}) == "DURAND");
    BOOST_TEST(sql_value("SELECT prenom FROM utilisateur WHERE login = ?", {login}) == "Marie-Anne");
    BOOST_TEST(sql_value("SELECT email FROM utilisateur WHERE login = ?", {login}) == login + "@exemple.fr");
    const std::string hash = sql_value("SELECT mot_de_passe_hash FROM utilisateur WHERE login = ?", {login});
    BOOST_TEST(hash.rfind("$argon2id$", 0) == 0u);
    BOOST_TEST(hash.find(password) == std::string::npos);

    Page liste = c.get("/emploi/intervenants");
    BOOST_TEST(liste.contains("<td data-titre=\"Identifiant\" class=\"long\">" + login + "</td>"));

    // The new account can log in, and is a tutor.
    Client nouveau;
    BOOST_TEST(nouveau.login(login, password));
    BOOST_TEST(nouveau.get("/emploi/sessions").status == 200);
    BOOST_TEST(nouveau.get("/emploi/intervenants").status == 403);
    BOOST_TEST(nouveau.get("/emploi/sessions/ajouter").status == 403);

    // It is in the drop-down lists of the session pages.
    const std::string id = id_de(login);
    BOOST_TEST(c.get("/emploi/sessions/1").contains("<option value=\"" + id + "\">Marie-Anne DURAND (tuteur)</option>"));

    // A trainer account, a manager account.
    const std::string lf = unique("form");
    BOOST_TEST(creer_compte(c, compte(lf, password, "formateur")).status == 303);
    BOOST_TEST(sql_value("SELECT role FROM utilisateur WHERE login = ?", {lf}) == "formateur");
    Client f;
    BOOST_TEST(f.login(lf, password));
    BOOST_TEST(f.get("/emploi/sessions/1").status == 403);  // not trainer of session 1
}

BOOST_AUTO_TEST_CASE(identifiant_deja_pris_422) {
    Client c = logged("responsable");
    const std::string login = unique("dup");
    BOOST_REQUIRE_EQUAL(creer_compte(c, compte(login)).status, 303);
    Page p = creer_compte(c, compte(login, "Autre-motdepasse-2", "formateur"));
    BOOST_TEST(p.status == 422);
    BOOST_TEST(p.contains("déjà pris"));
    BOOST_TEST(p.contains("value=\"" + login + "\""));
    BOOST_TEST(comptes(login) == 1);
    BOOST_TEST(sql_value("SELECT role FROM utilisateur WHERE login = ?", {login}) == "tuteur");

    // The demo accounts' logins too (trainees' included).
    for (const std::string pris : {"responsable", "elodie.dupont"}) {
        Page d = creer_compte(c, compte(pris));
        BOOST_TEST(d.status == 422, pris);
        BOOST_TEST(d.contains("déjà pris"), pris);
        BOOST_TEST(comptes(pris) == 1, pris);
    }
}

BOOST_AUTO_TEST_CASE(mot_de_passe_faible_422) {
    Client c = logged("responsable");
    for (const std::string& faible : {std::string(""), std::string("court1"), std::string("abcdefghijkl"), std::string("12345678901234"), std::string("---------------"),
                                     std::string(201, 'a') + "1"}) {
        BOOST_TEST_CONTEXT("mot_de_passe=" << faible.substr(0, 20)) {
            const std::string login = unique("faible");
            Page p = creer_compte(c, compte(login, faible));
            BOOST_TEST(p.status == 422);
            BOOST_TEST((p.contains("Le compte n'a pas été créé") || p.contains("Le compte n&#39;a pas été créé")));
            BOOST_TEST((p.contains("mot de passe") || p.contains("Mot de passe")));
            BOOST_TEST((!(faible.size() >= 6 && p.contains("value=\"" + faible + "\""))));  // never echoed
            BOOST_TEST(p.contains("value=\"" + login + "\""));
            BOOST_TEST(comptes(login) == 0);
        }
    }
}

BOOST_AUTO_TEST_CASE(identifiant_invalide_422) {
    Client c = logged("responsable");
    const std::string base = unique("x");
    for (const std::string& login : {std::string(""), std::string("ab"), "Maj" + base, "avec espace" + base,
                                    "émile" + base, "-tiret" + base, "_sous" + base, "a/b" + base,
                                    "a'b" + base, "<b>" + base, std::string(65, 'a'), "a\xC3\x28" + base}) {
        BOOST_TEST_CONTEXT("login=" << login) {
            Page p = creer_compte(c, compte(login));
            BOOST_TEST(p.status == 422);
            BOOST_TEST(p.contains("Identifiant invalide"));
            BOOST_TEST(!p.contains("<b>" + base));
            if (!login.empty()) BOOST_TEST(comptes(login) == 0);
        }
    }
}

BOOST_AUTO_TEST_CASE(role_ou_champs_invalides_422) {
    Client c = logged("responsable");
    struct Cas {
        std::string champ, valeur, message;
    };
    for (const Cas& cas : {Cas{"role", "stagiaire", "Choisissez tuteur, formateur ou responsable"},
                           Cas{"role", "chef", "Choisissez tuteur, formateur ou responsable"},
                           Cas{"role", "", "Choisissez tuteur, formateur ou responsable"},
                           Cas{"nom", "", "Le nom est obligatoire"},
                           Cas{"prenom", "", "Le prénom est obligatoire"},
                           Cas{"nom", "R2D2", "Caractères non autorisés"},
                           Cas{"email", "pas une adresse", ""}}) {
        BOOST_TEST_CONTEXT(cas.champ << "=" << cas.valeur) {
            const std::string login = unique("champ");
            Fields f = compte(login);
            for (auto& [k, v] : f)
                if (k == cas.champ) v = cas.valeur;
            Page p = creer_compte(c, f);
            BOOST_TEST(p.status == 422);
            if (!cas.message.empty()) BOOST_TEST(p.contains(cas.message));
            BOOST_TEST(comptes(login) == 0);
        }
    }
}
