// Step 9: "validation des présences": per workshop, each enrolled trainee gets a
// status and an optional comment; a grid of the whole session with attendance rates;
// nothing half-saved on bad input; only the tutor and the manager may validate.
#define BOOST_TEST_MODULE presences
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <chrono>
#include <ctime>
#include <string>
#include <unistd.h>
#include <vector>

using namespace ope::test;

namespace {

std::string validation(long id) { return session(id) + "/validation"; }

// Today + `jours` days, "YYYY-MM-DD" (local time, as the site).
std::string jour(int jours) {
    std::time_t t = std::time(nullptr) + static_cast<std::time_t>(jours) * 86400;
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[11];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

// A session of the test named "Présences <letters>".
long creer_session(Client& resp, const std::string& mois = "2032-03") {
    return ope::test::creer_session(resp, mois, "Présences " + lettres());
}

struct Ligne {
    std::string statut, commentaire, valide_par, valide_le;
};

Ligne presence(long atelier, long stagiaire) {
    const std::vector<std::string> p{str(atelier), str(stagiaire)};
    return {sql_value("SELECT statut FROM presence WHERE atelier_id = ? AND stagiaire_id = ?", p),
            sql_value("SELECT commentaire FROM presence WHERE atelier_id = ? AND stagiaire_id = ?", p),
            sql_value("SELECT IFNULL(valide_par, 'NULL') FROM presence WHERE atelier_id = ? AND stagiaire_id = ?", p),
            sql_value("SELECT IFNULL(valide_le, 'NULL') FROM presence WHERE atelier_id = ? AND stagiaire_id = ?", p)};
}

// Rows of the session ever validated.
long validees(long s) {
    return sql_count("SELECT COUNT(*) FROM presence p JOIN atelier a ON a.id = p.atelier_id"
                     " WHERE a.session_id = ? AND (p.valide_le IS NOT NULL OR p.valide_par IS NOT NULL"
                     " OR p.statut <> 'non_renseigne' OR p.commentaire <> '')",
                     {str(s)});
}

long journal_presences(long s) {
    return sql_count("SELECT COUNT(*) FROM journal WHERE action = 'presence' AND objet = 'session' AND objet_id = ?",
                     {str(s)});
}

std::string champ_statut(long atelier, long stagiaire) { return "statut_" + str(atelier) + "_" + str(stagiaire); }
std::string champ_commentaire(long atelier, long stagiaire) {
    return "commentaire_" + str(atelier) + "_" + str(stagiaire);
}

std::string radio(long atelier, long stagiaire, const std::string& valeur) {
    return "<input type=\"radio\" name=\"" + champ_statut(atelier, stagiaire) + "\" value=\"" + valeur + "\"";
}

std::string option_choisie(long atelier) { return "<option value=\"" + str(atelier) + "\" selected>"; }

// The row of the overview grid for one trainee (from its first cell to the end of the row).
std::string ligne_grille(const std::string& html, const std::string& nom_complet) {
    return between(html, "<tr><th scope=\"row\">" + nom_complet + "</th>", "</tr>");
}

// A session with two past workshops, two enrolled trainees A and B.
struct Monde {
    long s = 0, w1 = 0, w2 = 0, a = 0, b = 0;
    std::string nom_a, nom_b;  // as shown: "NOM Prénom"
};

Monde monde(Client& resp, Client& tut) {
    Monde m;
    m.s = creer_session(resp);
    m.w1 = ajouter_atelier(resp, m.s, jour(-20), "Découverte " + lettres(), "1");
    m.w2 = ajouter_atelier(resp, m.s, jour(-10), "Entretien " + lettres(), "2");
    const std::string ua = lettres(), ub = lettres();
    m.a = creer_stagiaire(tut, "Presa " + ua, "Anne");
    m.b = creer_stagiaire(tut, "Presb " + ub, "Bruno");
    m.nom_a = "PRESA " + majuscules(ua) + " Anne";
    m.nom_b = "PRESB " + majuscules(ub) + " Bruno";
    inscrire(tut, m.s, m.a);
    inscrire(tut, m.s, m.b);
    return m;
}

std::string id_tuteur() { return sql_value("SELECT id FROM utilisateur WHERE login = 'tuteur'"); }

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(formulaire_un_bouton_radio_par_statut_et_par_stagiaire) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);

