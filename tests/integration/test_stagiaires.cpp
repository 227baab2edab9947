// Step 4 and 8: "Ajouter un stagiaire" (normalisation, account, duplicates, consent),
// the trainee record (update, studies), who may use them, and hostile input.
#define BOOST_TEST_MODULE stagiaires
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include "data/stagiaires.hpp"
#include "domain/normalise.hpp"
#include "fcgi/crypto.hpp"
#include "fcgi/parse.hpp"

#include <cctype>
#include <cstdlib>
#include <stdexcept>
#include <chrono>
#include <regex>
#include <string>
#include <unistd.h>
#include <vector>

using namespace ope::test;

namespace {

long compter(const std::string& table_where, const std::string& param) {
    return sql_count("SELECT COUNT(*) FROM " + table_where, {param});
}
long stagiaires_nommes(const std::string& nom) { return compter("stagiaire WHERE nom = ?", nom); }
long comptes_nommes(const std::string& nom) { return compter("utilisateur WHERE nom = ?", nom); }

std::string colonne(long id, const std::string& col) {
    return sql_value("SELECT " + col + " FROM stagiaire WHERE id = ?", {std::to_string(id)});
}

Page ajouter(Client& c, const Fields& fields) {
    BOOST_REQUIRE_EQUAL(c.get("/emploi/stagiaires/ajouter").status, 200);
    return c.submit("/emploi/stagiaires/ajouter", fields);
}

Fields minimal(const std::string& nom, const std::string& prenom = "Paul") {
    return {{"civilite", "M."}, {"nom", nom}, {"prenom", prenom}};
}

long creer(Client& c, const Fields& fields) {
    Page p = ajouter(c, fields);
    BOOST_REQUIRE_EQUAL(p.status, 303);
    long id = id_from_location(p.location());
    BOOST_REQUIRE_GT(id, 0);
    BOOST_REQUIRE_EQUAL(p.location(), fiche(id));
    return id;
}

Fields complet(const std::string& nom, const std::string& prenom, const std::string& email) {
    return {{"civilite", "Mme"},          {"nom", nom},
            {"prenom", prenom},           {"date_naissance", "14/05/1988"},
            {"adresse", "3 rue des Lilas"}, {"code_postal", "59000"},
            {"ville", "Lille"},           {"tel_fixe", "03 20 12 34 56"},
            {"tel_portable", "06 11 22 33 44"}, {"email", email},
            {"parution_adresse", "1"},    {"parution_telephone", "1"},
            {"parution_email", "1"}};
}

Fields avec(Fields f, const std::string& name, const std::string& value) {
    for (auto& [n, v] : f)
        if (n == name) {
            v = value;
            return f;
        }
    f.emplace_back(name, value);
    return f;
}

// The whole stagiaire row, to check that a refused request changed nothing.
std::string ligne(long id) {
    return sql_value(
        "SELECT CONCAT_WS('|', civilite, nom, prenom, IFNULL(date_naissance, '-'), adresse, code_postal, ville,"
        " tel_fixe, tel_portable, email, parution_adresse, parution_telephone, parution_email, modifie_le)"
        " FROM stagiaire WHERE id = ?",
        {std::to_string(id)});
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(formulaire_vierge) {
    Client c = logged("tuteur");
    Page p = c.get("/emploi/stagiaires/ajouter");
    BOOST_TEST(p.status == 200);
    BOOST_TEST(p.contains("Ajouter un stagiaire"));
    BOOST_TEST(p.contains("action=\"/emploi/stagiaires/ajouter\""));
    BOOST_TEST(p.contains("name=\"csrf\""));
    for (const char* champ : {"civilite", "nom", "prenom", "tel_fixe", "tel_portable", "email", "adresse",
                              "code_postal", "ville", "date_naissance"})
        BOOST_TEST(p.contains(std::string("name=\"") + champ + "\""), champ);
    // Consent is given by default: the three boxes are ticked.
    BOOST_TEST(p.contains("name=\"parution_adresse\" value=\"1\" checked"));
    BOOST_TEST(p.contains("name=\"parution_telephone\" value=\"1\" checked"));
    BOOST_TEST(p.contains("name=\"parution_email\" value=\"1\" checked"));
    // Nothing pre-selected for civilité.
    BOOST_TEST(!p.contains("value=\"M.\" checked"));
    BOOST_TEST(!p.contains("value=\"Mme\" checked"));
}

BOOST_AUTO_TEST_CASE(ajout_normalise_et_compte_cree) {
    Client c = logged("tuteur");
    const std::string u = lettres();
    const std::string nom_saisi = "  de la fontaine " + u + " ";
    const std::string NOM = "DE LA FONTAINE " + [&] {
        std::string up = u;
        for (auto& ch : up) ch = static_cast<char>(ch - 'a' + 'A');
        return up;
    }();
    BOOST_REQUIRE_EQUAL(stagiaires_nommes(NOM), 0);

    Page p = ajouter(c, {{"civilite", "Mme"},
                         {"nom", nom_saisi},
                         {"prenom", "élodie-anne"},
                         {"email", " Elo.F." + u + "@Exemple.FR "},
                         {"tel_fixe", "03.20.12.34.56"},
                         {"tel_portable", "+33 6 12 34 56 78"},
                         {"adresse", "  12   rue   des Prés  "},
                         {"code_postal", " 59 000 "},
                         {"ville", "Lille"},
                         {"date_naissance", "3/4/1990"},
                         {"parution_adresse", "1"},
                         {"parution_telephone", "1"},
                         {"parution_email", "1"}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    long id = id_from_location(p.location());
    BOOST_REQUIRE_GT(id, 0);
    BOOST_TEST(p.location() == fiche(id));
    BOOST_TEST(stagiaires_nommes(NOM) == 1);

    // Stored normalised.
    BOOST_TEST(colonne(id, "civilite") == "Mme");
    BOOST_TEST(colonne(id, "nom") == NOM);
    BOOST_TEST(colonne(id, "prenom") == "Élodie-Anne");
    BOOST_TEST(colonne(id, "email") == "elo.f." + u + "@exemple.fr");
    BOOST_TEST(colonne(id, "tel_fixe") == "03 20 12 34 56");
    BOOST_TEST(colonne(id, "tel_portable") == "06 12 34 56 78");
    BOOST_TEST(colonne(id, "adresse") == "12 rue des Prés");
    BOOST_TEST(colonne(id, "code_postal") == "59000");
    BOOST_TEST(colonne(id, "ville") == "Lille");
    BOOST_TEST(colonne(id, "DATE_FORMAT(date_naissance, '%Y-%m-%d')") == "1990-04-03");
    BOOST_TEST(colonne(id, "parution_adresse") == "1");
    BOOST_TEST(colonne(id, "parution_telephone") == "1");
    BOOST_TEST(colonne(id, "parution_email") == "1");

    // The site account of the trainee.
    const std::string sid = std::to_string(id);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM utilisateur WHERE stagiaire_id = ?", {sid}) == 1);
    const std::string login = sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {sid});
    BOOST_TEST(login == "elodie-anne.de-la-fontaine-" + u);
    BOOST_TEST(sql_value("SELECT role FROM utilisateur WHERE stagiaire_id = ?", {sid}) == "stagiaire");
    // The initial password is on the welcome sheet; the database holds it sealed only.
    const std::string scelle = sql_value("SELECT mot_de_passe_initial FROM utilisateur WHERE stagiaire_id = ?", {sid});
    BOOST_TEST(scelle.rfind("s1:", 0) == 0u);
    Page feuille = c.get("/emploi/stagiaires/" + sid + "/accueil");
    const std::string initial = dd_apres(feuille.body, "Mot de passe", feuille.body.find("Identifiant"));
    BOOST_TEST(scelle.find(initial) == std::string::npos);
    BOOST_TEST(initial.size() == 10u);
    BOOST_TEST(std::regex_match(initial, std::regex("[A-Za-z0-9]{10}")));
    const std::string hash = sql_value("SELECT mot_de_passe_hash FROM utilisateur WHERE stagiaire_id = ?", {sid});
    BOOST_TEST(hash.rfind("$argon2id$", 0) == 0u);
    BOOST_TEST(hash.find(initial) == std::string::npos);
    BOOST_TEST(sql_value("SELECT nom FROM utilisateur WHERE stagiaire_id = ?", {sid}) == NOM);

    // The initial password opens the trainee's account.
    Client moi;
    BOOST_TEST(moi.login(login, initial));

    // The record page shows the values.
    Page f = c.get(fiche(id));
    BOOST_TEST(f.status == 200);
    BOOST_TEST(f.contains("Élodie-Anne"));
    BOOST_TEST(f.contains("value=\"" + NOM + "\""));
    BOOST_TEST(f.contains("value=\"Élodie-Anne\""));
    BOOST_TEST(f.contains("value=\"elo.f." + u + "@exemple.fr\""));
    BOOST_TEST(f.contains("value=\"06 12 34 56 78\""));
    BOOST_TEST(f.contains("value=\"03 20 12 34 56\""));
    BOOST_TEST(f.contains("value=\"59000\""));
    BOOST_TEST(f.contains("value=\"03/04/1990\""));
    BOOST_TEST(f.contains("value=\"Mme\" checked"));
    BOOST_TEST(f.contains(login));
    BOOST_TEST(!f.contains("1990-04-03"));
    BOOST_TEST(f.contains("name=\"parution_adresse\" value=\"1\" checked"));
}

BOOST_AUTO_TEST_CASE(homonyme_login_suffixe) {
    Client c = logged("tuteur");
    const std::string u = lettres();
    const std::string nom = "Martin " + u;
    long a = creer(c, {{"civilite", "M."}, {"nom", nom}, {"prenom", "jean pierre"}, {"date_naissance", "01/02/1980"}});
    // Same prénom and nom, another birth date: not a likely duplicate, another login.
    long b = creer(c, {{"civilite", "M."}, {"nom", nom}, {"prenom", "Jean Pierre"}, {"date_naissance", "02/02/1981"}});
    BOOST_TEST(a != b);
    const std::string la = sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {std::to_string(a)});
    const std::string lb = sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {std::to_string(b)});
    BOOST_TEST(la == "jean-pierre.martin-" + u);
    BOOST_TEST(lb == "jean-pierre.martin-" + u + "2");
    BOOST_TEST(colonne(a, "prenom") == "Jean Pierre");
    BOOST_TEST(compter("utilisateur WHERE login LIKE ?", "jean-pierre.martin-" + u + "%") == 2);
}

// The Nth "Jean MARTIN": the logins tried (jean.martin, jean.martin2...) each used to
// cost an argon2 hash (30 ms, 19 MiB) inside the transaction; the account's password
// is hashed once, whatever the number of logins tried. Counted in this process, by
// calling the data layer the handler calls.
BOOST_AUTO_TEST_CASE(homonyme_un_seul_hachage_quel_que_soit_le_nombre_d_essais) {
    ope::crypto_init();
    // The initial password is stored sealed: the site's key when this process may read
    // it, a key of its own otherwise (only the hashes are counted here).
    const char* cle = std::getenv("OPE_SECRET_FILE");
    try {
        ope::charger_cle_secrete(cle ? cle : "");
    } catch (const std::runtime_error&) {
        ope::definir_cle_secrete(std::string(32, 'k'));
    }
    const std::string u = lettres();
    ope::stagiaires::Stagiaire s;
    s.civilite = "M.";
    s.nom = "MARTIN " + majuscules(u);
    s.prenom = "Jean";
    const std::string base = ope::login_base(s.prenom, s.nom);
    // 30 homonyms already hold base, base2... base30 (accounts that cannot log in).
    for (int n = 1; n <= 30; ++n)
        sql_exec("INSERT INTO utilisateur (login, mot_de_passe_hash, role, nom, prenom, actif)"
                 " VALUES (?, '!', 'tuteur', 'HOMONYME', 'Test', 0)",
                 {n == 1 ? base : base + std::to_string(n)});
    const long avant = ope::password_hashes();
    const auto creation = ope::stagiaires::creer(test_db(), s, 1);
    BOOST_TEST(ope::password_hashes() - avant == 1);
    BOOST_TEST(creation.login == base + "31");
    BOOST_TEST(ope::verify_password(creation.mot_de_passe_initial,
                                    sql_value("SELECT mot_de_passe_hash FROM utilisateur WHERE login = ?", {creation.login})));
    sql_exec("DELETE FROM utilisateur WHERE nom = 'HOMONYME' AND login LIKE ?", {base + "%"});
}

BOOST_AUTO_TEST_CASE(champs_obligatoires) {
    Client c = logged("tuteur");
    const std::string u = lettres();
    const std::string nom = "Oblige " + u;
    const std::string prenom = "Prenom" + u;

    // Civilité missing, then an unknown one.
    for (const std::string& civ : std::vector<std::string>{"", "Mlle", "M"}) {
        BOOST_TEST_CONTEXT("civilite=" << civ) {
            Page p = ajouter(c, {{"civilite", civ}, {"nom", nom}, {"prenom", "Paul"}});
            BOOST_TEST(p.status == 422);
            BOOST_TEST(p.contains("Choisissez la civilité"));
            BOOST_TEST((p.contains("Le stagiaire n&#39;a pas été ajouté") || p.contains("Le stagiaire n'a pas été ajouté")));
            BOOST_TEST(p.contains("value=\"OBLIGE") == false);  // typed value kept as typed, not normalised
            BOOST_TEST(p.contains("value=\"" + nom + "\""));
        }
    }
    // Nom missing (and blank).
    for (const std::string& n : std::vector<std::string>{"", "   "}) {
        Page p = ajouter(c, {{"civilite", "Mme"}, {"nom", n}, {"prenom", prenom}});
        BOOST_TEST(p.status == 422);
        BOOST_TEST(p.contains("Le nom est obligatoire."));
        BOOST_TEST(p.contains("value=\"" + prenom + "\""));
    }
    // Prénom missing.
    Page p = ajouter(c, {{"civilite", "Mme"}, {"nom", nom}, {"prenom", ""}});
    BOOST_TEST(p.status == 422);
    BOOST_TEST(p.contains("Le prénom est obligatoire."));
    BOOST_TEST(p.contains("value=\"Mme\" checked"));
    // All three.
    Page t = ajouter(c, {{"email", u + "@exemple.fr"}});
    BOOST_TEST(t.status == 422);
    BOOST_TEST(t.contains("Choisissez la civilité"));
    BOOST_TEST(t.contains("Le nom est obligatoire."));
    BOOST_TEST(t.contains("Le prénom est obligatoire."));
    BOOST_TEST(t.contains("value=\"" + u + "@exemple.fr\""));

    BOOST_TEST(stagiaires_nommes(nom) == 0);
    BOOST_TEST(compter("stagiaire WHERE prenom = ?", prenom) == 0);
    BOOST_TEST(compter("stagiaire WHERE email = ?", u + "@exemple.fr") == 0);
    BOOST_TEST(comptes_nommes(nom) == 0);
}

BOOST_AUTO_TEST_CASE(champs_invalides) {
    Client c = logged("tuteur");
    struct Cas {
        std::string champ, valeur, message;
    };
    const std::vector<Cas> cas = {
        {"tel_portable", "12345", "Numéro de téléphone invalide"},
        {"tel_fixe", "12345", "Numéro de téléphone invalide"},
        {"tel_portable", "06 12 34 56 7", "Numéro de téléphone invalide"},
        {"tel_fixe", "06-12-34-56-78-90", "Numéro de téléphone invalide"},
        {"tel_portable", "0612345678x", "Numéro de téléphone invalide"},
        {"tel_portable", "+44 20 7946 0958", "Numéro de téléphone invalide"},
        {"tel_fixe", "00 12 34 56 78", "Numéro de téléphone invalide"},
        {"email", "a@b", "Adresse e-mail invalide"},
        {"email", "ab.exemple.fr", "Adresse e-mail invalide"},
        {"email", "a b@exemple.fr", "Adresse e-mail invalide"},
        {"code_postal", "5900", "Code postal invalide"},
        {"code_postal", "590000", "Code postal invalide"},
        {"code_postal", "59a00", "Code postal invalide"},
        {"date_naissance", "31/02/1990", "existe pas : le 31/02/1990 (février 1990 a 28 jours)"},
        {"date_naissance", "1990", "Date de naissance invalide"},
        {"date_naissance", "32/01/1990", "existe pas : le 32/01/1990 (janvier 1990 a 31 jours)"},
        {"date_naissance", "01/01/2199", "Date de naissance invraisemblable"},
        {"nom", "Dupont3", "Caractères non autorisés dans le nom"},
        {"prenom", "<b>Paul</b>", "Caractères non autorisés dans le prénom"},
    };
    for (const auto& k : cas) {
        BOOST_TEST_CONTEXT(k.champ << "=" << k.valeur) {
            const std::string nom = "Invalide " + lettres();
            const std::string marque = "Ville " + lettres();
            Fields f = avec(avec(minimal(nom), "ville", marque), k.champ, k.valeur);
            Page p = ajouter(c, f);
            BOOST_TEST(p.status == 422);
            BOOST_TEST(p.contains(k.message));
            BOOST_TEST(p.contains("class=\"erreur-champ\""));
            // The typed value is kept in the form (HTML-escaped).
            std::string echappe = std::regex_replace(k.valeur, std::regex("<"), "&lt;");
            echappe = std::regex_replace(echappe, std::regex(">"), "&gt;");
            BOOST_TEST(p.contains("name=\"" + k.champ + "\" value=\"" + echappe + "\""));
            BOOST_TEST(!p.contains("<b>Paul</b>"));
            BOOST_TEST(compter("stagiaire WHERE ville = ?", marque) == 0);
            BOOST_TEST(comptes_nommes(nom) == 0);
        }
    }
}

BOOST_AUTO_TEST_CASE(telephones_acceptes) {
    Client c = logged("tuteur");
    const std::string nom = "Telephone " + lettres();
    long id = creer(c, minimal(nom));
    for (const std::string& saisi : std::vector<std::string>{"0612345678", "06.12.34.56.78", "+33 6 12 34 56 78", "06-12-34-56-78",
                                    "+33 (0)6 12 34 56 78", "0033612345678", " 06 12 34 56 78 "}) {
        BOOST_TEST_CONTEXT(saisi) {
            // Another value first, so that each case writes.
            BOOST_REQUIRE_EQUAL(c.get(fiche(id)).status, 200);
            BOOST_REQUIRE_EQUAL(c.submit(fiche(id), avec(minimal(nom), "tel_portable", "07 00 00 00 00")).status, 303);
            BOOST_TEST(colonne(id, "tel_portable") == "07 00 00 00 00");
            Page p = c.submit(fiche(id), avec(avec(minimal(nom), "tel_portable", saisi), "tel_fixe", saisi));
            BOOST_TEST(p.status == 303);
            BOOST_TEST(p.location() == fiche(id));
            BOOST_TEST(colonne(id, "tel_portable") == "06 12 34 56 78");
            BOOST_TEST(colonne(id, "tel_fixe") == "06 12 34 56 78");
        }
    }
}

BOOST_AUTO_TEST_CASE(consentement_decoche) {
    Client c = logged("tuteur");
    const std::string nom = "Discret " + lettres();
    // A browser sends no field for an unticked box.
    long id = creer(c, {{"civilite", "Mme"}, {"nom", nom}, {"prenom", "Anne"}, {"adresse", "1 rue Haute"},
                        {"parution_telephone", "1"}, {"parution_email", "1"}});
    BOOST_TEST(colonne(id, "parution_adresse") == "0");
    BOOST_TEST(colonne(id, "parution_telephone") == "1");
    BOOST_TEST(colonne(id, "parution_email") == "1");
    Page f = c.get(fiche(id));
    BOOST_TEST(f.contains("name=\"parution_adresse\" value=\"1\">"));
    BOOST_TEST(f.contains("name=\"parution_telephone\" value=\"1\" checked"));

    // Nothing ticked at all.
    long id2 = creer(c, {{"civilite", "M."}, {"nom", nom}, {"prenom", "Bruno"}});
    BOOST_TEST(colonne(id2, "parution_adresse") == "0");
    BOOST_TEST(colonne(id2, "parution_telephone") == "0");
    BOOST_TEST(colonne(id2, "parution_email") == "0");

    // A refused form keeps the boxes as they were sent.
    Page r = ajouter(c, {{"civilite", "M."}, {"nom", nom}, {"prenom", "Claude"}, {"code_postal", "1"},
                         {"parution_email", "1"}});
    BOOST_TEST(r.status == 422);
    BOOST_TEST(r.contains("name=\"parution_adresse\" value=\"1\">"));
    BOOST_TEST(r.contains("name=\"parution_email\" value=\"1\" checked"));
}

BOOST_AUTO_TEST_CASE(doublon_probable) {
    Client c = logged("tuteur");
    const std::string u = lettres();
    const std::string nom = "Doublon " + u;
    const std::string email = "doublon." + u + "@exemple.fr";
    long premier = creer(c, complet(nom, "Sophie", email));
    BOOST_TEST(stagiaires_nommes(nom) == 1);

    // Same nom, prénom and birth date (typed differently).
    Fields meme = {{"civilite", "Mme"}, {"nom", " doublon " + u}, {"prenom", "SOPHIE"}, {"date_naissance", "1988-05-14"}};
    Page p = ajouter(c, meme);
    BOOST_TEST(p.status == 422);
    BOOST_TEST(p.contains("existe peut-être déjà"));
    BOOST_TEST(p.contains("href=\"" + fiche(premier) + "\""));
    BOOST_TEST(p.contains("name=\"confirmer_doublon\""));
    BOOST_TEST(p.contains("value=\" doublon " + u + "\""));  // the form keeps what was typed
    BOOST_TEST(stagiaires_nommes(nom) == 1);
    BOOST_TEST(comptes_nommes(nom) == 1);

    // Same e-mail, other person's name.
    const std::string autre = "Autre " + u;
    Fields meme_email = {{"civilite", "M."}, {"nom", autre}, {"prenom", "Marc"}, {"email", " " + email + " "}};
    Page q = ajouter(c, meme_email);
    BOOST_TEST(q.status == 422);
    BOOST_TEST(q.contains("existe peut-être déjà"));
    BOOST_TEST(q.contains("href=\"" + fiche(premier) + "\""));
    BOOST_TEST(stagiaires_nommes(autre) == 0);

    // Same name and prénom but another birth date: not a duplicate.
    long autre_naissance = creer(c, {{"civilite", "Mme"}, {"nom", nom}, {"prenom", "Sophie"}, {"date_naissance", "15/05/1988"}});
    BOOST_TEST(autre_naissance != premier);

    // Confirmed: created.
    Page ok = ajouter(c, avec(meme, "confirmer_doublon", "1"));
    BOOST_TEST(ok.status == 303);
    long id = id_from_location(ok.location());
    BOOST_TEST(id > 0);
    BOOST_TEST(id != premier);
    BOOST_TEST(stagiaires_nommes(nom) == 3);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM utilisateur WHERE stagiaire_id = ?", {std::to_string(id)}) == 1);

    Page ok2 = ajouter(c, avec(meme_email, "confirmer_doublon", "1"));
    BOOST_TEST(ok2.status == 303);
    BOOST_TEST(stagiaires_nommes(autre) == 1);
}

BOOST_AUTO_TEST_CASE(modification_normalisee) {
    Client c = logged("tuteur");
    const std::string u = lettres();
    const std::string nom = "Modif " + u;
    long id = creer(c, complet(nom, "Paul", "modif." + u + "@exemple.fr"));
    const std::string login = sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {std::to_string(id)});

