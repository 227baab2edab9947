// Step 11 and the security rules for trainees: the welcome sheet, the first login,
// the personal page ("page personnelle"), "Mise à jour des données personnelles",
// the password change, a new initial password issued by staff, and isolation: a
// trainee reaches only their own page, never a staff page nor another trainee's data.
#define BOOST_TEST_MODULE espace
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <chrono>
#include <string>
#include <unistd.h>
#include <vector>

using namespace ope::test;

namespace {

std::string accueil(long id) { return fiche(id) + "/accueil"; }

// A trainee as the staff create one: identity, and some contact details.
struct Stagiaire {
    long id = 0;
    std::string nom, prenom, nom_affiche, tel, email;
};

Stagiaire creer_stagiaire_complet(Client& tut, const std::string& prefixe, const std::string& prenom,
                          const std::string& tel = "0611111111") {
    Stagiaire s;
    const std::string u = lettres();
    s.nom = majuscules(prefixe + u);
    s.prenom = prenom;
    s.nom_affiche = s.nom + " " + prenom;
    s.email = u + "@exemple.fr";
    BOOST_REQUIRE_EQUAL(tut.get("/emploi/stagiaires/ajouter").status, 200);
    Page p = tut.submit("/emploi/stagiaires/ajouter", {{"civilite", "Mme"},
                                                       {"nom", prefixe + u},
                                                       {"prenom", prenom},
                                                       {"date_naissance", "15/03/1985"},
                                                       {"tel_portable", tel},
                                                       {"email", s.email},
                                                       {"adresse", "3 rue des Lilas"},
                                                       {"code_postal", "59000"},
                                                       {"ville", "Lille"},
                                                       {"parution_adresse", "1"},
                                                       {"parution_telephone", "1"},
                                                       {"parution_email", "1"}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    s.id = id_from_location(p.location());
    BOOST_REQUIRE_GT(s.id, 0);
    s.tel = sql_value("SELECT tel_portable FROM stagiaire WHERE id = ?", {str(s.id)});
    return s;
}

struct Identifiants {
    std::string login, mot_de_passe;
    Page feuille;
};

// What the staff read on the welcome sheet.
Identifiants fiche_accueil(Client& staff, long stagiaire) {
    Identifiants out;
    out.feuille = staff.get(accueil(stagiaire));
    BOOST_REQUIRE_EQUAL(out.feuille.status, 200);
    auto ident = out.feuille.body.find("Identifiant");
    BOOST_REQUIRE(ident != std::string::npos);
    out.login = dd_apres(out.feuille.body, "Identifiant");
    out.mot_de_passe = dd_apres(out.feuille.body, "Mot de passe", ident);
    return out;
}

// Logs in through /connexion as a trainee would; the response of the POST.
Page connexion(Client& c, const std::string& login, const std::string& mdp) {
    c.get("/connexion");
    return c.submit("/connexion", {{"login", login}, {"mot_de_passe", mdp}});
}

Client stagiaire_connecte(const std::string& login, const std::string& mdp) {
    Client c;
    Page p = connexion(c, login, mdp);
    BOOST_REQUIRE_EQUAL(p.status, 303);
    BOOST_REQUIRE_EQUAL(p.location(), "/espace");
    return c;
}

std::string compte(long stagiaire, const std::string& col) {
    return sql_value("SELECT IFNULL(" + col + ", 'NULL') FROM utilisateur WHERE stagiaire_id = ?", {str(stagiaire)});
}
std::string champ(long stagiaire, const std::string& col) {
    return sql_value("SELECT IFNULL(" + col + ", 'NULL') FROM stagiaire WHERE id = ?", {str(stagiaire)});
}
// The whole record, to check that nothing changed.
std::string fiche_sql(long stagiaire) {
    return sql_value("SELECT CONCAT_WS('|', civilite, nom, prenom, IFNULL(date_naissance, 'NULL'), adresse, code_postal,"
                     " ville, tel_fixe, tel_portable, email, parution_adresse, parution_telephone, parution_email)"
                     " FROM stagiaire WHERE id = ?",
                     {str(stagiaire)});
}
std::string compte_sql(long stagiaire) {
    return sql_value("SELECT CONCAT_WS('|', login, mot_de_passe_hash, IFNULL(mot_de_passe_initial, 'NULL'),"
                     " doit_choisir_mot_de_passe, email) FROM utilisateur WHERE stagiaire_id = ?",
                     {str(stagiaire)});
}

// The data form as the browser posts it (every field of the form), the identity of
// `s` as it is.
Fields donnees(const Stagiaire& s, const std::string& tel_portable, const std::string& email,
               const std::string& ville = "Lille") {
    return {{"civilite", "Mme"},        {"nom", s.nom},                 {"prenom", s.prenom},
            {"date_naissance", "15/03/1985"},
            {"adresse", "3 rue des Lilas"}, {"code_postal", "59000"}, {"ville", ville},
            {"tel_fixe", ""},               {"tel_portable", tel_portable}, {"email", email},
            {"parution_adresse", "1"},      {"parution_telephone", "1"},    {"parution_email", "1"}};
}

// A session of the test (two workshops, cycles 1 and 2) with one enrolled trainee, logged in.
struct Monde {
    long s = 0, w1 = 0, w2 = 0;
    std::string mois_fr = "avril 2032";
    Stagiaire st;
    Identifiants ids;
};

Monde monde(Client& resp, Client& tut) {
    Monde m;
    m.s = creer_session(resp, "2032-04", "Espace " + lettres());
    m.w1 = ajouter_atelier(resp, m.s, "2032-04-07", "Atelier CV " + lettres(), "1");
    m.w2 = ajouter_atelier(resp, m.s, "2032-04-21", "Simulation entretien " + lettres(), "2");
    m.st = creer_stagiaire_complet(tut, "Espace", "Alice");
    inscrire(tut, m.s, m.st.id);
    m.ids = fiche_accueil(tut, m.st.id);
    BOOST_REQUIRE(!m.ids.login.empty());
    BOOST_REQUIRE(!m.ids.mot_de_passe.empty());
    return m;
}

std::string id_tuteur() { return sql_value("SELECT id FROM utilisateur WHERE login = 'tuteur'"); }

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

// Step 7 then step 11, as a real user: the sheet, the first login, the personal page.
BOOST_AUTO_TEST_CASE(premiere_connexion_et_page_personnelle) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);

    // The sheet before the first login: login and readable initial password.
    BOOST_TEST(m.ids.login == compte(m.st.id, "login"));
    // Stored sealed (OPE_SECRET_FILE's key): the database does not hold it readable.
    BOOST_TEST(compte(m.st.id, "mot_de_passe_initial").rfind("s1:", 0) == 0u);
    BOOST_TEST(compte(m.st.id, "mot_de_passe_initial").find(m.ids.mot_de_passe) == std::string::npos);
    BOOST_TEST(m.ids.mot_de_passe.size() >= 8u);
    BOOST_TEST(!m.ids.feuille.contains("Vous avez choisi votre mot de passe"));
    BOOST_TEST(m.ids.feuille.contains("Donner un nouveau mot de passe initial"));
    BOOST_TEST(compte(m.st.id, "doit_choisir_mot_de_passe") == "1");
    BOOST_TEST(compte(m.st.id, "role") == "stagiaire");

    // The trainee logs in: to their page; the readable password is gone.
    Client st;
    Page login = connexion(st, m.ids.login, m.ids.mot_de_passe);
    BOOST_TEST(login.status == 303);
    BOOST_TEST(login.location() == "/espace");
    BOOST_TEST(compte(m.st.id, "mot_de_passe_initial") == "NULL");
    BOOST_TEST(compte(m.st.id, "derniere_connexion") != "NULL");
    // "/" leads the trainee to their page as well.
    Page racine = st.get("/");
    BOOST_TEST((racine.status == 302 || racine.status == 303));
    BOOST_TEST(racine.location() == "/espace");

    Page e = st.get("/espace");
    BOOST_TEST(e.status == 200);
    BOOST_TEST(e.contains("Ma page personnelle"));
    BOOST_TEST(e.contains("Bienvenue"));
    BOOST_TEST(e.contains("choisissez maintenant votre propre mot de passe"));
    BOOST_TEST(e.contains(m.ids.login));
    BOOST_TEST(e.contains("Alice"));
    BOOST_TEST(e.contains(m.st.nom));
    BOOST_TEST(e.contains("Session n° " + str(m.s) + " — " + m.mois_fr));
    BOOST_TEST(e.contains("07/04/2032"));
    BOOST_TEST(e.contains("21/04/2032"));
    BOOST_TEST(e.contains(sql_value("SELECT intitule FROM atelier WHERE id = ?", {str(m.w1)})));
    BOOST_TEST(e.contains(sql_value("SELECT intitule FROM atelier WHERE id = ?", {str(m.w2)})));
    BOOST_TEST(e.contains("Cycle 1 : Formation"));
    BOOST_TEST(e.contains("Cycle 2 : Approfondissement"));
    BOOST_TEST(e.contains(">non renseigné</td>"));
    BOOST_TEST(!e.contains(">présent</td>"));
    // The data form and the password form.
    BOOST_TEST(e.contains("Mise à jour des données personnelles"));
    BOOST_TEST(e.contains("action=\"/espace/donnees\""));
    BOOST_TEST(e.contains("action=\"/espace/mot-de-passe\""));
    BOOST_TEST(e.contains("value=\"" + m.st.tel + "\""));
    BOOST_TEST(e.contains("value=\"" + m.st.email + "\""));
    // The identity too, in fields ("peut corriger ou ajouter des informations").
    BOOST_TEST(e.contains("name=\"nom\" value=\"" + m.st.nom + "\""));
    BOOST_TEST(e.contains("name=\"prenom\" value=\"Alice\""));
    BOOST_TEST(e.contains("name=\"date_naissance\" value=\"15/03/1985\""));

    // The staff's sheet after the first login: no readable password any more.
    Identifiants apres = fiche_accueil(tut, m.st.id);
    BOOST_TEST(apres.login == m.ids.login);
    BOOST_TEST(!apres.feuille.contains(m.ids.mot_de_passe));
    BOOST_TEST(apres.feuille.contains("Vous avez choisi votre mot de passe"));
    BOOST_TEST(apres.feuille.contains("Donner un nouveau mot de passe initial"));

    // A second login with the same password still works (the hash is kept), page unchanged.
    Client encore;
    BOOST_TEST(connexion(encore, m.ids.login, m.ids.mot_de_passe).status == 303);
    BOOST_TEST(encore.get("/espace").contains("Bienvenue"));
}

BOOST_AUTO_TEST_CASE(presences_et_commentaires_du_tuteur_sur_la_page) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    long w3 = ajouter_atelier(resp, m.s, "2032-04-28", "Bilan final " + lettres(), "2");
    Client st = stagiaire_connecte(m.ids.login, m.ids.mot_de_passe);