    Page p = tut.get(validation(m.s));
    BOOST_TEST(p.status == 200);
    BOOST_TEST(p.contains("Validation des présences"));
    BOOST_TEST(p.contains("session n° " + str(m.s)));
    BOOST_TEST(p.contains("mars 2032"));
    // Default workshop: the most recent past one with rows never validated (w2).
    BOOST_TEST(p.contains(option_choisie(m.w2)));
    BOOST_TEST(!p.contains(option_choisie(m.w1)));
    BOOST_TEST(p.contains("Cycle 2 : Approfondissement"));
    for (long st : {m.a, m.b}) {
        for (const char* v : {"present", "absent", "excuse", "non_renseigne"})
            BOOST_TEST(p.contains(radio(m.w2, st, v)), "radio " << v << " for " << st);
        // Nothing entered yet: "non renseigné" is the ticked one.
        BOOST_TEST(p.contains(radio(m.w2, st, "non_renseigne") + " checked>"));
        BOOST_TEST(!p.contains(radio(m.w2, st, "present") + " checked>"));
        BOOST_TEST(p.contains("name=\"" + champ_commentaire(m.w2, st) + "\""));
        // Only the shown workshop's fields are in the form.
        BOOST_TEST(!p.contains(radio(m.w1, st, "present")));
    }
    BOOST_TEST(p.contains(m.nom_a));
    BOOST_TEST(p.contains(m.nom_b));
    BOOST_TEST(p.contains("absent excusé"));
    BOOST_TEST(p.contains("name=\"csrf\""));

    // ?atelier= picks the other workshop.
    Page q = tut.get(validation(m.s) + "?atelier=" + str(m.w1));
    BOOST_TEST(q.status == 200);
    BOOST_TEST(q.contains(option_choisie(m.w1)));
    BOOST_TEST(q.contains(radio(m.w1, m.a, "present")));
    BOOST_TEST(q.contains("Cycle 1 : Formation"));
    BOOST_TEST(!q.contains(radio(m.w2, m.a, "present")));

    // The manager may validate as well.
    BOOST_TEST(resp.get(validation(m.s)).status == 200);
    // Nothing was written by reading.
    BOOST_TEST(validees(m.s) == 0);
}

