// The site's directory (/annuaire) and a trainee's consent on /espace: a trainee
// sees the other trainees of their own sessions, staff those of a session, with
// never an item its trainee did not consent to publish; withdrawing consent takes
// effect at once; the view the directory reads holds nothing unpublished.
#define BOOST_TEST_MODULE annuaire
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <map>
#include <string>
#include <vector>

using namespace ope::test;

namespace {

// A trainee with distinctive contact details, publishing the items given.
struct Stagiaire {
    long id = 0;
    std::string nom, email, tel, adresse;
};

// `confirme`: as if the trainee had already confirmed, at their first login, the
// consent staff recorded (issue 15); until then nothing of theirs is in the directory.
Stagiaire creer(Client& resp, const std::string& prefixe, bool adresse, bool telephone, bool email,
                bool avec_telephone = true, bool confirme = true) {
    Stagiaire s;
    const std::string u = lettres();
    s.nom = majuscules(prefixe + u);
    s.email = minuscules(prefixe + u) + "@exemple.fr";
    s.adresse = "7 impasse " + prefixe + u;
    static int numero = 10;
    s.tel = avec_telephone ? "07 " + std::to_string(++numero) + " 22 33 44" : "";
    Fields f = {{"civilite", "M."}, {"nom", prefixe + u}, {"prenom", "Marc"}, {"email", s.email},
                {"adresse", s.adresse}, {"code_postal", "59000"}, {"ville", "Lille"}, {"tel_portable", s.tel}};
    if (adresse) f.emplace_back("parution_adresse", "1");
    if (telephone) f.emplace_back("parution_telephone", "1");
    if (email) f.emplace_back("parution_email", "1");
    s.id = creer_stagiaire(resp, f);
    if (confirme) sql_exec("UPDATE stagiaire SET parution_confirmee_le = NOW() WHERE id = ?", {str(s.id)});
    return s;
}

struct Monde {
    Client resp = logged("responsable");
    long s = 0, autre = 0;
    Stagiaire p, q, r, t, x;
};

Monde& monde() {
    static Monde m = [] {
        Monde m;
        m.s = creer_session(m.resp, "2033-05", "Annuaire " + lettres());
        m.autre = creer_session(m.resp, "2033-06", "Annuaire autre " + lettres());
        ajouter_atelier(m.resp, m.s, "2033-05-03", "Atelier", "1");
        ajouter_atelier(m.resp, m.autre, "2033-06-03", "Atelier", "1");
        m.p = creer(m.resp, "Publietout", true, true, true);
        m.q = creer(m.resp, "Emailseul", false, false, true);
        m.r = creer(m.resp, "Riendutout", false, false, false);
        m.t = creer(m.resp, "Telsansnumero", false, true, false, false);  // consents, but has no phone
        m.x = creer(m.resp, "Autresession", true, true, true);
        for (long id : {m.p.id, m.q.id, m.r.id, m.t.id}) inscrire(m.resp, m.s, id);
        inscrire(m.resp, m.autre, m.x.id);
        inscrire(m.resp, m.autre, m.p.id);
        return m;
    }();
    return m;
}

// The trainee's own browser: logged in once (the welcome sheet's password works once).
Client& navigateur(const Stagiaire& s) {
    static std::map<long, Client> clients;
    auto it = clients.find(s.id);
    if (it == clients.end()) it = clients.emplace(s.id, connecter_stagiaire(monde().resp, s.id)).first;
    return it->second;
}

// Nothing of a trainee who does not appear; none of the items they did not publish.
void rien_de(const Page& page, const Stagiaire& s) {
    for (const auto& v : {s.nom, s.email, s.adresse}) BOOST_TEST(!page.contains(v), v);
    if (!s.tel.empty()) BOOST_TEST(!page.contains(s.tel), s.tel);
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(un_stagiaire_voit_les_autres_de_ses_sessions) {
    Monde& m = monde();
    Client& p = navigateur(m.p);
    // The query is ignored: their sessions only.
    for (const std::string& url : std::vector<std::string>{"/annuaire", "/annuaire?session=" + str(m.s), "/annuaire?session=1"}) {
        BOOST_TEST_CONTEXT(url) {
            Page page = p.get(url);
            BOOST_REQUIRE_EQUAL(page.status, 200);
            BOOST_TEST(page.contains("Session n° " + str(m.s)));
            BOOST_TEST(page.contains("Session n° " + str(m.autre)));
            // Q: name and e-mail only.
            BOOST_TEST(page.contains("M. " + m.q.nom + " Marc"));
            BOOST_TEST(page.contains(m.q.email));
            BOOST_TEST(!page.contains(m.q.tel));
            BOOST_TEST(!page.contains(m.q.adresse));
            // R publishes nothing, T has nothing to publish: absent.
            rien_de(page, m.r);
            rien_de(page, m.t);
            // X is in their other session, with everything.
            BOOST_TEST(page.contains(m.x.nom));
            BOOST_TEST(page.contains(m.x.tel));
            BOOST_TEST(page.contains(m.x.adresse));
            // Not themselves (their name is in the menu bar, not in the directory).
            BOOST_TEST(!page.contains("M. " + m.p.nom + " Marc"));
        }
    }
    // A trainee of another session only does not see the session's trainees.
    Client& x = navigateur(m.x);
    Page page = x.get("/annuaire?session=" + str(m.s));
    BOOST_TEST(page.contains("M. " + m.p.nom + " Marc"));  // in their session too
    rien_de(page, m.q);
    BOOST_TEST(!page.contains("Session n° " + str(m.s) + " "));
}

BOOST_AUTO_TEST_CASE(le_personnel_choisit_une_session) {
    Monde& m = monde();
    Client tut = logged("tuteur");
    Page choix = tut.get("/annuaire");
    BOOST_REQUIRE_EQUAL(choix.status, 200);
    BOOST_TEST(choix.contains("<select id=\"session\" name=\"session\""));
    Page page = tut.get("/annuaire?session=" + str(m.s));
    BOOST_REQUIRE_EQUAL(page.status, 200);
    BOOST_TEST(page.contains(m.p.nom));
    BOOST_TEST(page.contains(m.p.email));
    BOOST_TEST(page.contains(m.p.tel));
    BOOST_TEST(page.contains(m.p.adresse));
    BOOST_TEST(page.contains(m.q.email));
    BOOST_TEST(!page.contains(m.q.tel));
    rien_de(page, m.r);
    rien_de(page, m.t);
    rien_de(page, m.x);
    // Unknown sessions; a trainer only on their own sessions.
    BOOST_TEST(tut.get("/annuaire?session=999999999").status == 404);
    BOOST_TEST(tut.get("/annuaire?session=abc").status == 404);
    Client formateur = logged("formateur");
    Page refus = formateur.get("/annuaire?session=" + str(m.s));
    BOOST_TEST(refus.status == 403);
    rien_de(refus, m.p);
    BOOST_TEST(formateur.get("/annuaire?session=1").status == 200);
    Client anonyme;
    BOOST_TEST(anonyme.get("/annuaire").status == 302);
}

BOOST_AUTO_TEST_CASE(retirer_son_consentement_prend_effet_aussitot) {
    Monde& m = monde();
    Client& q = navigateur(m.q);
    Page espace = q.get("/espace");
    BOOST_REQUIRE_EQUAL(espace.status, 200);
    BOOST_TEST(espace.contains("Parution dans l'annuaire du site"));
    BOOST_TEST(espace.contains("Ce qu'ils voient de vous"));
    BOOST_TEST(espace.contains("name=\"parution_email\" value=\"1\" checked"));
    BOOST_TEST(!espace.contains("name=\"parution_telephone\" value=\"1\" checked"));
    const std::string avant = sql_value("SELECT CONCAT_WS('|', nom, prenom, email, tel_portable, adresse, ville) FROM stagiaire WHERE id = ?",
                                        {str(m.q.id)});

    // Q withdraws: unticked boxes are not sent.
    Page retrait = q.submit("/espace/annuaire", {});
    BOOST_REQUIRE_EQUAL(retrait.status, 303);
    BOOST_TEST(retrait.location() == "/espace#annuaire");
    BOOST_TEST(sql_value("SELECT CONCAT(parution_adresse, parution_telephone, parution_email) FROM stagiaire WHERE id = ?",
                         {str(m.q.id)}) == "000");
    // Nothing else of the record changed; the journal says who did it.
    BOOST_TEST(sql_value("SELECT CONCAT_WS('|', nom, prenom, email, tel_portable, adresse, ville) FROM stagiaire WHERE id = ?",
                         {str(m.q.id)}) == avant);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE objet = 'stagiaire' AND objet_id = ? AND action = 'modification_par_stagiaire'"
                         " AND detail LIKE '%parution de l''e-mail%'",
                         {str(m.q.id)}) == 1);
    Page apres = q.get("/espace");
    BOOST_TEST(apres.contains("Vos choix de parution dans l&#39;annuaire sont enregistrés."));
    BOOST_TEST(apres.contains("Vous n'apparaissez pas dans l'annuaire"));

