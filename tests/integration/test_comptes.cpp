// Staff accounts over their life: the manager edits one (names, e-mail, role),
// deactivates it (no login, its web sessions end at once, gone from the drop-downs,
// kept on past sessions and in the journal), gives it a new initial password; every
// staff member changes their own (/compte/mot-de-passe), which logs out their other
// clients; the last active manager can never be locked out, even by two managers
// demoting each other at the same moment.
#define BOOST_TEST_MODULE comptes
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <string>
#include <thread>
#include <vector>

using namespace ope::test;

namespace {

const std::string kMotDePasse = "Solide-motdepasse-1";

struct Compte {
    std::string login, id;
};

// A staff account of the test, created by the manager through "Intervenants".
Compte creer_compte(Client& resp, const std::string& role, const std::string& email = "auto") {
    const std::string u = lettres();
    Compte c{"cpt." + u, ""};
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/intervenants").status, 200);
    Page p = resp.submit("/emploi/intervenants", {{"login", c.login}, {"nom", "Compte" + u}, {"prenom", "Yves"},
                                                   {"email", email == "auto" ? c.login + "@exemple.fr" : email},
                                                   {"role", role}, {"mot_de_passe", kMotDePasse}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    c.id = sql_value("SELECT id FROM utilisateur WHERE login = ?", {c.login});
    BOOST_REQUIRE(!c.id.empty());
    return c;
}

std::string page_compte(const Compte& c) { return "/emploi/intervenants/" + c.id; }

std::string colonne(const Compte& c, const std::string& col) {
    return sql_value("SELECT IFNULL(" + col + ", 'NULL') FROM utilisateur WHERE id = ?", {c.id});
}

long connexions(const Compte& c) { return sql_count("SELECT COUNT(*) FROM connexion WHERE utilisateur_id = ?", {c.id}); }

// Posts the account's form with these values (GET first, for the token).
Page modifier(Client& resp, const Compte& c, const Fields& champs) {
    BOOST_REQUIRE_EQUAL(resp.get(page_compte(c)).status, 200);
    return resp.submit(page_compte(c), champs);
}

Fields champs(const std::string& nom, const std::string& role, bool actif, const std::string& email = "") {
    Fields f{{"nom", nom}, {"prenom", "Yves"}, {"email", email}, {"role", role}};
    if (actif) f.emplace_back("actif", "1");
    return f;
}

// Text as the page shows it: apostrophes escaped as &#39;.
bool contient(const Page& p, std::string texte) {
    if (p.contains(texte)) return true;
    for (std::size_t pos = 0; (pos = texte.find('\'', pos)) != std::string::npos; pos += 5) texte.replace(pos, 1, "&#39;");
    return p.contains(texte);
}

// Every other active manager is set inactive for the time of a test (so that the
// test's own manager is the last one), and put back afterwards, whatever happens.
struct SeulResponsable {
    std::string autres;
    explicit SeulResponsable(const Compte& garde) {
        autres = sql_value("SELECT IFNULL(GROUP_CONCAT(id), '') FROM utilisateur WHERE role = 'responsable' AND actif = 1 AND id <> ?",
                           {garde.id});
        if (!autres.empty()) sql_exec("UPDATE utilisateur SET actif = 0 WHERE FIND_IN_SET(id, ?)", {autres});
    }
    ~SeulResponsable() {
        if (!autres.empty()) sql_exec("UPDATE utilisateur SET actif = 1, role = 'responsable' WHERE FIND_IN_SET(id, ?)", {autres});
    }
};

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(le_responsable_modifie_un_compte) {
    Client resp = logged("responsable");
    Compte t = creer_compte(resp, "tuteur");
    Page liste = resp.get("/emploi/intervenants");
    BOOST_TEST(liste.contains("href=\"" + page_compte(t) + "\""));

    Page form = resp.get(page_compte(t));
    BOOST_TEST(form.status == 200);
    BOOST_TEST(form.contains(t.login));
    BOOST_TEST(form.contains("name=\"nom\" value=\"" + colonne(t, "nom") + "\""));
    BOOST_TEST(form.contains("name=\"actif\" value=\"1\" checked"));
    BOOST_TEST(form.contains("<option value=\"tuteur\" selected>"));

    // Names normalised like everywhere; the role changes; the e-mail is lower-cased.
    Page p = modifier(resp, t, champs("de la fontaine", "formateur", true, " Yves.F@Exemple.FR "));
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == "/emploi/intervenants");
    BOOST_TEST(colonne(t, "nom") == "DE LA FONTAINE");
    BOOST_TEST(colonne(t, "role") == "formateur");
    BOOST_TEST(colonne(t, "email") == "yves.f@exemple.fr");
    BOOST_TEST(colonne(t, "login") == t.login);  // the login does not change
    // Said once on the page the redirect leads to.
    BOOST_TEST(resp.get(p.location()).contains("Compte enregistré."));
    BOOST_TEST(!resp.get(p.location()).contains("Compte enregistré."));
    // Journaled with old and new values.
    const std::string detail = sql_value("SELECT detail FROM journal WHERE objet = 'utilisateur' AND objet_id = ?"
                                         " AND action = 'modification_compte' ORDER BY id DESC LIMIT 1", {t.id});
    BOOST_TEST(detail.find("rôle : « tuteur » → « formateur »") != std::string::npos, detail);
    BOOST_TEST(detail.find("nom : « COMPTE") != std::string::npos, detail);
    BOOST_TEST(detail.find("→ « DE LA FONTAINE »") != std::string::npos, detail);
}

BOOST_AUTO_TEST_CASE(saisies_invalides_422_rien_d_ecrit) {
    Client resp = logged("responsable");
    Compte t = creer_compte(resp, "tuteur");
    const std::string avant = sql_value("SELECT CONCAT_WS('|', nom, prenom, email, role, actif) FROM utilisateur WHERE id = ?", {t.id});
    struct Cas {
        Fields champs;
        std::string message;
    };
    for (const Cas& cas : {Cas{champs("", "tuteur", true), "Le nom est obligatoire"},
                           Cas{champs("Dupont", "stagiaire", true), "Choisissez tuteur, formateur ou responsable"},
                           Cas{champs("Dupont", "chef", true), "Choisissez tuteur, formateur ou responsable"},
                           Cas{champs("Dupont", "tuteur", true, "pas une adresse"), "e-mail"},
                           Cas{champs("R2D2", "tuteur", true), "Caractères non autorisés"}}) {
        Page p = modifier(resp, t, cas.champs);
        BOOST_TEST(p.status == 422, cas.message);
        BOOST_TEST(p.contains(cas.message), cas.message);
        BOOST_TEST(contient(p, "Le compte n'a pas été enregistré"), cas.message);
        BOOST_TEST(p.contains("aria-invalid=\"true\""), cas.message);
        BOOST_TEST(sql_value("SELECT CONCAT_WS('|', nom, prenom, email, role, actif) FROM utilisateur WHERE id = ?", {t.id}) == avant);
    }
    // A trainee's account, an unknown one: 404.
    const std::string stagiaire = sql_value("SELECT id FROM utilisateur WHERE login = 'elodie.dupont'");
    resp.get("/emploi/intervenants");
    BOOST_TEST(resp.get("/emploi/intervenants/" + stagiaire).status == 404);
    BOOST_TEST(resp.submit("/emploi/intervenants/" + stagiaire, champs("Pirate", "responsable", true)).status == 404);
    BOOST_TEST(resp.submit("/emploi/intervenants/" + stagiaire + "/mot-de-passe", {}).status == 404);
    BOOST_TEST(sql_value("SELECT role FROM utilisateur WHERE id = ?", {stagiaire}) == "stagiaire");
    BOOST_TEST(resp.get("/emploi/intervenants/999999999").status == 404);
}

BOOST_AUTO_TEST_CASE(compte_desactive_plus_de_connexion_garde_son_passe) {
    Client resp = logged("responsable");
    Compte t = creer_compte(resp, "tuteur");
    Client tut = logged(t.login, kMotDePasse);
    BOOST_REQUIRE_EQUAL(tut.get("/emploi/sessions").status, 200);
    // A session where the tutor is.
    long s = creer_session(resp, "2033-01", "Désactivation " + lettres());
    resp.get(session(s));
    BOOST_REQUIRE_EQUAL(resp.submit(session(s) + "/intervenants", {{"utilisateur_id", t.id}, {"role", "tuteur"}}).status, 303);
    const std::string option = "<option value=\"" + t.id + "\">";
    BOOST_REQUIRE(resp.get(session(s)).contains(option));

    Page p = modifier(resp, t, champs(colonne(t, "nom"), "tuteur", false, t.login + "@exemple.fr"));
    BOOST_TEST(p.status == 303);
    BOOST_TEST(colonne(t, "actif") == "0");
    BOOST_TEST(resp.get(p.location()).contains("Compte désactivé"));
    // Its web session ended at once: the next page asks to log in.
    BOOST_TEST(connexions(t) == 0);
    Page apres = tut.get("/emploi/sessions");
    BOOST_TEST(apres.status == 302);
    BOOST_TEST(apres.location().rfind("/connexion", 0) == 0u);
    // It cannot log in any more.
    Client encore;
    BOOST_TEST(!encore.login(t.login, kMotDePasse));
    // Still on its past session, marked; no longer offered in the drop-downs.
    Page page = resp.get(session(s));
    BOOST_TEST(page.contains(colonne(t, "prenom") + " " + colonne(t, "nom") + " <span class=\"etiquette\">compte désactivé</span>"));
    BOOST_TEST(!page.contains(option));
    BOOST_TEST(!resp.get("/emploi/sessions/1").contains(option));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM session_intervenant WHERE session_id = ? AND utilisateur_id = ?", {str(s), t.id}) == 1);
    // Listed as deactivated for the manager; journaled.
    const std::string ligne = between(resp.get("/emploi/intervenants").body, "<td data-titre=\"Identifiant\" class=\"long\">" + t.login + "</td>", "</tr>");
    BOOST_TEST(ligne.find("désactivé") != std::string::npos, ligne);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE objet = 'utilisateur' AND objet_id = ? AND action = 'modification_compte'"
                         " AND detail LIKE '%actif : « oui » → « non »%connexions en cours fermées%'", {t.id}) == 1);
    // Adding it to a session is refused.
    resp.get(session(s));
    Page ajout = resp.submit(session(s) + "/intervenants", {{"utilisateur_id", t.id}, {"role", "formateur"}});
    BOOST_TEST(ajout.status == 422);