    Page avant = st.get("/espace");
    BOOST_TEST(avant.status == 200);
    BOOST_TEST(!avant.contains("Très bonne participation"));

    // The tutor validates: present with a comment, absent with a comment, excused.
    const std::string id = str(m.st.id);
    tut.get(session(m.s) + "/validation?atelier=" + str(m.w1));
    BOOST_REQUIRE_EQUAL(tut.submit(session(m.s) + "/validation",
                                   {{"statut_" + str(m.w1) + "_" + id, "present"},
                                    {"commentaire_" + str(m.w1) + "_" + id, "Très bonne participation"}})
                            .status,
                        303);
    tut.get(session(m.s) + "/validation?atelier=" + str(m.w2));
    BOOST_REQUIRE_EQUAL(tut.submit(session(m.s) + "/validation",
                                   {{"statut_" + str(m.w2) + "_" + id, "absent"},
                                    {"commentaire_" + str(m.w2) + "_" + id, "Absence <non> justifiée"}})
                            .status,
                        303);

    Page e = st.get("/espace");
    BOOST_TEST(e.status == 200);
    std::string ligne1 = between(e.body, "<td data-titre=\"Date\">07/04/2032</td>", "</tr>");
    std::string ligne2 = between(e.body, "<td data-titre=\"Date\">21/04/2032</td>", "</tr>");
    std::string ligne3 = between(e.body, "<td data-titre=\"Date\">28/04/2032</td>", "</tr>");
    BOOST_TEST(ligne1.find(">présent</td>") != std::string::npos, ligne1);
    BOOST_TEST(ligne1.find("Très bonne participation") != std::string::npos, ligne1);
    BOOST_TEST(ligne1.find("Cycle 1 : Formation") != std::string::npos, ligne1);
    BOOST_TEST(ligne2.find(">absent</td>") != std::string::npos, ligne2);
    // The comment is escaped, never raw HTML.
    BOOST_TEST(ligne2.find("Absence &lt;non&gt; justifiée") != std::string::npos, ligne2);
    BOOST_TEST(!e.contains("<non>"));
    BOOST_TEST(ligne2.find("Cycle 2 : Approfondissement") != std::string::npos, ligne2);
    BOOST_TEST(ligne3.find(">non renseigné</td>") != std::string::npos, ligne3);
    BOOST_TEST(ligne3.find("Bilan final") != std::string::npos, ligne3);