    BOOST_REQUIRE_EQUAL(c.get(fiche(id)).status, 200);
    Page p = c.submit(fiche(id), {{"civilite", "M."},
                                  {"nom", "  le   bris " + u + " "},
                                  {"prenom", "JEAN-françois"},
                                  {"email", "  Jean.LeBris." + u + "@Exemple.Org"},
                                  {"tel_fixe", "03.20.00.00.01"},
                                  {"tel_portable", "0033 6 98 76 54 32"},
                                  {"adresse", " 5 place   Rihour "},
                                  {"code_postal", "59 800"},
                                  {"ville", "  Lille  "},
                                  {"date_naissance", "07.11.1975"},
                                  {"parution_email", "1"}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == fiche(id));
    std::string NOM = "LE BRIS " + u;
    for (auto& ch : NOM) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    BOOST_TEST(colonne(id, "nom") == NOM);
    BOOST_TEST(colonne(id, "prenom") == "Jean-François");
    BOOST_TEST(colonne(id, "email") == "jean.lebris." + u + "@exemple.org");
    BOOST_TEST(colonne(id, "tel_fixe") == "03 20 00 00 01");
    BOOST_TEST(colonne(id, "tel_portable") == "06 98 76 54 32");
    BOOST_TEST(colonne(id, "adresse") == "5 place Rihour");
    BOOST_TEST(colonne(id, "code_postal") == "59800");
    BOOST_TEST(colonne(id, "ville") == "Lille");
    BOOST_TEST(colonne(id, "DATE_FORMAT(date_naissance, '%Y-%m-%d')") == "1975-11-07");
    BOOST_TEST(colonne(id, "parution_adresse") == "0");
    BOOST_TEST(colonne(id, "parution_telephone") == "0");
    BOOST_TEST(colonne(id, "parution_email") == "1");
    // The account follows the record's name and e-mail; its login does not change.
    const std::string sid = std::to_string(id);
    BOOST_TEST(sql_value("SELECT nom FROM utilisateur WHERE stagiaire_id = ?", {sid}) == NOM);
    BOOST_TEST(sql_value("SELECT email FROM utilisateur WHERE stagiaire_id = ?", {sid}) == "jean.lebris." + u + "@exemple.org");
    BOOST_TEST(sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {sid}) == login);