    // Active again: it logs in.
    BOOST_TEST(modifier(resp, t, champs(colonne(t, "nom"), "tuteur", true, t.login + "@exemple.fr")).status == 303);
    Client revenu;
    BOOST_TEST(revenu.login(t.login, kMotDePasse));
    BOOST_TEST(resp.get(session(s)).contains(option));
}

BOOST_AUTO_TEST_CASE(nouveau_mot_de_passe_initial_montre_une_fois) {
    Client resp = logged("responsable");
    Compte t = creer_compte(resp, "tuteur");
    Client tut = logged(t.login, kMotDePasse);
    const std::string hash = colonne(t, "mot_de_passe_hash");

    BOOST_REQUIRE_EQUAL(resp.get(page_compte(t)).status, 200);
    Page p = resp.submit(page_compte(t) + "/mot-de-passe", {});
    BOOST_TEST(p.status == 200);
    const std::string mdp = between(p.body, "<strong class=\"mot-de-passe\">", "</strong>");
    BOOST_TEST_REQUIRE(mdp.size() >= 10u);
    BOOST_TEST(contient(p, "il n'est affiché qu'une fois"));
    // Kept nowhere readable; the old one is gone; the account's sessions ended.
    BOOST_TEST(colonne(t, "mot_de_passe_initial") == "NULL");
    BOOST_TEST(colonne(t, "mot_de_passe_hash") != hash);
    BOOST_TEST(colonne(t, "mot_de_passe_hash").find(mdp) == std::string::npos);
    BOOST_TEST(colonne(t, "doit_choisir_mot_de_passe") == "1");
    BOOST_TEST(connexions(t) == 0);
    BOOST_TEST(tut.get("/emploi/sessions").status == 302);
    BOOST_TEST(!resp.get(page_compte(t)).contains(mdp));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE objet = 'utilisateur' AND objet_id = ? AND action = 'nouveau_mot_de_passe'",
                         {t.id}) == 1);
    Client ancien;
    BOOST_TEST(!ancien.login(t.login, kMotDePasse));

    // The next login leads to choosing one's own password.
    Client c;
    c.get("/connexion");
    Page l = c.submit("/connexion", {{"login", t.login}, {"mot_de_passe", mdp}});
    BOOST_TEST(l.status == 303);
    BOOST_TEST(l.location() == "/compte/mot-de-passe");
    Page choisir = c.get(l.location());
    BOOST_TEST(choisir.contains("choisissez maintenant votre propre mot de passe"));
    const std::string nouveau = "Mon-choix-" + lettres() + "-9";
    Page fait = c.submit("/compte/mot-de-passe", {{"actuel", mdp}, {"nouveau", nouveau}, {"confirmation", nouveau}});
    BOOST_TEST(fait.status == 303);
    BOOST_TEST(fait.location() == "/emploi/sessions");
    BOOST_TEST(c.get(fait.location()).contains("Votre mot de passe est changé"));
    BOOST_TEST(colonne(t, "doit_choisir_mot_de_passe") == "0");
    Client ensuite;
    ensuite.get("/connexion");
    Page l2 = ensuite.submit("/connexion", {{"login", t.login}, {"mot_de_passe", nouveau}});
    BOOST_TEST(l2.status == 303);
    BOOST_TEST(l2.location() == "/emploi/sessions");
}