    // Excused reads "absent excusé".
    tut.get(session(m.s) + "/validation?atelier=" + str(w3));
    BOOST_REQUIRE_EQUAL(tut.submit(session(m.s) + "/validation", {{"statut_" + str(w3) + "_" + id, "excuse"}}).status, 303);
    BOOST_TEST(between(st.get("/espace").body, "<td data-titre=\"Date\">28/04/2032</td>", "</tr>").find(">absent excusé</td>") !=
               std::string::npos);

    // The tutor's name shows on the session once the tutor is assigned.
    resp.get(session(m.s));
    BOOST_REQUIRE_EQUAL(resp.submit(session(m.s) + "/intervenants", {{"utilisateur_id", id_tuteur()}, {"role", "tuteur"}}).status, 303);
    std::string nom_tuteur = sql_value("SELECT nom FROM utilisateur WHERE login = 'tuteur'");
    BOOST_TEST(between(st.get("/espace").body, "<strong>Tuteur :</strong>", "</p>").find(nom_tuteur) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(nouveau_mot_de_passe_initial_donne_par_le_personnel) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    Client st = stagiaire_connecte(m.ids.login, m.ids.mot_de_passe);
    BOOST_REQUIRE_EQUAL(st.get("/espace").status, 200);
    const long journal_avant = sql_count(
        "SELECT COUNT(*) FROM journal WHERE action = 'nouveau_mot_de_passe' AND objet = 'stagiaire' AND objet_id = ?",
        {str(m.st.id)});

    // After the first login the sheet says the password was chosen, and offers a new one.
    Identifiants apres = fiche_accueil(tut, m.st.id);
    BOOST_TEST(apres.feuille.contains("Vous avez choisi votre mot de passe"));
    BOOST_TEST(apres.feuille.contains("Donner un nouveau mot de passe initial"));
    BOOST_TEST(apres.feuille.contains("action=\"" + fiche(m.st.id) + "/mot-de-passe\""));

    // Without the token: refused, nothing changed.
    const std::string hash_avant = compte(m.st.id, "mot_de_passe_hash");
    BOOST_TEST(tut.post(fiche(m.st.id) + "/mot-de-passe", {}).status == 403);
    BOOST_TEST(compte(m.st.id, "mot_de_passe_hash") == hash_avant);
    BOOST_TEST(compte(m.st.id, "mot_de_passe_initial") == "NULL");
    BOOST_TEST(st.get("/espace").status == 200);

    // The button.
    tut.get(accueil(m.st.id));
    Page p = tut.submit(fiche(m.st.id) + "/mot-de-passe", {});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == accueil(m.st.id));
    BOOST_TEST(compte(m.st.id, "mot_de_passe_hash") != hash_avant);
    BOOST_TEST(compte(m.st.id, "doit_choisir_mot_de_passe") == "1");
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'nouveau_mot_de_passe' AND objet = 'stagiaire'"
                         " AND objet_id = ? AND utilisateur_id = ?",
                         {str(m.st.id), id_tuteur()}) == journal_avant + 1);

    // A new readable password on the sheet.
    Identifiants nouveau = fiche_accueil(tut, m.st.id);
    BOOST_TEST(nouveau.login == m.ids.login);
    BOOST_TEST(!nouveau.mot_de_passe.empty());
    BOOST_TEST(nouveau.mot_de_passe != m.ids.mot_de_passe);
    BOOST_TEST(compte(m.st.id, "mot_de_passe_initial").rfind("s1:", 0) == 0u);
    BOOST_TEST(compte(m.st.id, "mot_de_passe_initial").find(nouveau.mot_de_passe) == std::string::npos);
    BOOST_TEST(!nouveau.feuille.contains("Vous avez choisi votre mot de passe"));

    // The trainee's open sessions are closed.
    Page vieux = st.get("/espace");
    BOOST_TEST(vieux.status == 302);
    BOOST_TEST(vieux.location().rfind("/connexion", 0) == 0, vieux.location());
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM connexion c JOIN utilisateur u ON u.id = c.utilisateur_id"
                         " WHERE u.stagiaire_id = ?",
                         {str(m.st.id)}) == 0);

    // The old password no longer works; the new one does, and clears it again.
    Client ancien;
    BOOST_TEST(connexion(ancien, m.ids.login, m.ids.mot_de_passe).status == 422);
    Client neuf;
    Page l = connexion(neuf, m.ids.login, nouveau.mot_de_passe);
    BOOST_TEST(l.status == 303);
    BOOST_TEST(l.location() == "/espace");
    Page e = neuf.get("/espace");
    BOOST_TEST(e.status == 200);
    BOOST_TEST(e.contains("Bienvenue"));
    BOOST_TEST(compte(m.st.id, "mot_de_passe_initial") == "NULL");

    // A trainee cannot press that button; an unknown record: 404.
    neuf.get("/espace");
    BOOST_TEST(neuf.submit(fiche(m.st.id) + "/mot-de-passe", {}).status == 403);
    BOOST_TEST(compte(m.st.id, "mot_de_passe_initial") == "NULL");
    tut.get(accueil(m.st.id));
    BOOST_TEST(tut.submit("/emploi/stagiaires/999999999/mot-de-passe", {}).status == 404);
}