    Page f = c.get(fiche(id));
    BOOST_TEST(f.status == 200);
    BOOST_TEST(f.contains("value=\"" + NOM + "\""));
    BOOST_TEST(f.contains("value=\"Jean-François\""));
    BOOST_TEST(f.contains("value=\"07/11/1975\""));
    BOOST_TEST(f.contains("value=\"06 98 76 54 32\""));
    BOOST_TEST(f.contains("value=\"M.\" checked"));

    // Clearing optional fields is allowed.
    Page vide = c.submit(fiche(id), {{"civilite", "M."}, {"nom", NOM}, {"prenom", "Jean-François"}});
    BOOST_TEST(vide.status == 303);
    BOOST_TEST(colonne(id, "email") == "");
    BOOST_TEST(colonne(id, "tel_portable") == "");
    BOOST_TEST(colonne(id, "IFNULL(date_naissance, 'nul')") == "nul");
}

BOOST_AUTO_TEST_CASE(modification_refusee) {
    Client c = logged("tuteur");
    const std::string u = lettres();
    const std::string nom = "Refus " + u;
    long id = creer(c, complet(nom, "Paul", "refus." + u + "@exemple.fr"));
    const std::string avant = ligne(id);
    const Fields base = complet(nom, "Paul", "refus." + u + "@exemple.fr");

    struct Cas {
        std::string champ, valeur, message;
    };
    const std::vector<Cas> cas = {
        {"tel_portable", "12345", "Numéro de téléphone invalide"},
        {"email", "a@b", "Adresse e-mail invalide"},
        {"code_postal", "5900", "Code postal invalide"},
        {"date_naissance", "31/02/1990", "existe pas : le 31/02/1990 (février 1990 a 28 jours)"},
        {"nom", "", "Le nom est obligatoire."},
        {"prenom", "   ", "Le prénom est obligatoire."},
        {"civilite", "Dr", "Choisissez la civilité"},
        {"nom", "R2D2", "Caractères non autorisés dans le nom"},
    };
    for (const auto& k : cas) {
        BOOST_TEST_CONTEXT(k.champ << "=" << k.valeur) {
            BOOST_REQUIRE_EQUAL(c.get(fiche(id)).status, 200);
            // Everything else is changed too: nothing may be half-written.
            Fields f = avec(avec(base, "ville", "Roubaix"), k.champ, k.valeur);
            Page p = c.submit(fiche(id), f);
            BOOST_TEST(p.status == 422);
            BOOST_TEST(p.contains(k.message));
            BOOST_TEST((p.contains("Les modifications n&#39;ont pas été enregistrées") ||
                        p.contains("Les modifications n'ont pas été enregistrées")));
            if (k.champ != "civilite") BOOST_TEST(p.contains("name=\"" + k.champ + "\" value=\"" + k.valeur + "\""));
            BOOST_TEST(p.contains("value=\"Roubaix\""));
            BOOST_TEST(ligne(id) == avant);
        }
    }
}

