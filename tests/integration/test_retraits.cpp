// Nothing entered is lost by one click: un-enrolling a trainee or deleting a workshop
// whose attendance was already entered (a status other than "non renseigné", or a
// comment) first answers 200 with a page saying exactly what would be lost and a form
// repeating the POST with confirmer=1; nothing changes until then. Confirmed, the
// journal entry keeps the removed statuses and comments. Removals that lose nothing
// go through at once; removing a tutor or trainer loses no attendance.
#define BOOST_TEST_MODULE retraits
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <string>

using namespace ope::test;

namespace {

// A session with three workshops and two trainees. Entered for A: present with a
// comment on w1, a comment alone on w2. Nothing entered for B, nor on w3.
struct Monde {
    long s = 0, w1 = 0, w2 = 0, w3 = 0, a = 0, b = 0;
    std::string intitule_w1, nom_a;
};

const std::string kCommentaire = "Très bien, <b>à revoir</b> au prochain atelier";

Monde monde(Client& resp, Client& tut) {
    Monde m;
    const std::string u = lettres();
    m.s = creer_session(resp, "2032-05", "Retraits " + u);
    m.intitule_w1 = "Atelier un " + u;
    m.w1 = ajouter_atelier(resp, m.s, "2032-05-04", m.intitule_w1);
    m.w2 = ajouter_atelier(resp, m.s, "2032-05-11", "Atelier deux " + u, "2");
    m.w3 = ajouter_atelier(resp, m.s, "2032-05-18", "Atelier trois " + u);
    m.a = creer_stagiaire(tut, "Saisi" + u, "Alice");
    m.b = creer_stagiaire(tut, "Vierge" + u, "Bruno");
    m.nom_a = "SAISI" + majuscules(u) + " Alice";
    inscrire(tut, m.s, m.a);
    inscrire(tut, m.s, m.b);
    const std::string k1 = str(m.w1) + "_" + str(m.a), k2 = str(m.w2) + "_" + str(m.a);
    BOOST_REQUIRE_EQUAL(tut.get(session(m.s) + "/validation?atelier=" + str(m.w1)).status, 200);
    BOOST_REQUIRE_EQUAL(tut.submit(session(m.s) + "/validation",
                                   {{"statut_" + k1, "present"}, {"commentaire_" + k1, kCommentaire},
                                    {"statut_" + k2, "non_renseigne"}, {"commentaire_" + k2, "Prévenu de son absence"}})
                            .status,
                        303);
    return m;
}

long inscrit(long s, long st) {
    return sql_count("SELECT COUNT(*) FROM inscription WHERE session_id = ? AND stagiaire_id = ?", {str(s), str(st)});
}
long presences(long s, long st) {
    return sql_count("SELECT COUNT(*) FROM presence p JOIN atelier a ON a.id = p.atelier_id WHERE a.session_id = ? AND p.stagiaire_id = ?",
                     {str(s), str(st)});
}
long presences_atelier(long w) { return sql_count("SELECT COUNT(*) FROM presence WHERE atelier_id = ?", {str(w)}); }
std::string dernier_journal(const std::string& objet, long id, const std::string& action) {
    return sql_value("SELECT detail FROM journal WHERE objet = ? AND objet_id = ? AND action = ? ORDER BY id DESC LIMIT 1",
                     {objet, str(id), action});
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(desinscrire_sans_saisie_se_fait_d_un_coup) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    tut.get(session(m.s));
    Page p = tut.submit(session(m.s) + "/stagiaires/" + str(m.b) + "/supprimer", {});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(inscrit(m.s, m.b) == 0);
    BOOST_TEST(presences(m.s, m.b) == 0);
    BOOST_TEST(tut.get(p.location()).contains("Stagiaire désinscrit de la session."));
}

BOOST_AUTO_TEST_CASE(desinscrire_avec_saisies_demande_confirmation) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    const std::string url = session(m.s) + "/stagiaires/" + str(m.a) + "/supprimer";
    const long journal_avant = sql_count("SELECT COUNT(*) FROM journal WHERE objet = 'stagiaire' AND objet_id = ?", {str(m.a)});