BOOST_AUTO_TEST_CASE(donnees_normalisees_et_historique) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    Client st = stagiaire_connecte(m.ids.login, m.ids.mot_de_passe);
    const std::string tel_avant = m.st.tel;
    BOOST_REQUIRE_EQUAL(tel_avant, "06 11 11 11 11");

    BOOST_REQUIRE_EQUAL(st.get("/espace").status, 200);
    const std::string email = "Alice." + m.st.nom + "@Exemple.FR";
    Page p = st.submit("/espace/donnees", donnees(m.st, "06.12.34.56.78", "  " + email + " ", "Roubaix"));
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == "/espace#donnees");
    BOOST_TEST(champ(m.st.id, "tel_portable") == "06 12 34 56 78");
    std::string attendu;
    for (char c : "alice." + m.st.nom + "@exemple.fr") attendu += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    BOOST_TEST(champ(m.st.id, "email") == attendu);
    BOOST_TEST(champ(m.st.id, "ville") == "Roubaix");
    // The account shows the same e-mail.
    BOOST_TEST(compte(m.st.id, "email") == attendu);

    Page e = st.get(p.location());
    BOOST_TEST(e.status == 200);
    BOOST_TEST(e.contains("Vos données personnelles sont enregistrées"));
    BOOST_TEST(e.contains("value=\"06 12 34 56 78\""));
    BOOST_TEST(e.contains("value=\"" + attendu + "\""));

    // Journal: a change by the trainee, by their own account.
    const std::string compte_id = compte(m.st.id, "id");
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'modification_par_stagiaire' AND objet = 'stagiaire'"
                         " AND objet_id = ? AND utilisateur_id = ?",
                         {str(m.st.id), compte_id}) == 1);

    // The record page, as the tutor: the history with "par le stagiaire", old and new phone.
    Page f = tut.get(fiche(m.st.id));
    BOOST_TEST(f.status == 200);
    BOOST_TEST(f.contains("Historique des modifications"));
    std::string historique = between(f.body, "Historique des modifications", "</table>");
    BOOST_TEST(historique.find("par le stagiaire") != std::string::npos, historique);
    BOOST_TEST(historique.find("« 06 11 11 11 11 » → « 06 12 34 56 78 »") != std::string::npos, historique);
    BOOST_TEST(historique.find("téléphone portable") != std::string::npos, historique);
    BOOST_TEST(historique.find(attendu) != std::string::npos, historique);
    BOOST_TEST(historique.find("Roubaix") != std::string::npos, historique);

    // Saving again the same values: nothing new in the journal.
    st.get("/espace");
    BOOST_TEST(st.submit("/espace/donnees", donnees(m.st, "06 12 34 56 78", attendu, "Roubaix")).status == 303);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'modification_par_stagiaire' AND objet_id = ?",
                         {str(m.st.id)}) == 1);

    // "+33 6 ..." is accepted too.
    st.get("/espace");
    BOOST_TEST(st.submit("/espace/donnees", donnees(m.st, "+33 7 22 33 44 55", attendu, "Roubaix")).status == 303);
    BOOST_TEST(champ(m.st.id, "tel_portable") == "07 22 33 44 55");
    // The newest change is listed too, with its old and new values.
    std::string h2 = between(tut.get(fiche(m.st.id)).body, "Historique des modifications", "</table>");
    BOOST_TEST(h2.find("« 06 12 34 56 78 » → « 07 22 33 44 55 »") != std::string::npos, h2);
}

BOOST_AUTO_TEST_CASE(donnees_invalides_rien_enregistre) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    Client st = stagiaire_connecte(m.ids.login, m.ids.mot_de_passe);
    const std::string avant = fiche_sql(m.st.id);
    const std::string compte_avant = compte_sql(m.st.id);
    const long journal_avant = sql_count("SELECT COUNT(*) FROM journal WHERE objet = 'stagiaire' AND objet_id = ?", {str(m.st.id)});

    for (const std::string mauvais : {"12345", "06 12 34 56 7a", "0612345678901", "+44 20 7946 0958", "06-12-34-56"}) {
        BOOST_REQUIRE_EQUAL(st.get("/espace").status, 200);
        Page p = st.submit("/espace/donnees", donnees(m.st, mauvais, "nouvelle@exemple.fr", "Tourcoing"));
        BOOST_TEST(p.status == 422, mauvais);
        BOOST_TEST(p.contains("Numéro de téléphone invalide"), mauvais);
        BOOST_TEST((p.contains("Vos données n&#39;ont pas été enregistrées") ||
                    p.contains("Vos données n'ont pas été enregistrées")));
        // The form is kept as typed and open.
        BOOST_TEST(p.contains("value=\"" + mauvais + "\""), mauvais);
        BOOST_TEST(p.contains("value=\"Tourcoing\""));
        BOOST_TEST(between(p.body, "id=\"donnees\"", "<summary>").find("open") != std::string::npos);
        BOOST_TEST(fiche_sql(m.st.id) == avant, mauvais);
    }
    // A bad e-mail too.
    st.get("/espace");
    Page q = st.submit("/espace/donnees", donnees(m.st, "06 22 22 22 22", "pas une adresse", "Tourcoing"));
    BOOST_TEST(q.status == 422);
    BOOST_TEST(q.contains("Adresse e-mail invalide"));
    BOOST_TEST(fiche_sql(m.st.id) == avant);
    BOOST_TEST(compte_sql(m.st.id) == compte_avant);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE objet = 'stagiaire' AND objet_id = ?", {str(m.st.id)}) ==
               journal_avant);

    // Without the token: 403, nothing changed.
    st.get("/espace");
    BOOST_TEST(st.post("/espace/donnees", donnees(m.st, "06 22 22 22 22", "x@exemple.fr")).status == 403);
    BOOST_TEST(fiche_sql(m.st.id) == avant);
}