BOOST_AUTO_TEST_CASE(fiche_inconnue) {
    Client c = logged("tuteur");
    const std::string inconnue = "/emploi/stagiaires/99999999";
    BOOST_TEST(c.get(inconnue).status == 404);
    c.get("/emploi/stagiaires/ajouter");
    BOOST_TEST(c.submit(inconnue, minimal("Fantome " + lettres())).status == 404);
    BOOST_TEST(c.submit(inconnue + "/etudes", {{"annee", "2015"}, {"diplome", "Bac"}}).status == 404);
    BOOST_TEST(c.submit(inconnue + "/etudes/1/supprimer", {}).status == 404);
    // Not numbers: no such route.
    for (const std::string& bad : std::vector<std::string>{"/emploi/stagiaires/abc", "/emploi/stagiaires/0", "/emploi/stagiaires/-1",
                                  "/emploi/stagiaires/99999999999999999999999"}) {
        BOOST_TEST_CONTEXT(bad) {
            int s = c.get(bad).status;
            BOOST_TEST((s == 404 || s == 400));
        }
    }
}

BOOST_AUTO_TEST_CASE(etudes) {
    Client c = logged("tuteur");
    const std::string u = lettres();
    long id = creer(c, minimal("Etudes " + u));
    long autre = creer(c, minimal("Etudes " + u, "Autre"));
    const std::string sid = std::to_string(id);

    BOOST_REQUIRE_EQUAL(c.get(fiche(id)).status, 200);
    const std::string specialite = "Comptabilité " + u;
    Page p = c.submit(fiche(id) + "/etudes",
                      {{"annee", "2015"}, {"diplome", "BTS"}, {"specialite", specialite}, {"etablissement", "Lycée Faidherbe"}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location().rfind(fiche(id), 0) == 0u);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM etude WHERE stagiaire_id = ?", {sid}) == 1);
    const std::string eid = sql_value("SELECT id FROM etude WHERE stagiaire_id = ?", {sid});
    BOOST_TEST(sql_value("SELECT CONCAT_WS('|', annee, diplome, specialite, etablissement) FROM etude WHERE id = ?", {eid}) ==
               "2015|BTS|" + specialite + "|Lycée Faidherbe");

    Page f = c.get(fiche(id));
    BOOST_TEST(f.contains("<td class=\"nombre\" data-titre=\"Année\">2015</td><td data-titre=\"Diplôme / niveau\" class=\"long\">BTS</td><td data-titre=\"Spécialité\" class=\"long\">" + specialite + "</td><td data-titre=\"Établissement\" class=\"long\">Lycée Faidherbe</td>"));
    BOOST_TEST(f.contains("action=\"" + fiche(id) + "/etudes/" + eid + "/supprimer\""));

    // Year optional; a second row.
    BOOST_TEST(c.submit(fiche(id) + "/etudes", {{"annee", ""}, {"diplome", "Bac"}}).status == 303);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM etude WHERE stagiaire_id = ?", {sid}) == 2);

    // Refused: bad year, no diploma.
    for (const std::string& annee : std::vector<std::string>{"abc", "15", "1800", "20155", "-2015", "2015.5"}) {
        BOOST_TEST_CONTEXT("annee=" << annee) {
            c.get(fiche(id));
            Page r = c.submit(fiche(id) + "/etudes", {{"annee", annee}, {"diplome", "Licence"}, {"specialite", "Droit"}});
            BOOST_TEST(r.status == 422);
            BOOST_TEST(r.contains("Année invalide"));
            BOOST_TEST(r.contains("name=\"annee\" value=\"" + annee + "\""));
            BOOST_TEST(r.contains("value=\"Droit\""));
        }
    }
    Page r = c.submit(fiche(id) + "/etudes", {{"annee", "2016"}, {"diplome", " "}});
    BOOST_TEST(r.status == 422);
    BOOST_TEST(r.contains("Indiquez le diplôme ou le niveau."));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM etude WHERE stagiaire_id = ?", {sid}) == 2);

    // Deleting an étude through another trainee's URL: 404, still there.
    Page x = c.submit(fiche(autre) + "/etudes/" + eid + "/supprimer", {});
    BOOST_TEST(x.status == 404);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM etude WHERE id = ?", {eid}) == 1);

    // Deleting it properly.
    Page d = c.submit(fiche(id) + "/etudes/" + eid + "/supprimer", {});
    BOOST_TEST(d.status == 303);
    BOOST_TEST(d.location().rfind(fiche(id), 0) == 0u);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM etude WHERE id = ?", {eid}) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM etude WHERE stagiaire_id = ?", {sid}) == 1);
    // Gone from the studies (the history below still tells it was there).
    BOOST_TEST(!between(c.get(fiche(id)).body, "id=\"etudes\"", "</section>").empty());
    BOOST_TEST(between(c.get(fiche(id)).body, "id=\"etudes\"", "</section>").find(specialite) == std::string::npos);
    // Twice: gone.
    BOOST_TEST(c.submit(fiche(id) + "/etudes/" + eid + "/supprimer", {}).status == 404);
}