    // Without confirmer=1, or with anything else: the page, nothing changed.
    for (const Fields& f : {Fields{}, Fields{{"confirmer", "0"}}, Fields{{"confirmer", "oui"}}}) {
        tut.get(session(m.s));
        Page p = tut.submit(url, f);
        BOOST_TEST(p.status == 200);
        BOOST_TEST(p.contains("Désinscrire M. " + m.nom_a + " de la session n° " + str(m.s)));
        BOOST_TEST(p.contains("2 présences déjà saisies seraient effacées"));
        // Exactly what would be lost: the workshop, the status, the comment (escaped).
        BOOST_TEST(p.contains("<td data-titre=\"Date\">04/05/2032</td><td data-titre=\"Atelier\" class=\"long\">" + m.intitule_w1 + "</td>"));
        BOOST_TEST(p.contains(">présent</td>"));
        BOOST_TEST(p.contains("Très bien, &lt;b&gt;à revoir&lt;/b&gt; au prochain atelier"));
        BOOST_TEST(p.contains("Prévenu de son absence"));
        BOOST_TEST(!p.contains("<b>à revoir"));
        // A form that repeats the POST, confirmed; a way back.
        BOOST_TEST(p.contains("<form method=\"post\" action=\"" + url + "\">"));
        BOOST_TEST(p.contains("<input type=\"hidden\" name=\"confirmer\" value=\"1\">"));
        BOOST_TEST(p.contains("name=\"csrf\" value=\"" + tut.csrf() + "\""));
        BOOST_TEST(p.contains("href=\"" + session(m.s) + "#stagiaires\">Annuler</a>"));
        BOOST_TEST(inscrit(m.s, m.a) == 1);
        BOOST_TEST(presences(m.s, m.a) == 3);
        BOOST_TEST(sql_count("SELECT COUNT(*) FROM journal WHERE objet = 'stagiaire' AND objet_id = ?", {str(m.a)}) == journal_avant);
    }

    // Confirmed from that page (its own token): done, and journaled with what was lost.
    Page ok = tut.submit(url, {{"confirmer", "1"}});
    BOOST_TEST(ok.status == 303);
    BOOST_TEST(ok.location() == session(m.s) + "#stagiaires");
    BOOST_TEST(inscrit(m.s, m.a) == 0);
    BOOST_TEST(presences(m.s, m.a) == 0);
    BOOST_TEST(inscrit(m.s, m.b) == 1);
    const std::string detail = dernier_journal("stagiaire", m.a, "desinscription");
    BOOST_TEST(detail.find("session " + str(m.s)) == 0u, detail);
    BOOST_TEST(detail.find("présences saisies supprimées") != std::string::npos, detail);
    BOOST_TEST(detail.find("04/05/2032, " + m.intitule_w1 + ", " + m.nom_a + " : présent, commentaire « " + kCommentaire + " »") !=
                   std::string::npos,
               detail);
    BOOST_TEST(detail.find("11/05/2032, ") != std::string::npos, detail);
    BOOST_TEST(detail.find(": non renseigné, commentaire « Prévenu de son absence »") != std::string::npos, detail);
    // Readable by the manager in the journal and on the record.
    Page journal = resp.get("/emploi/journal?stagiaire=" + str(m.a));
    BOOST_TEST(journal.contains("Très bien, &lt;b&gt;à revoir&lt;/b&gt; au prochain atelier"));
    BOOST_TEST(tut.get(fiche(m.a)).contains("Prévenu de son absence"));
}