// "Celui-ci peut corriger ou ajouter des informations": civilité, name, first name and
// date of birth too, normalised as everywhere, journaled with old and new values, and
// shown to the staff on the record.
BOOST_AUTO_TEST_CASE(le_stagiaire_corrige_son_identite) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    Client st = stagiaire_connecte(m.ids.login, m.ids.mot_de_passe);
    const std::string avant = fiche_sql(m.st.id);
    BOOST_TEST(!tut.get(fiche(m.st.id)).contains("modifié par le stagiaire le"));

    // Refused identities: 422, messages beside the fields, nothing written.
    struct Cas {
        std::string champ, valeur, message;
    };
    for (const Cas& cas : {Cas{"civilite", "Roi", "Choisissez la civilité"}, Cas{"nom", "", "Le nom est obligatoire"},
                           Cas{"nom", "R2D2", "Caractères non autorisés"}, Cas{"prenom", "", "Le prénom est obligatoire"},
                           Cas{"date_naissance", "31/02/1990", "existe pas : le 31/02/1990 (février 1990 a 28 jours)"},
                           Cas{"date_naissance", "01/01/1850", "Année invraisemblable : 1850"}}) {
        BOOST_TEST_CONTEXT(cas.champ << "=" << cas.valeur) {
            st.get("/espace");
            Fields f = donnees(m.st, m.st.tel, m.st.email);
            for (auto& [k, v] : f)
                if (k == cas.champ) v = cas.valeur;
            Page p = st.submit("/espace/donnees", f);
            BOOST_TEST(p.status == 422);
            BOOST_TEST(p.contains(cas.message));
            BOOST_TEST(p.contains("aria-describedby=\"" + cas.champ + "-erreur\""));
            BOOST_TEST(fiche_sql(m.st.id) == avant);
        }
    }

    st.get("/espace");
    Fields f = donnees(m.st, m.st.tel, m.st.email);
    for (auto& [k, v] : f) {
        if (k == "civilite") v = "M.";
        if (k == "nom") v = "  de la  fontaine ";
        if (k == "prenom") v = "jean-PIERRE";
        if (k == "date_naissance") v = "1.2.1986";
    }
    Page p = st.submit("/espace/donnees", f);
    BOOST_TEST(p.status == 303);
    BOOST_TEST(champ(m.st.id, "civilite") == "M.");
    BOOST_TEST(champ(m.st.id, "nom") == "DE LA FONTAINE");
    BOOST_TEST(champ(m.st.id, "prenom") == "Jean-Pierre");
    BOOST_TEST(champ(m.st.id, "date_naissance") == "1986-02-01");
    // The account shows the same name; the login does not change.
    BOOST_TEST(compte(m.st.id, "nom") == "DE LA FONTAINE");
    BOOST_TEST(compte(m.st.id, "prenom") == "Jean-Pierre");
    BOOST_TEST(compte(m.st.id, "login") == m.ids.login);
    Page e = st.get(p.location());
    BOOST_TEST(e.contains("Vos données personnelles sont enregistrées"));
    BOOST_TEST(e.contains("M. Jean-Pierre DE LA FONTAINE"));

    // Journaled as the trainee's change, old and new values.
    const std::string detail = sql_value("SELECT detail FROM journal WHERE objet = 'stagiaire' AND objet_id = ?"
                                         " AND action = 'modification_par_stagiaire' ORDER BY id DESC LIMIT 1", {str(m.st.id)});
    BOOST_TEST(detail.find("civilité : « Mme » → « M. »") != std::string::npos, detail);
    BOOST_TEST(detail.find("nom : « " + m.st.nom + " » → « DE LA FONTAINE »") != std::string::npos, detail);
    BOOST_TEST(detail.find("prénom : « Alice » → « Jean-Pierre »") != std::string::npos, detail);
    BOOST_TEST(detail.find("date de naissance : « 15/03/1985 » → « 01/02/1986 »") != std::string::npos, detail);

    // The staff see it on the record: when, and what.
    Page fiche_page = tut.get(fiche(m.st.id));
    const std::string quand = sql_value("SELECT DATE_FORMAT(MAX(quand), '%d/%m/%Y à %Hh%i') FROM journal WHERE objet = 'stagiaire'"
                                        " AND objet_id = ? AND action = 'modification_par_stagiaire'", {str(m.st.id)});
    BOOST_TEST(fiche_page.contains("modifié par le stagiaire le " + quand), quand);
    BOOST_TEST(fiche_page.contains("« " + m.st.nom + " » → « DE LA FONTAINE »"));
    // Found by the search under the new name.
    BOOST_TEST(tut.get("/emploi/stagiaires?q=fontaine").contains("href=\"" + fiche(m.st.id) + "\""));
}

BOOST_AUTO_TEST_CASE(changement_de_mot_de_passe_refuse) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    const std::string mdp = m.ids.mot_de_passe;
    Client st = stagiaire_connecte(m.ids.login, mdp);
    const std::string hash = compte(m.st.id, "mot_de_passe_hash");

    struct Cas {
        std::string quoi, actuel, nouveau, confirmation, message;
    };
    const std::vector<Cas> cas = {
        {"wrong current password", "Pas-le-bon-42", "Nouveau-mdp-2032", "Nouveau-mdp-2032", "Le mot de passe actuel"},
        {"empty current password", "", "Nouveau-mdp-2032", "Nouveau-mdp-2032", "Le mot de passe actuel"},
        {"confirmation mismatch", mdp, "Nouveau-mdp-2032", "Nouveau-mdp-2033", "La confirmation ne correspond pas"},
        {"too short", mdp, "court", "court", "au moins 10 caractères"},
        {"letters only", mdp, "seulementdeslettres", "seulementdeslettres", "lettres et au moins un chiffre"},
        {"digits only", mdp, "12345678901234", "12345678901234", "lettres et au moins un chiffre"},
        {"empty new password", mdp, "", "", "au moins 10 caractères"},
    };
    for (const auto& c : cas) {
        BOOST_REQUIRE_EQUAL(st.get("/espace").status, 200);
        Page p = st.submit("/espace/mot-de-passe", {{"actuel", c.actuel}, {"nouveau", c.nouveau}, {"confirmation", c.confirmation}});
        BOOST_TEST(p.status == 422, c.quoi);
        BOOST_TEST(p.contains(c.message), c.quoi);
        BOOST_TEST((p.contains("Le mot de passe n&#39;a pas été changé") || p.contains("Le mot de passe n'a pas été changé")), c.quoi);
        // Never echoed back.
        if (!c.nouveau.empty()) BOOST_TEST(!p.contains("value=\"" + c.nouveau + "\""), c.quoi);
        BOOST_TEST(compte(m.st.id, "mot_de_passe_hash") == hash, c.quoi);
        BOOST_TEST(compte(m.st.id, "doit_choisir_mot_de_passe") == "1", c.quoi);
        BOOST_TEST(st.get("/espace").contains("Bienvenue"), c.quoi);
    }
    // Without the token: 403, nothing changed.
    st.get("/espace");
    BOOST_TEST(st.post("/espace/mot-de-passe", {{"actuel", mdp}, {"nouveau", "Nouveau-mdp-2032"}, {"confirmation", "Nouveau-mdp-2032"}}).status == 403);
    BOOST_TEST(compte(m.st.id, "mot_de_passe_hash") == hash);

    // The old password still works.
    Client encore;
    Page l = connexion(encore, m.ids.login, mdp);
    BOOST_TEST(l.status == 303);
    BOOST_TEST(l.location() == "/espace");
}