BOOST_AUTO_TEST_CASE(droits_sur_les_fiches) {
    Client tut = logged("tuteur");
    const std::string u = lettres();
    const std::string nom = "Droits " + u;
    long id = creer(tut, minimal(nom));
    tut.get(fiche(id));
    BOOST_REQUIRE_EQUAL(tut.submit(fiche(id) + "/etudes", {{"annee", "2010"}, {"diplome", "CAP"}}).status, 303);
    const std::string eid = sql_value("SELECT id FROM etude WHERE stagiaire_id = ?", {std::to_string(id)});
    const std::string avant = ligne(id);
    const long stagiaires_avant = stagiaires_nommes(nom);

    const std::vector<std::string> pages = {"/emploi/stagiaires", "/emploi/stagiaires?q=dupont&page=1",
                                            "/emploi/stagiaires/ajouter", fiche(id)};
    struct Envoi {
        std::string chemin;
        Fields champs;
    };
    const std::vector<Envoi> envois = {
        {"/emploi/stagiaires/ajouter", minimal(nom, "Intrus")},
        {fiche(id), minimal(nom, "Intrus")},
        {fiche(id) + "/etudes", {{"annee", "2011"}, {"diplome", "Intrus"}}},
        {fiche(id) + "/etudes/" + eid + "/supprimer", {}},
    };

    for (const std::string& who : std::vector<std::string>{"formateur", "stagiaire"}) {
        BOOST_TEST_CONTEXT(who) {
            Client c = who == "formateur" ? logged("formateur") : logged("elodie.dupont", "Bienvenue-7Kq2");
            // A page with this user's token, so that a refusal is not just the missing token.
            c.get(who == "formateur" ? "/emploi/sessions" : "/espace");
            for (const auto& chemin : pages) {
                Page p = c.get(chemin);
                BOOST_TEST(p.status == 403, chemin);
                BOOST_TEST(!p.contains(nom), chemin);
            }
            for (const auto& e : envois) BOOST_TEST(c.submit(e.chemin, e.champs).status == 403, e.chemin);
            BOOST_TEST(c.get("/emploi/stagiaires/99999999").status == 403);
        }
    }
    // Anonymous: to the login form, the page to come back to in "suite".
    Client anonyme;
    BOOST_TEST(anonyme.get("/connexion").status == 200);
    for (const auto& chemin : pages) {
        Page p = anonyme.get(chemin);
        BOOST_TEST(p.status == 302, chemin);
        BOOST_TEST(p.location().rfind("/connexion?suite=", 0) == 0u, chemin);
        BOOST_TEST(p.location() == "/connexion?suite=" + ope::url_encode(chemin), chemin);
    }
    BOOST_TEST(anonyme.get("/emploi/stagiaires?q=abc").location() == "/connexion?suite=" + ope::url_encode("/emploi/stagiaires?q=abc"));
    BOOST_TEST(anonyme.get(fiche(id)).location() == "/connexion?suite=" + ope::url_encode(fiche(id)));
    for (const auto& e : envois) {
        Page p = anonyme.submit(e.chemin, e.champs);
        BOOST_TEST(p.status == 302, e.chemin);
        BOOST_TEST(p.location().rfind("/connexion?suite=", 0) == 0u, e.chemin);
    }

    BOOST_TEST(ligne(id) == avant);
    BOOST_TEST(stagiaires_nommes(nom) == stagiaires_avant);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM etude WHERE stagiaire_id = ?", {std::to_string(id)}) == 1);

    // Tutors (another one too) and the manager may.
    for (const std::string& who : std::vector<std::string>{"tuteur2", "responsable"}) {
        BOOST_TEST_CONTEXT(who) {
            Client c = logged(who);
            for (const auto& chemin : pages) BOOST_TEST(c.get(chemin).status == 200, chemin);
            std::string NOM = nom;
            for (auto& ch : NOM) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            BOOST_TEST(c.get(fiche(id)).contains(NOM));
            Page p = c.submit(fiche(id) + "/etudes", {{"annee", "2012"}, {"diplome", who}});
            BOOST_TEST(p.status == 303);
        }
    }
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM etude WHERE stagiaire_id = ?", {std::to_string(id)}) == 3);
    // The menu offers the records to tutors only.
    BOOST_TEST(logged("tuteur").get("/emploi/sessions").contains("href=\"/emploi/stagiaires\""));
    BOOST_TEST(!logged("formateur").get("/emploi/sessions").contains("href=\"/emploi/stagiaires\""));
}