    // At once, for the other trainees and for staff.
    Client& p = navigateur(m.p);
    rien_de(p.get("/annuaire"), m.q);
    rien_de(logged("tuteur").get("/annuaire?session=" + str(m.s)), m.q);

    // Q publishes their phone again: only the phone shows.
    q.get("/espace");
    BOOST_REQUIRE_EQUAL(q.submit("/espace/annuaire", {{"parution_telephone", "1"}}).status, 303);
    Page page = p.get("/annuaire");
    BOOST_TEST(page.contains(m.q.nom));
    BOOST_TEST(page.contains(m.q.tel));
    BOOST_TEST(!page.contains(m.q.email));

    // Only a trainee has this form; staff get 403 and change nothing.
    Client tut = logged("tuteur");
    tut.get("/emploi/sessions");
    BOOST_TEST(tut.submit("/espace/annuaire", {{"parution_email", "1"}}).status == 403);
    BOOST_TEST(sql_value("SELECT CONCAT(parution_adresse, parution_telephone, parution_email) FROM stagiaire WHERE id = ?",
                         {str(m.q.id)}) == "010");
}

// The rule itself, over every trainee of the database: the view the directory reads
// holds no item its trainee did not publish, and nobody who publishes nothing.
BOOST_AUTO_TEST_CASE(la_vue_ne_montre_rien_sans_consentement) {
    monde();
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM annuaire_stagiaire") > 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM annuaire_stagiaire a JOIN stagiaire s ON s.id = a.stagiaire_id WHERE"
                         " (s.parution_adresse = 0 AND (a.adresse <> '' OR a.code_postal <> '' OR a.ville <> ''))"
                         " OR (s.parution_telephone = 0 AND (a.tel_portable <> '' OR a.tel_fixe <> ''))"
                         " OR (s.parution_email = 0 AND a.email <> '')") == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM annuaire_stagiaire a WHERE CONCAT(a.adresse, a.code_postal, a.ville,"
                         " a.tel_portable, a.tel_fixe, a.email) = ''") == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM annuaire_stagiaire a JOIN stagiaire s ON s.id = a.stagiaire_id"
                         " WHERE s.parution_adresse = 0 AND s.parution_telephone = 0 AND s.parution_email = 0") == 0);
}