BOOST_AUTO_TEST_CASE(enregistrement_present_absent_avec_commentaire) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    const long journal_avant = journal_presences(m.s);

    BOOST_REQUIRE_EQUAL(tut.get(validation(m.s) + "?atelier=" + str(m.w1)).status, 200);
    Page p = tut.submit(validation(m.s), {{champ_statut(m.w1, m.a), "present"},
                                          {champ_commentaire(m.w1, m.a), "Très bonne participation"},
                                          {champ_statut(m.w1, m.b), "absent"},
                                          {champ_commentaire(m.w1, m.b), ""}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == validation(m.s) + "?atelier=" + str(m.w1));

    Ligne la = presence(m.w1, m.a), lb = presence(m.w1, m.b);
    BOOST_TEST(la.statut == "present");
    BOOST_TEST(la.commentaire == "Très bonne participation");
    BOOST_TEST(la.valide_par == id_tuteur());
    BOOST_TEST(la.valide_le != "NULL");
    BOOST_TEST(lb.statut == "absent");
    BOOST_TEST(lb.commentaire == "");
    BOOST_TEST(lb.valide_par == id_tuteur());
    BOOST_TEST(lb.valide_le != "NULL");
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence WHERE atelier_id = ? AND valide_le > NOW() - INTERVAL 1 HOUR",
                         {str(m.w1)}) == 2);
    // The other workshop is untouched.
    BOOST_TEST(presence(m.w2, m.a).statut == "non_renseigne");
    BOOST_TEST(presence(m.w2, m.a).valide_le == "NULL");
    BOOST_TEST(presence(m.w2, m.b).valide_par == "NULL");

    // Journal: one row per changed line, by the tutor, with old and new values.
    BOOST_TEST(journal_presences(m.s) == journal_avant + 2);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'presence' AND objet = 'session' AND objet_id = ?"
                         " AND utilisateur_id = ? AND detail LIKE ?",
                         {str(m.s), id_tuteur(), "%stagiaire " + str(m.a) + "%présent%Très bonne participation%"}) == 1);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'presence' AND objet = 'session' AND objet_id = ?"
                         " AND detail LIKE ?",
                         {str(m.s), "%atelier " + str(m.w1) + ", stagiaire " + str(m.b) + "%non renseigné%absent%"}) == 1);

    // The page the redirect leads to.
    Page r = tut.get(p.location());
    BOOST_TEST(r.status == 200);
    BOOST_TEST(r.contains("Présences enregistrées"));
    BOOST_TEST(r.contains(option_choisie(m.w1)));
    BOOST_TEST(r.contains(radio(m.w1, m.a, "present") + " checked>"));
    BOOST_TEST(r.contains(radio(m.w1, m.b, "absent") + " checked>"));
    BOOST_TEST(r.contains("value=\"Très bonne participation\""));
    BOOST_TEST(r.contains("validé par"));
    // The grid: letters and rates per trainee, and per workshop.
    std::string ga = ligne_grille(r.body, m.nom_a), gb = ligne_grille(r.body, m.nom_b);
    BOOST_TEST(ga.find(">P</td>") != std::string::npos, ga);
    BOOST_TEST(ga.find("100 %") != std::string::npos, ga);
    BOOST_TEST(gb.find(">A</td>") != std::string::npos, gb);
    BOOST_TEST(gb.find("0 %") != std::string::npos, gb);
    BOOST_TEST(gb.find("100 %") == std::string::npos, gb);
    std::string pied = between(r.body, "Taux par atelier</th>", "</tr>");
    BOOST_TEST(pied.find("50 %") != std::string::npos, pied);

    // Said once: not on the next visit.
    BOOST_TEST(!tut.get(validation(m.s) + "?atelier=" + str(m.w1)).contains("Présences enregistrées"));

    // Posting the same values again journals nothing new; a change journals old -> new.
    tut.get(validation(m.s) + "?atelier=" + str(m.w1));
    Page again = tut.submit(validation(m.s), {{champ_statut(m.w1, m.a), "present"},
                                              {champ_commentaire(m.w1, m.a), "Très bonne participation"},
                                              {champ_statut(m.w1, m.b), "excuse"}});
    BOOST_TEST(again.status == 303);
    BOOST_TEST(presence(m.w1, m.b).statut == "excuse");
    BOOST_TEST(journal_presences(m.s) == journal_avant + 3);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE action = 'presence' AND objet_id = ? AND detail LIKE ?",
                         {str(m.s), "%stagiaire " + str(m.b) + "%« absent » → « absent excusé »%"}) == 1);
    Page r2 = tut.get(again.location());
    BOOST_TEST(ligne_grille(r2.body, m.nom_b).find(">E</td>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(statut_inconnu_rien_enregistre) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    const long journal_avant = journal_presences(m.s);

    BOOST_REQUIRE_EQUAL(tut.get(validation(m.s) + "?atelier=" + str(m.w1)).status, 200);
    Page p = tut.submit(validation(m.s), {{champ_statut(m.w1, m.a), "present"},
                                          {champ_commentaire(m.w1, m.a), "Bien"},
                                          {champ_statut(m.w1, m.b), "bidon"}});
    BOOST_TEST(p.status == 422);
    BOOST_TEST(p.contains("Rien n'a été enregistré"));
    BOOST_TEST(p.contains("Statut de présence inconnu"));
    // The form is kept as typed for the valid part.
    BOOST_TEST(p.contains(radio(m.w1, m.a, "present") + " checked>"));
    BOOST_TEST(p.contains("value=\"Bien\""));
    // Nothing saved, not even the valid field of the other trainee.
    BOOST_TEST(validees(m.s) == 0);
    BOOST_TEST(presence(m.w1, m.a).statut == "non_renseigne");
    BOOST_TEST(presence(m.w1, m.a).commentaire == "");
    BOOST_TEST(presence(m.w1, m.b).statut == "non_renseigne");
    BOOST_TEST(journal_presences(m.s) == journal_avant);

    // The other order (bad value first), an empty value and an upper-case one: refused too.
    for (const std::string mauvais : {"", "PRESENT", "présent", "present ", "1"}) {
        tut.get(validation(m.s));
        Page q = tut.submit(validation(m.s), {{champ_statut(m.w1, m.b), mauvais}, {champ_statut(m.w1, m.a), "absent"}});
        BOOST_TEST(q.status == 422, "statut '" << mauvais << "'");
        BOOST_TEST(validees(m.s) == 0);
    }
    // A comment longer than 1000 characters: refused, nothing saved.
    tut.get(validation(m.s));
    Page longc = tut.submit(validation(m.s), {{champ_statut(m.w1, m.a), "present"},
                                              {champ_commentaire(m.w1, m.b), std::string(1001, 'x')}});
    BOOST_TEST(longc.status == 422);
    BOOST_TEST(validees(m.s) == 0);
    // An empty POST (only the token): refused with a message.
    tut.get(validation(m.s));
    Page vide = tut.submit(validation(m.s), {});
    BOOST_TEST(vide.status == 422);
    BOOST_TEST(vide.contains("Aucune présence à enregistrer"));
    BOOST_TEST(validees(m.s) == 0);
    BOOST_TEST(journal_presences(m.s) == journal_avant);
}

BOOST_AUTO_TEST_CASE(atelier_ou_stagiaire_hors_session_rien_enregistre) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    Monde autre = monde(resp, tut);  // another session with its own workshops and trainees
    long non_inscrit = creer_stagiaire(tut, "Horsession " + lettres());
    const long journal_avant = journal_presences(m.s);

    struct Cas {
        std::string quoi, champ;
    };
    const std::vector<Cas> cas = {
        {"workshop of another session, own trainee", champ_statut(autre.w1, m.a)},
        {"trainee of another session", champ_statut(m.w1, autre.a)},
        {"trainee enrolled nowhere", champ_statut(m.w1, non_inscrit)},
        {"unknown workshop", champ_statut(999999999, m.a)},
        {"unknown trainee", champ_statut(m.w1, 999999999)},
        {"comment for a trainee of another session", champ_commentaire(m.w1, autre.b)},
        {"comment on a workshop of another session", champ_commentaire(autre.w2, m.b)},
        {"malformed key", "statut_" + str(m.w1) + "_x"},
        {"key without trainee", "statut_" + str(m.w1)},
        {"zero ids", "statut_0_0"},
        {"negative id", "statut_-" + str(m.w1) + "_" + str(m.a)},
        {"huge id", "statut_99999999999999999999999_" + str(m.a)},
        {"extra part", champ_statut(m.w1, m.a) + "_1"},
        {"unknown field", "autre_chose"},
    };
    for (const auto& c : cas) {
        BOOST_REQUIRE_EQUAL(tut.get(validation(m.s)).status, 200);
        Page p = tut.submit(validation(m.s), {{champ_statut(m.w1, m.b), "present"},
                                              {champ_commentaire(m.w1, m.b), "Valide"},
                                              {c.champ, "absent"}});
        BOOST_TEST(p.status == 422, c.quoi << ": " << p.status);
        BOOST_TEST(p.status != 500);
        BOOST_TEST(p.contains("Rien n'a été enregistré"), c.quoi);
        BOOST_TEST(validees(m.s) == 0, c.quoi);
        BOOST_TEST(validees(autre.s) == 0, c.quoi);
    }
    BOOST_TEST(presence(m.w1, m.b).statut == "non_renseigne");
    BOOST_TEST(presence(autre.w1, m.a).statut == "");  // no such row was created
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence WHERE stagiaire_id = ?", {str(non_inscrit)}) == 0);
    BOOST_TEST(journal_presences(m.s) == journal_avant);

    // The rows of the other session cannot be reached through this session's URL: its own
    // fields posted to this session are refused, and its rows stay as they were.
    tut.get(validation(m.s));
    Page p = tut.submit(validation(m.s), {{champ_statut(autre.w1, autre.a), "present"}});
    BOOST_TEST(p.status == 422);
    BOOST_TEST(presence(autre.w1, autre.a).statut == "non_renseigne");
    BOOST_TEST(presence(autre.w1, autre.a).valide_le == "NULL");
}

