// Who may do what (steps 1-3 and staff accounts), for every role, route by route.
#define BOOST_TEST_MODULE droits
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include "fcgi/parse.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace ope::test;

namespace {

std::string chemin(long session) { return "/emploi/sessions/" + std::to_string(session); }

enum Qui { anonyme, stagiaire, formateur, tuteur, responsable };
const char* const kNoms[] = {"anonyme", "stagiaire", "formateur", "tuteur", "responsable"};

struct Ligne {
    std::string methode, chemin;
    Fields champs;       // for a POST: harmless input (invalid, or without effect)
    int attendu[5];      // anonyme, stagiaire, formateur, tuteur, responsable; 302 = to the login form
};

struct Monde {
    long s = 0;           // a session of the test, without the demo trainer
    long w = 0;           // a workshop of it (kept)
    long w_suppr = 0;     // a workshop the manager deletes at the end
    std::string tuteur_id;
};

// A workshop of cycle 1 on 6 May 2031.
long atelier(Client& resp, long session, const std::string& intitule) {
    return ajouter_atelier(resp, session, "2031-05-06", intitule, "1");
}

Monde preparer() {
    Client resp = logged("responsable");
    Monde m;
    resp.get("/emploi/sessions/ajouter");
    Page p = resp.submit("/emploi/sessions/ajouter", {{"mois", "2031-05"}, {"intitule", unique("Droits ")}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    m.s = id_from_location(p.location());
    BOOST_REQUIRE_GT(m.s, 0);
    m.w = atelier(resp, m.s, unique("Garde "));
    m.w_suppr = atelier(resp, m.s, unique("A supprimer "));
    m.tuteur_id = sql_value("SELECT id FROM utilisateur WHERE login = 'tuteur'");
    // The demo tutor is tutor of this session: the removal URL below is then a real one.
    resp.get(chemin(m.s));
    BOOST_REQUIRE_EQUAL(resp.submit(chemin(m.s) + "/intervenants", {{"utilisateur_id", m.tuteur_id}, {"role", "tuteur"}}).status, 303);
    return m;
}

std::optional<Client> client_de(Qui qui) {
    switch (qui) {
        case anonyme: {
            Client c;
            c.get("/connexion");  // has an anonymous CSRF token: refusals are not about CSRF
            return c;
        }
        case stagiaire: return logged("elodie.dupont", "Bienvenue-7Kq2");
        case formateur: return logged("formateur");
        case tuteur: return logged("tuteur");
        case responsable: return logged("responsable");
    }
    return std::nullopt;
}

std::string etat(const Monde& m) {
    const std::string s = std::to_string(m.s);
    return std::to_string(sql_count("SELECT COUNT(*) FROM atelier WHERE session_id = ?", {s})) + "/" +
           sql_value("SELECT GROUP_CONCAT(CONCAT(id, ':', date_atelier, ':', cycle, ':', intitule) ORDER BY id) FROM atelier WHERE session_id = ?", {s}) +
           "/" + sql_value("SELECT GROUP_CONCAT(CONCAT(utilisateur_id, ':', role) ORDER BY utilisateur_id, role) FROM session_intervenant WHERE session_id = ?", {s}) +
           "/" + std::to_string(sql_count("SELECT COUNT(*) FROM atelier WHERE session_id = 1 AND intitule = 'X'")) +
           "/" + sql_value("SELECT CONCAT(date_atelier, ':', cycle, ':', intitule) FROM atelier WHERE id = 1");
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(table_des_droits_etapes_1_a_3) {
    const Monde m = preparer();
    const std::string S = chemin(m.s);
    const std::string W = std::to_string(m.w);
    const std::string mauvais_compte = "Mauvais login!";
    // responsable: 200 on pages; 422 with invalid input; 303 where the action is harmless or intended.
    const std::vector<Ligne> table = {
        {"GET", "/emploi/sessions", {}, {302, 403, 200, 200, 200}},
        {"GET", "/emploi/sessions?annee=2031", {}, {302, 403, 200, 200, 200}},
        {"GET", "/emploi/sessions/ajouter", {}, {302, 403, 403, 403, 200}},
        {"POST", "/emploi/sessions/ajouter", {{"mois", "garbage"}}, {302, 403, 403, 403, 422}},
        {"GET", "/emploi/sessions/1", {}, {302, 403, 200, 200, 200}},
        {"GET", S, {}, {302, 403, 403, 200, 200}},
        {"POST", "/emploi/sessions/1/intervenants", {{"utilisateur_id", m.tuteur_id}, {"role", "chef"}}, {302, 403, 403, 403, 422}},
        {"POST", S + "/intervenants", {{"utilisateur_id", m.tuteur_id}, {"role", "chef"}}, {302, 403, 403, 403, 422}},
        // Removing someone who is not on the session: allowed to the manager, changes nothing.
        {"POST", S + "/intervenants/" + m.tuteur_id + "/formateur/supprimer", {}, {302, 403, 403, 403, 303}},
        {"POST", "/emploi/sessions/1/ateliers", {{"date", "2031-03-30"}, {"intitule", "X"}, {"cycle", "7"}}, {302, 403, 403, 403, 422}},
        {"POST", S + "/ateliers", {{"date", "2031-02-30"}, {"intitule", "X"}, {"cycle", "1"}}, {302, 403, 403, 403, 422}},
        {"POST", "/emploi/sessions/1/ateliers/1", {{"date", "2031-03-04"}, {"intitule", ""}, {"cycle", "1"}}, {302, 403, 403, 403, 422}},
        {"POST", S + "/ateliers/" + W, {{"date", "2031-05-06"}, {"intitule", "X"}, {"cycle", "9"}}, {302, 403, 403, 403, 422}},
        {"POST", "/emploi/sessions/1/ateliers/99999999/supprimer", {}, {302, 403, 403, 403, 404}},
        {"GET", "/emploi/intervenants", {}, {302, 403, 403, 403, 200}},
        {"POST", "/emploi/intervenants", {{"login", mauvais_compte}, {"nom", "X"}, {"prenom", "Y"}, {"role", "tuteur"}, {"mot_de_passe", "Solide-motdepasse-1"}}, {302, 403, 403, 403, 422}},
    };

    const std::string avant = etat(m);
    for (Qui qui : {anonyme, stagiaire, formateur, tuteur, responsable}) {
        std::optional<Client> c = client_de(qui);
        BOOST_REQUIRE(c);
        for (const Ligne& l : table) {
            BOOST_TEST_CONTEXT(kNoms[qui] << " " << l.methode << " " << l.chemin) {
                Page p;
                if (l.methode == "GET") {
                    p = c->get(l.chemin);
                } else {
                    c->get(qui == anonyme ? "/connexion" : "/emploi/sessions");  // a fresh CSRF token where there is one
                    if (qui == stagiaire) c->get("/connexion");
                    p = c->submit(l.chemin, l.champs);
                }
                const int attendu = l.attendu[qui];
                BOOST_TEST(p.status != 500);
                BOOST_TEST(p.status == attendu);
                if (attendu == 302) BOOST_TEST(p.location() == "/connexion?suite=" + ope::url_encode(l.chemin));
                if (attendu == 403) BOOST_TEST(p.contains("Accès refusé"));
            }
        }
        BOOST_TEST(etat(m) == avant, kNoms[qui] << " changed something");
    }
    // The only intended changes: none (the table's allowed POSTs are invalid or without effect).
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM utilisateur WHERE login = ?", {mauvais_compte}) == 0);
}

BOOST_AUTO_TEST_CASE(suppressions_reservees_au_responsable) {
    const Monde m = preparer();
    const std::string S = chemin(m.s);
    const std::string W = std::to_string(m.w_suppr);
    const std::string retrait = S + "/intervenants/" + m.tuteur_id + "/tuteur/supprimer";
    const std::string suppr = S + "/ateliers/" + W + "/supprimer";
    const std::string ajout_tuteur = S + "/intervenants";
    auto present = [&] {
        return sql_count("SELECT COUNT(*) FROM session_intervenant WHERE session_id = ? AND utilisateur_id = ? AND role = 'tuteur'",
                         {std::to_string(m.s), m.tuteur_id});
    };
    auto existe = [&] { return sql_count("SELECT COUNT(*) FROM atelier WHERE id = ?", {W}); };
    const std::string tuteur2 = sql_value("SELECT id FROM utilisateur WHERE login = 'tuteur2'");

    for (Qui qui : {anonyme, stagiaire, formateur, tuteur}) {
        BOOST_TEST_CONTEXT(kNoms[qui]) {
            std::optional<Client> c = client_de(qui);
            c->get(qui == anonyme || qui == stagiaire ? "/connexion" : "/emploi/sessions");
            const int refus = qui == anonyme ? 302 : 403;
            BOOST_TEST(c->submit(retrait, {}).status == refus);
            BOOST_TEST(c->submit(suppr, {}).status == refus);
            BOOST_TEST(c->submit(ajout_tuteur, {{"utilisateur_id", tuteur2}, {"role", "tuteur"}}).status == refus);
            BOOST_TEST(c->submit(S + "/ateliers", {{"date", "2031-05-09"}, {"intitule", "Valide"}, {"cycle", "1"}}).status == refus);
            BOOST_TEST(c->submit(S + "/ateliers/" + W, {{"date", "2031-05-09"}, {"intitule", "Valide"}, {"cycle", "2"}}).status == refus);
            BOOST_TEST(c->submit("/emploi/sessions/ajouter", {{"mois", "2031-05"}, {"intitule", "Valide"}}).status == refus);
            BOOST_TEST(present() == 1);
            BOOST_TEST(existe() == 1);
            BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE session_id = ?", {std::to_string(m.s)}) == 2);
            BOOST_TEST(sql_value("SELECT intitule FROM atelier WHERE id = ?", {W}) != "Valide");
        }
    }
    Client resp = logged("responsable");
    resp.get(S);
    BOOST_TEST(resp.submit(retrait, {}).status == 303);
    BOOST_TEST(present() == 0);
    BOOST_TEST(resp.submit(suppr, {}).status == 303);
    BOOST_TEST(existe() == 0);
}

BOOST_AUTO_TEST_CASE(formateur_ne_voit_que_ses_sessions) {
    const Monde m = preparer();
    Client f = logged("formateur");
    BOOST_TEST(f.get("/emploi/sessions").status == 200);
    Page liste = f.get("/emploi/sessions?annee=2031");
    BOOST_TEST(liste.status == 200);
    BOOST_TEST(liste.contains("href=\"/emploi/sessions/1\""));
    BOOST_TEST(!liste.contains("href=\"" + chemin(m.s) + "\""));
    BOOST_TEST(!f.get("/emploi/sessions?annee=2031").contains("href=\"" + chemin(m.s) + "\""));
    BOOST_TEST(!liste.contains("href=\"/emploi/sessions/ajouter\""));
    Page refus = f.get(chemin(m.s));
    BOOST_TEST(refus.status == 403);
    BOOST_TEST(!refus.contains("Garde "));  // no data of that session
    BOOST_TEST(f.get("/emploi/sessions/99999999").status == 404);
    // Session 1: read only, no management forms.
    Page une = f.get("/emploi/sessions/1");
    BOOST_TEST(une.status == 200);
    BOOST_TEST(!une.contains("/ateliers/1/supprimer"));
    BOOST_TEST(!une.contains("Ajouter un atelier"));
    BOOST_TEST(!une.contains("/intervenants\""));

    // Once made trainer of the session, they see it.
    Client resp = logged("responsable");
    resp.get(chemin(m.s));
    const std::string fid = sql_value("SELECT id FROM utilisateur WHERE login = 'formateur'");
    BOOST_REQUIRE_EQUAL(resp.submit(chemin(m.s) + "/intervenants", {{"utilisateur_id", fid}, {"role", "formateur"}}).status, 303);
    BOOST_TEST(f.get(chemin(m.s)).status == 200);
    BOOST_TEST(f.get("/emploi/sessions?annee=2031").contains("href=\"" + chemin(m.s) + "\""));
    // Tutor of it is not the same as trainer: removed as trainer, no access again.
    BOOST_REQUIRE_EQUAL(resp.submit(chemin(m.s) + "/intervenants/" + fid + "/formateur/supprimer", {}).status, 303);
    BOOST_TEST(f.get(chemin(m.s)).status == 403);
}

BOOST_AUTO_TEST_CASE(tuteur_lit_sans_gerer) {
    const Monde m = preparer();
    Client t = logged("tuteur");
    Page liste = t.get("/emploi/sessions?annee=2031");
    BOOST_TEST(liste.contains("href=\"" + chemin(m.s) + "\""));
    Page page = t.get(chemin(m.s));
    BOOST_TEST(page.status == 200);
    BOOST_TEST(!page.contains("Ajouter un atelier"));
    BOOST_TEST(!page.contains("/supprimer\""));
    BOOST_TEST(!page.contains("Ajouter un tuteur"));
    BOOST_TEST(!page.contains("href=\"/emploi/intervenants\""));  // not in the menu
}

BOOST_AUTO_TEST_CASE(stagiaire_n_a_acces_a_rien_du_personnel) {
    Client s = logged("elodie.dupont", "Bienvenue-7Kq2");
    for (const char* url : {"/emploi/sessions", "/emploi/sessions/1", "/emploi/sessions/ajouter", "/emploi/intervenants",
                                  "/emploi/sessions?annee=2031"}) {
        Page p = s.get(url);
        BOOST_TEST(p.status == 403, url);
        BOOST_TEST(!p.contains("Bilan de compétences"), url);
        BOOST_TEST(!p.contains("MARCHAND"), url);
    }
    // Even for a session that does not exist: 403 (the role is checked first), never data.
    BOOST_TEST(s.get("/emploi/sessions/99999999").status == 403);
}