BOOST_AUTO_TEST_CASE(changer_son_mot_de_passe_ferme_les_autres_connexions) {
    Client resp = logged("responsable");
    Compte t = creer_compte(resp, "formateur");
    Client ici = logged(t.login, kMotDePasse);
    Client ailleurs = logged(t.login, kMotDePasse);
    BOOST_REQUIRE_EQUAL(connexions(t), 2);

    // Linked from the header of every page.
    Page sessions = ici.get("/emploi/sessions");
    BOOST_TEST(sessions.contains("<a href=\"/compte/mot-de-passe\">Mon mot de passe</a>"));
    BOOST_TEST(ici.get("/compte/mot-de-passe").status == 200);

    // Refused: the current password is wrong, or the confirmation differs. Nothing changes.
    const std::string hash = colonne(t, "mot_de_passe_hash");
    const std::string nouveau = "Autre-choix-" + lettres() + "-4";
    Page faux = ici.submit("/compte/mot-de-passe", {{"actuel", "pas-le-bon-1"}, {"nouveau", nouveau}, {"confirmation", nouveau}});
    BOOST_TEST(faux.status == 422);
    BOOST_TEST(faux.contains("Le mot de passe actuel n&#39;est pas le bon"));
    BOOST_TEST(faux.contains("id=\"actuel\" name=\"actuel\" type=\"password\" required autocomplete=\"current-password\" aria-invalid=\"true\""));
    Page diff = ici.submit("/compte/mot-de-passe", {{"actuel", kMotDePasse}, {"nouveau", nouveau}, {"confirmation", nouveau + "x"}});
    BOOST_TEST(diff.status == 422);
    BOOST_TEST(diff.contains("La confirmation ne correspond pas"));
    BOOST_TEST(colonne(t, "mot_de_passe_hash") == hash);
    BOOST_TEST(ailleurs.get("/emploi/sessions").status == 200);

    Page p = ici.submit("/compte/mot-de-passe", {{"actuel", kMotDePasse}, {"nouveau", nouveau}, {"confirmation", nouveau}});
    BOOST_TEST(p.status == 303);
    // This client stays logged in; the other one is logged out.
    BOOST_TEST(ici.get("/emploi/sessions").status == 200);
    BOOST_TEST(ailleurs.get("/emploi/sessions").status == 302);
    BOOST_TEST(connexions(t) == 1);
    Client avec_nouveau;
    BOOST_TEST(avec_nouveau.login(t.login, nouveau));

}