BOOST_AUTO_TEST_CASE(parametre_atelier_inconnu_404) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    Monde autre = monde(resp, tut);

    BOOST_TEST(tut.get(validation(m.s) + "?atelier=" + str(autre.w1)).status == 404);
    BOOST_TEST(tut.get(validation(m.s) + "?atelier=abc").status == 404);
    BOOST_TEST(tut.get(validation(m.s) + "?atelier=0").status == 404);
    BOOST_TEST(tut.get(validation(m.s) + "?atelier=-1").status == 404);
    BOOST_TEST(tut.get(validation(m.s) + "?atelier=999999999").status == 404);
    BOOST_TEST(tut.get(validation(m.s) + "?atelier=" + str(m.w1) + "x").status == 404);
    // An unknown session.
    BOOST_TEST(tut.get(validation(999999999)).status == 404);
    tut.get(validation(m.s));
    BOOST_TEST(tut.submit(validation(999999999), {{champ_statut(m.w1, m.a), "present"}}).status == 404);
    BOOST_TEST(validees(m.s) == 0);
    // The real ones still answer.
    BOOST_TEST(tut.get(validation(m.s) + "?atelier=" + str(m.w1)).status == 200);
}

BOOST_AUTO_TEST_CASE(session_sans_atelier_ou_sans_stagiaire) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");

    long sans_atelier = creer_session(resp);
    Page p = tut.get(validation(sans_atelier));
    BOOST_TEST(p.status == 200);
    BOOST_TEST(p.contains("Cette session n&#39;a encore aucun atelier."));
    BOOST_TEST(!p.contains("type=\"radio\""));

    long sans_stagiaire = creer_session(resp);
    long w = ajouter_atelier(resp, sans_stagiaire, jour(-3), "Seul " + lettres());
    Page q = tut.get(validation(sans_stagiaire));
    BOOST_TEST(q.status == 200);
    BOOST_TEST(q.contains("Aucun stagiaire n&#39;est inscrit à cette session."));
    BOOST_TEST(!q.contains("type=\"radio\""));

    // Posting to them: refused, never a 500.
    tut.get(validation(sans_stagiaire));
    Page r = tut.submit(validation(sans_stagiaire), {{champ_statut(w, 999999999), "present"}});
    BOOST_TEST(r.status == 422);
    tut.get(validation(sans_atelier));
    Page e = tut.submit(validation(sans_atelier), {});
    BOOST_TEST(e.status == 422);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM presence WHERE atelier_id = ?", {str(w)}) == 0);
}