BOOST_AUTO_TEST_CASE(csrf_manquant_ou_faux) {
    Client c = logged("tuteur");
    const std::string u = lettres();
    const std::string nom = "Jeton " + u;
    long id = creer(c, minimal(nom));
    c.get(fiche(id));
    BOOST_REQUIRE_EQUAL(c.submit(fiche(id) + "/etudes", {{"annee", "2010"}, {"diplome", "CAP"}}).status, 303);
    const std::string eid = sql_value("SELECT id FROM etude WHERE stagiaire_id = ?", {std::to_string(id)});
    const std::string avant = ligne(id);
    const std::string autre_nom = "Sansjeton " + u;

    struct Envoi {
        std::string chemin;
        Fields champs;
    };
    const std::vector<Envoi> envois = {
        {"/emploi/stagiaires/ajouter", minimal(autre_nom)},
        {fiche(id), minimal(nom, "Change")},
        {fiche(id) + "/etudes", {{"annee", "2011"}, {"diplome", "Bac"}}},
        {fiche(id) + "/etudes/" + eid + "/supprimer", {}},
    };
    for (const auto& e : envois) {
        BOOST_TEST_CONTEXT(e.chemin) {
            Page sans_jeton = c.post(e.chemin, e.champs);
            BOOST_TEST(sans_jeton.status == 403);
            Fields faux = e.champs;
            faux.emplace_back("csrf", std::string(64, 'a'));
            BOOST_TEST(c.post(e.chemin, faux).status == 403);
            Fields vide = e.champs;
            vide.emplace_back("csrf", "");
            BOOST_TEST(c.post(e.chemin, vide).status == 403);
        }
    }
    // Another user's token does not do either.
    Client t2 = logged("tuteur2");
    t2.get("/emploi/stagiaires/ajouter");
    Fields vole = minimal(autre_nom);
    vole.emplace_back("csrf", t2.csrf());
    BOOST_TEST(c.post("/emploi/stagiaires/ajouter", vole).status == 403);

    BOOST_TEST(ligne(id) == avant);
    BOOST_TEST(stagiaires_nommes(autre_nom) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM etude WHERE stagiaire_id = ?", {std::to_string(id)}) == 1);
    BOOST_TEST(sql_value("SELECT prenom FROM stagiaire WHERE id = ?", {std::to_string(id)}) == "Paul");
}

BOOST_AUTO_TEST_CASE(saisies_hostiles) {
    Client c = logged("tuteur");
    const std::string u = lettres();
    const std::string nom = "Hostile " + u;

    // Invalid UTF-8 in the name, in the town, in the e-mail: refused, never a 500.
    for (const auto& [champ, valeur] : std::vector<std::pair<std::string, std::string>>{
             {"nom", "Dup\xff" "ont"}, {"nom", "\xc3\x28"}, {"prenom", "Jean\xed\xa0\x80"},
             {"ville", "Lil\xc0\xafle"}, {"email", "a\xff@exemple.fr"}, {"adresse", "\xf8\x88\x80\x80\x80"}}) {
        BOOST_TEST_CONTEXT(champ) {
            Fields f = avec(minimal(nom), champ, valeur);
            Page p = ajouter(c, f);
            BOOST_TEST(p.status == 422);
            BOOST_TEST(p.contains("Texte invalide (encodage)."));
        }
    }
    BOOST_TEST(stagiaires_nommes(nom) == 0);

    long id = creer(c, minimal(nom));
    const std::string avant = ligne(id);
    c.get(fiche(id));
    Page p = c.submit(fiche(id), avec(minimal(nom), "nom", "Dup\xff" "ont"));
    BOOST_TEST(p.status == 422);
    BOOST_TEST(p.contains("Texte invalide"));
    BOOST_TEST(ligne(id) == avant);

    // Markup is stored as text and shown escaped.
    c.get(fiche(id));
    Page x = c.submit(fiche(id), avec(minimal(nom), "adresse", "<script>alert(1)</script> & \"co\""));
    BOOST_TEST(x.status == 303);
    BOOST_TEST(colonne(id, "adresse") == "<script>alert(1)</script> & \"co\"");
    Page f = c.get(fiche(id));
    BOOST_TEST(f.status == 200);
    BOOST_TEST(!f.contains("<script>alert(1)"));
    BOOST_TEST(f.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;"));

    // Too long, NUL bytes, repeated fields, unknown fields, SQL-looking text.
    Page longue = ajouter(c, avec(minimal(nom), "ville", std::string(5000, 'x')));
    BOOST_TEST(longue.status == 422);
    Page nul = ajouter(c, avec(minimal(nom), "nom", std::string("Nul\0Byte", 8)));
    BOOST_TEST((nul.status == 422 || nul.status == 303));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM stagiaire WHERE LOCATE(CHAR(0), nom) > 0") == 0);
    Fields repete = minimal("Repete " + u);
    repete.emplace_back("nom", "Autre " + u);
    repete.emplace_back("inconnu", "x");
    repete.emplace_back("id", "1");
    int s = ajouter(c, repete).status;
    BOOST_TEST((s == 303 || s == 422));
    Page sqli = ajouter(c, minimal("O'Brien " + u, "Robert' OR '1'='1"));
    BOOST_TEST(sqli.status == 422);  // "=" is not allowed in a name
    long obrien = creer(c, minimal("O'Brien " + u, "Seán"));
    BOOST_TEST(colonne(obrien, "nom") == "O'BRIEN " + [&] {
        std::string up = u;
        for (auto& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        return up;
    }());
    BOOST_TEST(colonne(obrien, "prenom") == "Seán");

    // A body that is not a form, and an empty body.
    c.get("/emploi/stagiaires/ajouter");
    Page json = c.raw("POST", "/emploi/stagiaires/ajouter", "application/json", "{\"nom\":\"x\"}");
    BOOST_TEST((json.status == 400 || json.status == 403 || json.status == 415));
    Page vide = c.raw("POST", "/emploi/stagiaires/ajouter", "application/x-www-form-urlencoded", "");
    BOOST_TEST(vide.status == 403);
    Page mal = c.raw("POST", "/emploi/stagiaires/ajouter", "application/x-www-form-urlencoded",
                     "csrf=" + c.csrf() + "&nom=%ZZ&prenom=%&civilite=M.");
    BOOST_TEST(mal.status != 500);
    BOOST_TEST(mal.status < 500);
}

BOOST_AUTO_TEST_CASE(noms_longs_ou_non_latins) {
    Client c = logged("tuteur");
    const std::string u = lettres();
    // 100 characters each (the maximum): the login stays within the column (64).
    std::string nom = u + std::string(100 - u.size(), 'n');
    std::string prenom = std::string(100, 'p');
    long a = creer(c, {{"civilite", "M."}, {"nom", nom}, {"prenom", prenom}, {"date_naissance", "01/01/1990"}});
    long b = creer(c, {{"civilite", "M."}, {"nom", nom}, {"prenom", prenom}, {"date_naissance", "02/01/1990"}});
    const std::string la = sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {std::to_string(a)});
    const std::string lb = sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {std::to_string(b)});
    BOOST_TEST(!la.empty());
    BOOST_TEST(la.size() <= 64u);
    BOOST_TEST(lb.size() <= 64u);
    BOOST_TEST(la != lb);
    BOOST_TEST(la.rfind("ppp", 0) == 0u);
    BOOST_TEST(std::regex_match(la, std::regex("[a-z0-9.-]+")));
    // 101 characters: refused.
    Page p = ajouter(c, {{"civilite", "M."}, {"nom", nom + "x"}, {"prenom", "Paul"}});
    BOOST_TEST(p.status == 422);
    BOOST_TEST(p.contains("Trop long"));

    // Names without Latin letters: stored as typed, an ASCII login all the same.
    const std::string grec = "Παπαδόπουλος";
    long g = creer(c, {{"civilite", "M."}, {"nom", grec + " " + u}, {"prenom", "Γιώργος"}});
    BOOST_TEST(colonne(g, "prenom") == "Γιώργος");
    const std::string lg = sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {std::to_string(g)});
    BOOST_TEST(std::regex_match(lg, std::regex("[a-z0-9][a-z0-9.-]*")));
    long ar = creer(c, {{"civilite", "Mme"}, {"nom", "حداد " + u}, {"prenom", "فاطمة"}});
    const std::string lar = sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {std::to_string(ar)});
    BOOST_TEST(std::regex_match(lar, std::regex("[a-z0-9][a-z0-9.-]*")));
    BOOST_TEST(lar.size() <= 64u);
}