BOOST_AUTO_TEST_CASE(changement_de_mot_de_passe_reussi) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    const std::string ancien = m.ids.mot_de_passe;
    const std::string nouveau = "Mon-nouveau-mdp-" + lettres() + "7";
    Client st = stagiaire_connecte(m.ids.login, ancien);

    BOOST_REQUIRE(st.get("/espace").contains("Bienvenue"));
    Page p = st.submit("/espace/mot-de-passe", {{"actuel", ancien}, {"nouveau", nouveau}, {"confirmation", nouveau}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == "/espace#mot-de-passe");
    BOOST_TEST(compte(m.st.id, "doit_choisir_mot_de_passe") == "0");
    BOOST_TEST(compte(m.st.id, "mot_de_passe_initial") == "NULL");
    BOOST_TEST(compte(m.st.id, "mot_de_passe_hash").find(nouveau) == std::string::npos);
    BOOST_TEST(compte(m.st.id, "mot_de_passe_hash").rfind("$argon2id$", 0) == 0);

    Page e = st.get(p.location());
    BOOST_TEST(e.status == 200);
    BOOST_TEST(e.contains("Votre mot de passe est changé"));
    BOOST_TEST(!e.contains("Bienvenue"));
    BOOST_TEST(!st.get("/espace").contains("Bienvenue"));

    // The sheet tells the staff the trainee chose their password.
    Identifiants feuille = fiche_accueil(tut, m.st.id);
    BOOST_TEST(feuille.feuille.contains("Vous avez choisi votre mot de passe"));
    BOOST_TEST(!feuille.feuille.contains(ancien));
    BOOST_TEST(!feuille.feuille.contains(nouveau));

    // The new password works, the old one does not.
    Client avec_nouveau;
    Page l = connexion(avec_nouveau, m.ids.login, nouveau);
    BOOST_TEST(l.status == 303);
    BOOST_TEST(l.location() == "/espace");
    BOOST_TEST(avec_nouveau.get("/espace").status == 200);
    Client avec_ancien;
    Page r = connexion(avec_ancien, m.ids.login, ancien);
    BOOST_TEST(r.status == 422);
    BOOST_TEST(avec_ancien.get("/espace").status == 302);

    // Choosing the same password again is refused.
    st.get("/espace");
    Page same = st.submit("/espace/mot-de-passe", {{"actuel", nouveau}, {"nouveau", nouveau}, {"confirmation", nouveau}});
    BOOST_TEST(same.status == 422);
    BOOST_TEST(same.contains("différent de l&#39;actuel"));
}