BOOST_AUTO_TEST_CASE(droits_et_jeton) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    const Fields champs = {{champ_statut(m.w1, m.a), "present"}, {champ_commentaire(m.w1, m.a), "Intrus"}};

    // The trainer (even of the demo session 1, theirs) and a trainee: 403, nothing saved.
    Client form = logged("formateur");
    BOOST_TEST(form.get(validation(m.s)).status == 403);
    BOOST_TEST(form.get(validation(1)).status == 403);
    form.get("/emploi/sessions");
    BOOST_TEST(!form.csrf().empty());
    BOOST_TEST(form.submit(validation(m.s), champs).status == 403);
    BOOST_TEST(validees(m.s) == 0);

    Client st = connecter_stagiaire(tut, m.a);
    BOOST_TEST(st.get(validation(m.s)).status == 403);
    st.get("/espace");
    BOOST_TEST(!st.csrf().empty());
    BOOST_TEST(st.submit(validation(m.s), champs).status == 403);
    BOOST_TEST(validees(m.s) == 0);

    // Anonymous: to the login form, nothing saved.
    Client anon;
    Page g = anon.get(validation(m.s));
    BOOST_TEST(g.status == 302);
    BOOST_TEST(g.location().rfind("/connexion?suite=", 0) == 0, g.location());
    BOOST_TEST(g.location().find("validation") != std::string::npos, g.location());
    anon.get("/connexion");
    Page a = anon.submit(validation(m.s), champs);
    BOOST_TEST(a.status == 302);
    BOOST_TEST(a.location().rfind("/connexion", 0) == 0);
    BOOST_TEST(validees(m.s) == 0);

    // The tutor without the token, or with a wrong one: 403, nothing saved.
    tut.get(validation(m.s));
    BOOST_TEST(tut.post(validation(m.s), champs).status == 403);
    Fields faux = champs;
    faux.emplace_back("csrf", std::string(64, 'a'));
    BOOST_TEST(tut.post(validation(m.s), faux).status == 403);
    Fields vide = champs;
    vide.emplace_back("csrf", "");
    BOOST_TEST(tut.post(validation(m.s), vide).status == 403);
    // Another user's token does not do either.
    Fields autre = champs;
    autre.emplace_back("csrf", resp.csrf());
    BOOST_TEST(tut.post(validation(m.s), autre).status == 403);
    BOOST_TEST(validees(m.s) == 0);
    BOOST_TEST(presence(m.w1, m.a).commentaire == "");

    // And with the token it works (the refusals were about the token).
    tut.get(validation(m.s));
    BOOST_TEST(tut.submit(validation(m.s), champs).status == 303);
    BOOST_TEST(presence(m.w1, m.a).statut == "present");
}