BOOST_AUTO_TEST_CASE(supprimer_un_atelier_avec_saisies_demande_confirmation) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);

    // Nothing entered on w3: deleted at once.
    resp.get(session(m.s));
    BOOST_TEST(resp.submit(session(m.s) + "/ateliers/" + str(m.w3) + "/supprimer", {}).status == 303);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = ?", {str(m.w3)}) == 0);

    const std::string url = session(m.s) + "/ateliers/" + str(m.w1) + "/supprimer";
    resp.get(session(m.s));
    Page p = resp.submit(url, {});
    BOOST_TEST(p.status == 200);
    BOOST_TEST(p.contains("Supprimer l&#39;atelier « " + m.intitule_w1 + " » du 04/05/2032 ?"));
    BOOST_TEST(p.contains("1 présence déjà saisie serait effacée"));
    BOOST_TEST(p.contains("<td data-titre=\"Stagiaire\">" + m.nom_a + "</td>"));
    BOOST_TEST(!p.contains("Prévenu de son absence"));  // another workshop's
    BOOST_TEST(p.contains("<input type=\"hidden\" name=\"confirmer\" value=\"1\">"));
    BOOST_TEST(p.contains("href=\"" + session(m.s) + "#atelier-" + str(m.w1) + "\">Annuler</a>"));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = ?", {str(m.w1)}) == 1);
    BOOST_TEST(presences_atelier(m.w1) == 2);

    Page ok = resp.submit(url, {{"confirmer", "1"}});
    BOOST_TEST(ok.status == 303);
    BOOST_TEST(resp.get(ok.location()).contains("Atelier supprimé."));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = ?", {str(m.w1)}) == 0);
    BOOST_TEST(presences_atelier(m.w1) == 0);
    BOOST_TEST(presences(m.s, m.a) == 1);  // w2's row stays
    const std::string detail = dernier_journal("session", m.s, "suppression_atelier");
    BOOST_TEST(detail.find("atelier " + str(m.w1) + " : 04/05/2032 " + m.intitule_w1 + ", Cycle 1 : Formation") == 0u, detail);
    BOOST_TEST(detail.find(m.nom_a + " : présent, commentaire « " + kCommentaire + " »") != std::string::npos, detail);
    Page journal = resp.get("/emploi/journal?session=" + str(m.s));
    BOOST_TEST(journal.contains("présences saisies supprimées"));
}

BOOST_AUTO_TEST_CASE(retirer_un_tuteur_ne_perd_aucune_presence) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    Monde m = monde(resp, tut);
    const std::string tuteur = sql_value("SELECT id FROM utilisateur WHERE login = 'tuteur'");
    resp.get(session(m.s));
    BOOST_REQUIRE_EQUAL(resp.submit(session(m.s) + "/intervenants", {{"utilisateur_id", tuteur}, {"role", "tuteur"}}).status, 303);
    const std::string avant = sql_value("SELECT GROUP_CONCAT(CONCAT(atelier_id, ':', stagiaire_id, ':', statut, ':', commentaire, ':',"
                                        " IFNULL(valide_par, '-')) ORDER BY atelier_id, stagiaire_id) FROM presence p"
                                        " JOIN atelier a ON a.id = p.atelier_id WHERE a.session_id = ?", {str(m.s)});
    BOOST_REQUIRE(avant.find(":present:") != std::string::npos);

    resp.get(session(m.s));
    Page p = resp.submit(session(m.s) + "/intervenants/" + tuteur + "/tuteur/supprimer", {});
    BOOST_TEST(p.status == 303);  // nothing to confirm: the attendance it entered stays
    BOOST_TEST(sql_value("SELECT GROUP_CONCAT(CONCAT(atelier_id, ':', stagiaire_id, ':', statut, ':', commentaire, ':',"
                         " IFNULL(valide_par, '-')) ORDER BY atelier_id, stagiaire_id) FROM presence p"
                         " JOIN atelier a ON a.id = p.atelier_id WHERE a.session_id = ?", {str(m.s)}) == avant);
    BOOST_TEST(dernier_journal("session", m.s, "retrait_tuteur") == "Antoine LEFÈVRE (compte " + tuteur + ")");
}