// Changing one's password logs out the account's other clients (whoever knew the old
// one), not the one that changed it.
BOOST_AUTO_TEST_CASE(changer_son_mot_de_passe_deconnecte_les_autres_clients) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    Client ici = stagiaire_connecte(m.ids.login, m.ids.mot_de_passe);
    Client ailleurs = stagiaire_connecte(m.ids.login, m.ids.mot_de_passe);
    const std::string compte_id = compte(m.st.id, "id");
    BOOST_REQUIRE_EQUAL(sql_count("SELECT COUNT(*) FROM connexion WHERE utilisateur_id = ?", {compte_id}), 2);

    Page e = ici.get("/espace");
    BOOST_TEST(e.contains("<a href=\"/espace#mot-de-passe\">Mon mot de passe</a>"));
    const std::string nouveau = "Encore-un-mdp-" + lettres() + "8";
    Page p = ici.submit("/espace/mot-de-passe", {{"actuel", m.ids.mot_de_passe}, {"nouveau", nouveau}, {"confirmation", nouveau}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(ici.get("/espace").status == 200);
    BOOST_TEST(ailleurs.get("/espace").status == 302);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM connexion WHERE utilisateur_id = ?", {compte_id}) == 1);
    BOOST_TEST(sql_value("SELECT detail FROM journal WHERE objet = 'utilisateur' AND objet_id = ? AND action = 'mot_de_passe'"
                         " ORDER BY id DESC LIMIT 1", {compte_id}).find("1 autre(s) connexion(s) fermée(s)") != std::string::npos);
}

// Route by route: a trainee gets 403 on every staff route, with real ids, their own included.
BOOST_AUTO_TEST_CASE(stagiaire_interdit_sur_toutes_les_routes_emploi) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    Stagiaire b = creer_stagiaire_complet(tut, "Voisin", "Bernard", "0622222222");
    inscrire(tut, m.s, b.id);
    long s2 = creer_session(resp, "2032-06", "Autre " + lettres());
    ajouter_atelier(resp, s2, "2032-06-03", "Ailleurs " + lettres(), "1");
    // A tutor on the session (the removal URL is a real one), a study on the record.
    resp.get(session(m.s));
    BOOST_REQUIRE_EQUAL(resp.submit(session(m.s) + "/intervenants", {{"utilisateur_id", id_tuteur()}, {"role", "tuteur"}}).status, 303);
    tut.get(fiche(m.st.id));
    BOOST_REQUIRE_EQUAL(tut.submit(fiche(m.st.id) + "/etudes", {{"annee", "2010"}, {"diplome", "Licence"}, {"specialite", "Histoire"}, {"etablissement", "Lille 3"}}).status, 303);
    const std::string e = sql_value("SELECT MAX(id) FROM etude WHERE stagiaire_id = ?", {str(m.st.id)});
    BOOST_REQUIRE(!e.empty());

    Client st = stagiaire_connecte(m.ids.login, m.ids.mot_de_passe);
    const std::string S = session(m.s), A = fiche(m.st.id), B = fiche(b.id);
    const std::string W = str(m.w1), T = id_tuteur(), X = "Intrus" + lettres();

    auto etat = [&] {
        return fiche_sql(m.st.id) + "#" + fiche_sql(b.id) + "#" + compte_sql(m.st.id) + "#" + compte_sql(b.id) + "#" +
               sql_value("SELECT GROUP_CONCAT(CONCAT(id, ':', date_atelier, ':', cycle, ':', intitule) ORDER BY id) FROM atelier WHERE session_id IN (?, ?)", {str(m.s), str(s2)}) + "#" +
               sql_value("SELECT GROUP_CONCAT(CONCAT(utilisateur_id, ':', role) ORDER BY utilisateur_id, role) FROM session_intervenant WHERE session_id = ?", {str(m.s)}) + "#" +
               sql_value("SELECT GROUP_CONCAT(CONCAT(session_id, ':', stagiaire_id, ':', IFNULL(statut_financement, '-')) ORDER BY session_id, stagiaire_id) FROM inscription WHERE stagiaire_id IN (?, ?)", {str(m.st.id), str(b.id)}) + "#" +
               sql_value("SELECT GROUP_CONCAT(CONCAT(atelier_id, ':', stagiaire_id, ':', statut, ':', commentaire, ':', IFNULL(valide_le, '-')) ORDER BY atelier_id, stagiaire_id) FROM presence WHERE stagiaire_id IN (?, ?)", {str(m.st.id), str(b.id)}) + "#" +
               sql_value("SELECT GROUP_CONCAT(CONCAT(id, ':', diplome) ORDER BY id) FROM etude WHERE stagiaire_id = ?", {str(m.st.id)}) + "#" +
               str(sql_count("SELECT COUNT(*) FROM session_formation WHERE intitule = ?", {X})) + "#" +
               str(sql_count("SELECT COUNT(*) FROM stagiaire WHERE nom = ?", {majuscules(X)})) + "#" +
               str(sql_count("SELECT COUNT(*) FROM utilisateur WHERE login = ?", {"intrus" + str(m.st.id)}));
    };
    const std::string avant = etat();

    const std::vector<std::string> gets = {
        "/emploi/sessions", "/emploi/sessions?annee=2032", "/emploi/sessions/ajouter", S, session(s2), "/emploi/sessions/1",
        "/emploi/stagiaires", "/emploi/stagiaires?q=" + b.nom, "/emploi/stagiaires/ajouter", A, B,
        S + "/inscrits", S + "/inscrits?complet=1", S + "/presence/1", S + "/presence/2",
        A + "/accueil", B + "/accueil", S + "/validation", S + "/validation?atelier=" + W, "/emploi/intervenants",
    };
    for (const auto& path : gets) {
        Page p = st.get(path);
        BOOST_TEST(p.status == 403, "GET " << path << ": " << p.status);
        BOOST_TEST(!p.contains(b.nom), "GET " << path);
        BOOST_TEST(!p.contains(b.tel), "GET " << path);
    }

    st.get("/espace");  // the trainee's own token: refusals are about the role, not the token
    BOOST_REQUIRE(!st.csrf().empty());
    const std::vector<std::pair<std::string, Fields>> posts = {
        {"/emploi/sessions/ajouter", {{"mois", "2032-09"}, {"intitule", X}}},
        {S + "/intervenants", {{"utilisateur_id", T}, {"role", "formateur"}}},
        {S + "/intervenants/" + T + "/tuteur/supprimer", {}},
        {S + "/ateliers", {{"date", "2032-04-30"}, {"intitule", X}, {"cycle", "1"}}},
        {S + "/ateliers/" + W, {{"date", "2032-04-30"}, {"intitule", X}, {"cycle", "2"}}},
        {S + "/ateliers/" + W + "/supprimer", {}},
        {"/emploi/stagiaires/ajouter", {{"civilite", "M."}, {"nom", X}, {"prenom", "Paul"}}},
        {A, {{"civilite", "M."}, {"nom", X}, {"prenom", "Paul"}, {"tel_portable", "0699999999"}}},
        {B, {{"civilite", "M."}, {"nom", X}, {"prenom", "Paul"}, {"tel_portable", "0699999999"}}},
        {A + "/etudes", {{"annee", "2020"}, {"diplome", X}, {"specialite", "x"}, {"etablissement", "x"}}},
        {A + "/etudes/" + e + "/supprimer", {}},
        {session(s2) + "/stagiaires", {{"stagiaire_id", str(m.st.id)}}},
        {S + "/stagiaires/" + str(m.st.id) + "/supprimer", {}},
        {S + "/stagiaires/" + str(b.id) + "/supprimer", {}},
        {A + "/sessions", {{"session_id", str(s2)}, {"statut_financement", "autofinancement"}}},
        {A + "/sessions/" + str(m.s), {{"statut_financement", "autofinancement"}}},
        {A + "/mot-de-passe", {}},
        {B + "/mot-de-passe", {}},
        {S + "/validation", {{"statut_" + W + "_" + str(m.st.id), "present"}, {"commentaire_" + W + "_" + str(m.st.id), X}}},
        {"/emploi/intervenants", {{"login", "intrus" + str(m.st.id)}, {"nom", "Intrus"}, {"prenom", "Paul"}, {"email", "intrus@exemple.fr"}, {"role", "responsable"}, {"mot_de_passe", "Solide-motdepasse-1"}}},
    };
    for (const auto& [path, fields] : posts) {
        Page p = st.submit(path, fields);
        BOOST_TEST(p.status == 403, "POST " << path << ": " << p.status);
        BOOST_TEST(etat() == avant, "POST " << path << " changed something");
    }

    // Routes of the contract not built yet: refused as well (403, or 404), never data.
    for (const std::string& path : {S + "/documentation", std::string("/emploi/documents"), std::string("/emploi/tuteur/documents"),
                                    std::string("/emploi/documents/1")}) {
        Page p = st.get(path);
        BOOST_TEST((p.status == 403 || p.status == 404), "GET " << path << ": " << p.status);
    }

    // The trainee is still logged in, and their page works.
    BOOST_TEST(st.get("/espace").status == 200);
    BOOST_TEST(etat() == avant);
}