BOOST_AUTO_TEST_CASE(atelier_propose_par_defaut) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    long s = creer_session(resp);
    // Created out of date order on purpose.
    long futur = ajouter_atelier(resp, s, jour(15), "Futur " + lettres(), "2");
    long ancien = ajouter_atelier(resp, s, jour(-30), "Ancien " + lettres());
    long recent = ajouter_atelier(resp, s, jour(-5), "Recent " + lettres());
    long a = creer_stagiaire(tut, "Defaut " + lettres());
    inscrire(tut, s, a);

    auto choisi = [&](long attendu, const std::string& quand) {
        Page p = tut.get(validation(s));
        BOOST_TEST(p.status == 200);
        BOOST_TEST(p.contains(option_choisie(attendu)), quand);
        for (long w : {futur, ancien, recent})
            if (w != attendu) BOOST_TEST(!p.contains(option_choisie(w)), quand << ": " << w << " selected too");
        BOOST_TEST(p.contains(radio(attendu, a, "present")), quand);
    };
    auto valider = [&](long w, const std::string& statut) {
        tut.get(validation(s));
        BOOST_REQUIRE_EQUAL(tut.submit(validation(s), {{champ_statut(w, a), statut}}).status, 303);
    };

    // The most recent workshop up to today with rows never validated; not the future one.
    choisi(recent, "all to validate");
    // Once validated, the older one.
    valider(recent, "present");
    choisi(ancien, "recent validated");
    // A row posted as it is ("non renseigné" left so) is not written nor stamped: not validated.
    valider(ancien, "non_renseigne");
    choisi(ancien, "posted unchanged");
    valider(ancien, "excuse");
    // Nothing left up to today: the first one with rows to validate, the future one.
    choisi(futur, "past validated");
    // Everything validated: the last one.
    valider(futur, "absent");
    choisi(futur, "all validated");

    // A trainee enrolled later has rows never validated in every workshop: back to the recent one.
    long b = creer_stagiaire(tut, "Tardif " + lettres());
    inscrire(tut, s, b);
    Page p = tut.get(validation(s));
    BOOST_TEST(p.contains(option_choisie(recent)));
}