// NOM in capitals, UTF-8 aware: French letters outside Latin-1 (œ, ÿ) and other scripts too.
BOOST_AUTO_TEST_CASE(capitales_utf8) {
    Client c = logged("tuteur");
    const std::string u = lettres();
    std::string U = u;
    for (auto& ch : U) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    const std::vector<std::pair<std::string, std::string>> cas = {
        {"lefèvre-çà", "LEFÈVRE-ÇÀ"},
        {"cœurderoi", "CŒURDEROI"},
        {"l'haÿ", "L'HAŸ"},
        {"lætitia", "LÆTITIA"},
        {"muñoz", "MUÑOZ"},
        {"papadópoulos", "PAPADÓPOULOS"},
        {"παπαδόπουλος", "ΠΑΠΑΔΌΠΟΥΛΟΣ"},
    };
    for (const auto& [saisi, attendu] : cas) {
        BOOST_TEST_CONTEXT(saisi) {
            long id = creer(c, {{"civilite", "M."}, {"nom", saisi + " " + u}, {"prenom", "Paul"}});
            BOOST_TEST(colonne(id, "CAST(nom AS BINARY)") == attendu + " " + U);
        }
    }
    // Prénoms: capital per word and hyphen, the rest lower case.
    const std::vector<std::pair<std::string, std::string>> prenoms = {
        {"ŒDIPE", "Œdipe"}, {"ÉMILE-ÆLIS", "Émile-Ælis"}, {"jean  pierre", "Jean Pierre"}, {"MARIE-ÈVE", "Marie-Ève"},
    };
    for (const auto& [saisi, attendu] : prenoms) {
        BOOST_TEST_CONTEXT(saisi) {
            long id = creer(c, {{"civilite", "Mme"}, {"nom", "Prenoms " + u}, {"prenom", saisi}});
            BOOST_TEST(colonne(id, "CAST(prenom AS BINARY)") == attendu);
        }
    }
}