BOOST_AUTO_TEST_CASE(page_personnelle_ne_montre_que_ses_propres_donnees) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    Stagiaire b = creer_stagiaire_complet(tut, "Voisine", "Berthe", "0633333333");
    inscrire(tut, m.s, b.id);
    // B has a comment from the tutor on the same workshop.
    tut.get(session(m.s) + "/validation");
    BOOST_REQUIRE_EQUAL(tut.submit(session(m.s) + "/validation",
                                   {{"statut_" + str(m.w1) + "_" + str(b.id), "absent"},
                                    {"commentaire_" + str(m.w1) + "_" + str(b.id), "Commentaire pour Berthe seulement"}})
                            .status,
                        303);
    const std::string login_b = compte(b.id, "login");
    Client st = stagiaire_connecte(m.ids.login, m.ids.mot_de_passe);

    auto rien_de_b = [&](const Page& p, const std::string& quoi) {
        BOOST_TEST(p.status == 200, quoi);
        BOOST_TEST(p.contains(m.st.nom), quoi);
        BOOST_TEST(!p.contains(b.nom), quoi);
        BOOST_TEST(!p.contains("Berthe"), quoi);
        BOOST_TEST(!p.contains(b.tel), quoi);
        BOOST_TEST(!p.contains(b.email), quoi);
        BOOST_TEST(!p.contains(login_b), quoi);
        BOOST_TEST(!p.contains("Commentaire pour Berthe"), quoi);
        BOOST_TEST(!p.contains(">absent</td>"), quoi);  // B's status, not A's
    };
    rien_de_b(st.get("/espace"), "/espace");
    // No URL parameter selects another trainee.
    rien_de_b(st.get("/espace?stagiaire_id=" + str(b.id)), "?stagiaire_id=");
    rien_de_b(st.get("/espace?id=" + str(b.id)), "?id=");
    rien_de_b(st.get("/espace?stagiaire=" + str(b.id) + "&utilisateur_id=" + compte(b.id, "id")), "?stagiaire=");
    BOOST_TEST(st.get("/espace/" + str(b.id)).status == 404);

    // POST with stagiaire_id=B (and id=B): A's record changes, B's does not.
    const std::string b_avant = fiche_sql(b.id);
    const std::string compte_b_avant = compte_sql(b.id);
    st.get("/espace");
    Fields f = donnees(m.st, "06 44 44 44 44", m.st.email, "Armentieres");
    f.insert(f.end(), {{"stagiaire_id", str(b.id)}, {"id", str(b.id)}, {"utilisateur_id", compte(b.id, "id")}});
    Page p = st.submit("/espace/donnees", f);
    BOOST_TEST(p.status == 303);
    BOOST_TEST(champ(m.st.id, "tel_portable") == "06 44 44 44 44");
    BOOST_TEST(champ(m.st.id, "ville") == "Armentieres");
    BOOST_TEST(fiche_sql(b.id) == b_avant);
    BOOST_TEST(champ(b.id, "tel_portable") == "06 33 33 33 33");
    // Same through the query string.
    st.get("/espace");
    Page q = st.submit("/espace/donnees?stagiaire_id=" + str(b.id), donnees(m.st, "06 55 55 55 55", m.st.email, "Armentieres"));
    BOOST_TEST(q.status == 303);
    BOOST_TEST(champ(m.st.id, "tel_portable") == "06 55 55 55 55");
    BOOST_TEST(fiche_sql(b.id) == b_avant);
    // The password form cannot reach B's account either.
    st.get("/espace");
    const std::string nouveau = "Autre-mdp-" + lettres() + "9";
    Page r = st.submit("/espace/mot-de-passe?stagiaire_id=" + str(b.id),
                       {{"actuel", m.ids.mot_de_passe}, {"nouveau", nouveau}, {"confirmation", nouveau},
                        {"stagiaire_id", str(b.id)}, {"utilisateur_id", compte(b.id, "id")}});
    BOOST_TEST(r.status == 303);
    BOOST_TEST(compte_sql(b.id) == compte_b_avant);
    BOOST_TEST(compte(m.st.id, "doit_choisir_mot_de_passe") == "0");
    Client avec_nouveau;
    BOOST_TEST(connexion(avec_nouveau, m.ids.login, nouveau).status == 303);

    // The page still shows only A's data.
    rien_de_b(st.get("/espace"), "after the POSTs");
}

BOOST_AUTO_TEST_CASE(personnel_interdit_sur_l_espace) {
    const std::string hash_tuteur = sql_value("SELECT mot_de_passe_hash FROM utilisateur WHERE login = 'tuteur'");
    for (const std::string login : {"responsable", "tuteur", "formateur", "tuteur2"}) {
        Client c = logged(login);
        BOOST_TEST_CONTEXT(login) {
            BOOST_TEST(c.get("/espace").status == 403);
            BOOST_TEST(c.get("/espace?enregistre=1").status == 403);
            c.get("/emploi/sessions");
            BOOST_REQUIRE(!c.csrf().empty());
            BOOST_TEST(c.submit("/espace/donnees", donnees(Stagiaire{}, "06 12 34 56 78", "x@exemple.fr")).status == 403);
            BOOST_TEST(c.submit("/espace/mot-de-passe", {{"actuel", "demo"}, {"nouveau", "Nouveau-mdp-2032"}, {"confirmation", "Nouveau-mdp-2032"}}).status == 403);
            // Still able to log in with "demo": nothing was changed.
            Client encore;
            BOOST_TEST(connexion(encore, login, "demo").status == 303);
        }
    }
    BOOST_TEST(sql_value("SELECT mot_de_passe_hash FROM utilisateur WHERE login = 'tuteur'") == hash_tuteur);

    // Anonymous: to the login form, with the way back.
    Client anon;
    Page g = anon.get("/espace");
    BOOST_TEST(g.status == 302);
    BOOST_TEST(g.location().rfind("/connexion?suite=", 0) == 0, g.location());
    BOOST_TEST(g.location().find("espace") != std::string::npos, g.location());
    anon.get("/connexion");
    Page p = anon.submit("/espace/donnees", donnees(Stagiaire{}, "06 12 34 56 78", "x@exemple.fr"));
    BOOST_TEST(p.status == 302);
    Page q = anon.submit("/espace/mot-de-passe", {{"actuel", "x"}, {"nouveau", "Nouveau-mdp-2032"}, {"confirmation", "Nouveau-mdp-2032"}});
    BOOST_TEST(q.status == 302);
}