BOOST_AUTO_TEST_CASE(taux_ignorent_les_non_renseignes) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    long w3 = ajouter_atelier(resp, m.s, jour(-1), "Bilan " + lettres());

    // A: present, absent, excused -> 1 of 3 = 33 %; B: present, nothing, present -> 100 %.
    auto poster = [&](long w, const Fields& f) {
        tut.get(validation(m.s) + "?atelier=" + str(w));
        BOOST_REQUIRE_EQUAL(tut.submit(validation(m.s), f).status, 303);
    };
    poster(m.w1, {{champ_statut(m.w1, m.a), "present"}, {champ_statut(m.w1, m.b), "present"}});
    poster(m.w2, {{champ_statut(m.w2, m.a), "absent"}, {champ_statut(m.w2, m.b), "non_renseigne"}});
    poster(w3, {{champ_statut(w3, m.a), "excuse"}, {champ_statut(w3, m.b), "present"}});

    Page p = tut.get(validation(m.s));
    BOOST_TEST(p.status == 200);
    std::string ga = ligne_grille(p.body, m.nom_a), gb = ligne_grille(p.body, m.nom_b);
    BOOST_TEST(ga.find("33 %") != std::string::npos, ga);
    BOOST_TEST(gb.find("100 %") != std::string::npos, gb);
    BOOST_TEST(gb.find(">·</td>") != std::string::npos, gb);
    // Per workshop: w1 100 %, w2 0 % (one entered, absent), w3 50 %.
    std::string pied = between(p.body, "Taux par atelier</th>", "</tr>");
    auto p100 = pied.find("100 %"), p0 = pied.find(">0 %"), p50 = pied.find("50 %");
    BOOST_TEST(p100 != std::string::npos, pied);
    BOOST_TEST(p0 != std::string::npos, pied);
    BOOST_TEST(p50 != std::string::npos, pied);
    BOOST_TEST((p100 < p0 && p0 < p50), pied);

    // A comment alone keeps the status already entered.
    tut.get(validation(m.s) + "?atelier=" + str(m.w1));
    BOOST_REQUIRE_EQUAL(tut.submit(validation(m.s), {{champ_commentaire(m.w1, m.a), "Ponctuelle"}}).status, 303);
    BOOST_TEST(presence(m.w1, m.a).statut == "present");
    BOOST_TEST(presence(m.w1, m.a).commentaire == "Ponctuelle");
}