// A tutor's record form read before the trainee changed their phone on /espace:
// saving it used to put the old phone back silently. It is answered with the form,
// the tutor's values in the fields and the saved ones beside them (409), and
// nothing is written; saving that page again is then a knowing choice. The same
// for the trainee's own form when a tutor saved in between.
BOOST_AUTO_TEST_CASE(une_modification_concurrente_n_est_jamais_ecrasee_en_silence) {
    Client tut = logged("tuteur");
    const std::string nom = "Version " + lettres();
    const long id = creer_stagiaire(tut, {{"civilite", "Mme"}, {"nom", nom}, {"prenom", "Vera"},
                                          {"tel_portable", "06 11 11 11 11"}, {"ville", "Lille"}});
    Client st = connecter_stagiaire(tut, id);
    const auto version_de = [](const Page& p) { return between(p.body, "name=\"version\" value=\"", "\""); };
    auto fiche_du_tuteur = [&](const std::string& version, const std::string& ville) {
        return Fields{{"civilite", "Mme"}, {"nom", nom}, {"prenom", "Vera"}, {"tel_portable", "06 11 11 11 11"},
                      {"ville", ville}, {"version", version}};
    };
    // The trainee's own form holds their identity too (issue 12).
    auto espace = [&](const std::string& version, const std::string& tel, const std::string& ville) {
        return Fields{{"civilite", "Mme"}, {"nom", nom},         {"prenom", "Vera"},
                      {"tel_portable", tel}, {"ville", ville}, {"version", version}};
    };

    Page lue = tut.get(fiche(id));  // the tutor opens the record...
    const std::string version_lue = version_de(lue);
    BOOST_REQUIRE(!version_lue.empty());
    Page e = st.get("/espace");  // ...and the trainee changes their phone meanwhile
    BOOST_REQUIRE_EQUAL(st.submit("/espace/donnees", espace(version_de(e), "07 22 22 22 22", "Lille")).status, 303);

    Page p = tut.submit(fiche(id), fiche_du_tuteur(version_lue, "Roubaix"));
    BOOST_TEST(p.status == 409);
    BOOST_TEST(p.contains("Cette fiche a été enregistrée par Vera " + majuscules(nom) + " le "), p.body.substr(0, 4000));
    BOOST_TEST(p.contains("pendant que vous la modifiiez : rien n&#39;a été enregistré."));
    BOOST_TEST(p.contains("Enregistré entre-temps : « 07 22 22 22 22 »."));   // theirs, beside the field
    BOOST_TEST(p.contains("value=\"06 11 11 11 11\""));                       // yours, in the field
    BOOST_TEST(p.contains("value=\"Roubaix\""));
    BOOST_TEST(p.contains("aria-describedby=\"tel_portable-erreur\""));
    BOOST_TEST(colonne(id, "tel_portable") == "07 22 22 22 22");                // nothing written
    BOOST_TEST(colonne(id, "ville") == "Lille");

    // The refused page carries the saved version: saving it again keeps the tutor's values.
    const std::string nouvelle = version_de(p);
    BOOST_TEST(nouvelle != version_lue);
    BOOST_TEST(nouvelle == colonne(id, "version"));
    BOOST_TEST(tut.submit(fiche(id), fiche_du_tuteur(nouvelle, "Roubaix")).status == 303);
    BOOST_TEST(colonne(id, "ville") == "Roubaix");
    BOOST_TEST(colonne(id, "tel_portable") == "06 11 11 11 11");

    // The other way round: the trainee's page read before that save.
    Page trop_vieille = st.submit("/espace/donnees", espace(version_de(e), "07 33 33 33 33", "Lille"));
    BOOST_TEST(trop_vieille.status == 409);
    BOOST_TEST(trop_vieille.contains("Enregistré entre-temps : « Roubaix »."));
    BOOST_TEST(colonne(id, "tel_portable") == "06 11 11 11 11");
    // Typing what is saved already is no conflict: nothing to write.
    BOOST_TEST(st.submit("/espace/donnees", espace(version_de(e), "06 11 11 11 11", "Roubaix")).status == 303);
}