BOOST_AUTO_TEST_CASE(le_dernier_responsable_actif_ne_peut_etre_ecarte) {
    Client resp = logged("responsable");
    Compte m1 = creer_compte(resp, "responsable");
    Client c1 = logged(m1.login, kMotDePasse);
    SeulResponsable seul(m1);

    // Neither deactivated nor demoted, by itself or anybody: 422 saying why, nothing written.
    for (const Fields& f : {champs(colonne(m1, "nom"), "tuteur", true), champs(colonne(m1, "nom"), "responsable", false),
                            champs(colonne(m1, "nom"), "formateur", false)}) {
        Page p = modifier(c1, m1, f);
        BOOST_TEST(p.status == 422);
        BOOST_TEST(p.contains("dernier responsable actif"));
        BOOST_TEST(colonne(m1, "role") == "responsable");
        BOOST_TEST(colonne(m1, "actif") == "1");
    }
    BOOST_TEST(c1.get("/emploi/sessions").status == 200);

    // Two managers: each may demote the other, but not both at the same moment.
    Compte m2 = creer_compte(c1, "responsable");
    Client c2 = logged(m2.login, kMotDePasse);
    for (int tour = 0; tour < 6; ++tour) {
        BOOST_TEST_CONTEXT("tour " << tour) {
            sql_exec("UPDATE utilisateur SET role = 'responsable', actif = 1 WHERE id IN (?, ?)", {m1.id, m2.id});
            c1 = logged(m1.login, kMotDePasse);
            c2 = logged(m2.login, kMotDePasse);
            BOOST_REQUIRE_EQUAL(c1.get(page_compte(m2)).status, 200);
            BOOST_REQUIRE_EQUAL(c2.get(page_compte(m1)).status, 200);
            // Half the rounds demote, half deactivate.
            const bool desactiver = tour % 2 == 1;
            const Fields f1 = champs(colonne(m2, "nom"), desactiver ? "responsable" : "tuteur", !desactiver);
            const Fields f2 = champs(colonne(m1, "nom"), desactiver ? "responsable" : "tuteur", !desactiver);
            int s1 = 0, s2 = 0;
            std::thread a([&] { s1 = c1.submit(page_compte(m2), f1).status; });
            std::thread b([&] { s2 = c2.submit(page_compte(m1), f2).status; });
            a.join();
            b.join();
            BOOST_TEST(((s1 == 303) != (s2 == 303)), "statuses " << s1 << " and " << s2);
            for (int s : {s1, s2}) BOOST_TEST((s == 303 || s == 422 || s == 403 || s == 302), s);
            BOOST_TEST(sql_count("SELECT COUNT(*) FROM utilisateur WHERE id IN (?, ?) AND role = 'responsable' AND actif = 1",
                                 {m1.id, m2.id}) == 1);
        }
    }
    sql_exec("UPDATE utilisateur SET role = 'tuteur' WHERE id = ?", {m2.id});
}