BOOST_AUTO_TEST_CASE(commentaire_echappe_et_garde_tel_quel) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    const std::string texte = "Bien \"noté\" <b>x</b> & 'ok'";

    tut.get(validation(m.s) + "?atelier=" + str(m.w1));
    Page p = tut.submit(validation(m.s), {{champ_statut(m.w1, m.a), "present"}, {champ_commentaire(m.w1, m.a), texte}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(presence(m.w1, m.a).commentaire == texte);
    Page r = tut.get(p.location());
    BOOST_TEST(r.status == 200);
    BOOST_TEST(!r.contains("<b>x</b>"));
    BOOST_TEST(r.contains("&lt;b&gt;x&lt;/b&gt;"));
    BOOST_TEST(!r.contains("\"noté\""));

    // Invalid UTF-8 in a comment: refused with a message, nothing saved, never a 500.
    tut.get(validation(m.s) + "?atelier=" + str(m.w1));
    Page q = tut.submit(validation(m.s), {{champ_statut(m.w1, m.b), "present"}, {champ_commentaire(m.w1, m.b), "caf\xC3"}});
    BOOST_TEST(q.status == 422);
    BOOST_TEST(presence(m.w1, m.b).statut == "non_renseigne");
}

namespace {

std::string version_lue(const Page& p, long atelier, long stagiaire) {
    return between(p.body, "name=\"version_" + str(atelier) + "_" + str(stagiaire) + "\" value=\"", "\"");
}

// The whole workshop's form as a browser posts it: every row, with its version.
Fields formulaire(const Page& lue, long atelier, const std::vector<std::pair<long, std::string>>& statuts) {
    Fields f;
    for (const auto& [stagiaire, statut] : statuts) {
        f.emplace_back(champ_statut(atelier, stagiaire), statut);
        f.emplace_back(champ_commentaire(atelier, stagiaire), "");
        f.emplace_back("version_" + str(atelier) + "_" + str(stagiaire), version_lue(lue, atelier, stagiaire));
    }
    return f;
}

}  // namespace

// Two people validate the same workshop from pages read at the same time: the
// second no longer reverts the first one's rows, only changed rows are written and
// stamped, and a row both changed is answered with both values (409), not overwritten.
BOOST_AUTO_TEST_CASE(deux_tuteurs_sur_le_meme_atelier_rien_de_perdu) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    const std::string page_atelier = validation(m.s) + "?atelier=" + str(m.w1);
    Page lue_tuteur = tut.get(page_atelier);
    Page lue_responsable = resp.get(page_atelier);
    BOOST_REQUIRE_EQUAL(version_lue(lue_tuteur, m.w1, m.a).size(), 16u);
    const long journal_avant = journal_presences(m.s);

    // The tutor marks A present; B, posted as it was read, is neither written nor stamped.
    BOOST_TEST(tut.submit(validation(m.s), formulaire(lue_tuteur, m.w1, {{m.a, "present"}, {m.b, "non_renseigne"}})).status == 303);
    BOOST_TEST(presence(m.w1, m.a).statut == "present");
    BOOST_TEST(presence(m.w1, m.b).valide_le == "NULL");
    BOOST_TEST(presence(m.w1, m.b).valide_par == "NULL");
    BOOST_TEST(journal_presences(m.s) == journal_avant + 1);

    // The manager, from the page read before, marks B absent and posts A as read:
    // A keeps the tutor's "present".
    BOOST_TEST(resp.submit(validation(m.s), formulaire(lue_responsable, m.w1, {{m.a, "non_renseigne"}, {m.b, "absent"}})).status == 303);
    BOOST_TEST(presence(m.w1, m.a).statut == "present");
    BOOST_TEST(presence(m.w1, m.a).valide_par == id_tuteur());
    BOOST_TEST(presence(m.w1, m.b).statut == "absent");
    BOOST_TEST(journal_presences(m.s) == journal_avant + 2);

    // From that same old page, the manager now changes A too: both changed it.
    resp.get(page_atelier);  // a fresh CSRF token; the form is still the old page's
    Page conflit = resp.submit(validation(m.s), formulaire(lue_responsable, m.w1, {{m.a, "excuse"}, {m.b, "absent"}}));
    BOOST_TEST(conflit.status == 409);
    BOOST_TEST(conflit.contains("Rien n'a été enregistré"));
    BOOST_TEST(conflit.contains("ont aussi été par quelqu&#39;un d&#39;autre"));
    BOOST_TEST(conflit.contains("Enregistré entre-temps par Antoine LEFÈVRE le "), conflit.body.substr(0, 3000));
    BOOST_TEST(conflit.contains(": présent."));
    BOOST_TEST(conflit.contains(radio(m.w1, m.a, "excuse") + " checked>"));  // what the manager typed
    BOOST_TEST(presence(m.w1, m.a).statut == "present");                     // nothing written
    BOOST_TEST(journal_presences(m.s) == journal_avant + 2);
    // The page carries the saved row's version: saving again is a knowing choice.
    const std::string nouvelle = version_lue(conflit, m.w1, m.a);
    BOOST_TEST(nouvelle != version_lue(lue_responsable, m.w1, m.a));
    BOOST_TEST(resp.submit(validation(m.s), formulaire(conflit, m.w1, {{m.a, "excuse"}, {m.b, "absent"}})).status == 303);
    BOOST_TEST(presence(m.w1, m.a).statut == "excuse");
    BOOST_TEST(journal_presences(m.s) == journal_avant + 3);
}