// The consent staff record at the interview is the trainee's only once they confirm
// it on /espace (first login): until then they are in nobody's directory.
BOOST_AUTO_TEST_CASE(le_consentement_est_confirme_par_le_stagiaire) {
    Monde& m = monde();
    const Stagiaire n = creer(m.resp, "Aconfirmer", true, true, true, true, false);
    inscrire(m.resp, m.s, n.id);
    rien_de(logged("tuteur").get("/annuaire?session=" + str(m.s)), n);
    rien_de(navigateur(m.p).get("/annuaire"), n);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM annuaire_stagiaire WHERE stagiaire_id = ?", {str(n.id)}) == 0);
    BOOST_TEST(m.resp.get(fiche(n.id)).contains("pas encore confirmée par le stagiaire"));

    Client& moi = navigateur(n);
    Page espace = moi.get("/espace");
    BOOST_TEST(espace.contains("id=\"parution-a-confirmer\""));
    BOOST_TEST(espace.contains("Vous n'apparaissez pas encore dans l'annuaire"));
    // The boxes as staff ticked them.
    BOOST_TEST(espace.contains("name=\"parution_adresse\" value=\"1\" checked"));
    BOOST_TEST(espace.contains("name=\"parution_email\" value=\"1\" checked"));

    // Confirmed with one change: the phones are withdrawn.
    Page ok = moi.submit("/espace/annuaire", {{"parution_adresse", "1"}, {"parution_email", "1"}});
    BOOST_REQUIRE_EQUAL(ok.status, 303);
    Page apres = moi.get("/espace");
    BOOST_TEST(apres.contains("Merci : vos choix de parution dans l&#39;annuaire sont confirmés."));
    BOOST_TEST(!apres.contains("id=\"parution-a-confirmer\""));
    BOOST_TEST(apres.contains("Ce qu'ils voient de vous"));
    BOOST_TEST(!sql_value("SELECT IFNULL(parution_confirmee_le, '') FROM stagiaire WHERE id = ?", {str(n.id)}).empty());
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'parution_confirmee' AND stagiaire_id = ?"
                         " AND detail LIKE '%téléphones : non%'", {str(n.id)}) == 1);
    BOOST_TEST(m.resp.get(fiche(n.id)).contains("confirmée par le stagiaire le"));
    Page annuaire = navigateur(m.p).get("/annuaire");
    BOOST_TEST(annuaire.contains(n.nom));
    BOOST_TEST(annuaire.contains(n.email));
    BOOST_TEST(!annuaire.contains(n.tel));
}
