// Feedback after every save: each POST that succeeds answers 303, and the page it
// leads to says what was done ("Atelier ajouté", "Fiche enregistrée"...), once: the
// next visit of the same page no longer says it.
#define BOOST_TEST_MODULE avis
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <string>

using namespace ope::test;

namespace {

const std::string kAvis = "<p class=\"message-ok avis\" role=\"status\">";

// The sentence as a page shows it (apostrophes escaped).
std::string echappe(std::string texte) {
    for (std::size_t pos = 0; (pos = texte.find('\'', pos)) != std::string::npos; pos += 5) texte.replace(pos, 1, "&#39;");
    return texte;
}

// `p` is a 303 whose page says `texte`, once.
void dit_une_fois(Client& c, const Page& p, const std::string& texte, const std::string& balise = kAvis) {
    BOOST_TEST_CONTEXT(texte) {
        BOOST_TEST_REQUIRE(p.status == 303);
        Page suite = c.get(p.location());
        BOOST_TEST(suite.status == 200);
        BOOST_TEST(suite.contains(balise + echappe(texte)));
        Page encore = c.get(p.location());
        BOOST_TEST(encore.status == 200);
        BOOST_TEST(!encore.contains(echappe(texte)));
        BOOST_TEST(!encore.contains(balise));
    }
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(sessions_ateliers_intervenants) {
    Client c = logged("responsable");
    c.get("/emploi/sessions/ajouter");
    Page p = c.submit("/emploi/sessions/ajouter", {{"mois", "2034-02"}, {"intitule", "Avis " + lettres()}});
    dit_une_fois(c, p, "Session créée.");
    const long s = id_from_location(p.location());

    c.get(session(s) + "/modifier");
    dit_une_fois(c, c.submit(session(s) + "/modifier", {{"mois", "2034-03"}, {"intitule", "Avis corrigé"}}), "Session modifiée.");

    c.get(session(s));
    Page a = c.submit(session(s) + "/ateliers", {{"date", "2034-03-07"}, {"intitule", "Atelier avis"}, {"cycle", "1"}});
    dit_une_fois(c, a, "Atelier ajouté.");
    const std::string w = a.location().substr(a.location().find("#atelier-") + 9);
    c.get(session(s));
    dit_une_fois(c, c.submit(session(s) + "/ateliers", {{"date", "2034-04-01"}, {"intitule", "Hors du mois"}, {"cycle", "2"}}),
                 "Atelier ajouté. Attention : sa date n'est pas dans le mois de la session ; elle est signalée dans la liste.");
    c.get(session(s));
    dit_une_fois(c, c.submit(session(s) + "/ateliers/" + w, {{"date", "2034-03-08"}, {"intitule", "Atelier avis"}, {"cycle", "2"}}),
                 "Atelier modifié.");
    c.get(session(s));
    dit_une_fois(c, c.submit(session(s) + "/ateliers/" + w + "/supprimer", {}), "Atelier supprimé.");

    const std::string tuteur = sql_value("SELECT id FROM utilisateur WHERE login = 'tuteur'");
    c.get(session(s));
    dit_une_fois(c, c.submit(session(s) + "/intervenants", {{"utilisateur_id", tuteur}, {"role", "tuteur"}}),
                 "Intervenant ajouté à la session.");
    c.get(session(s));
    dit_une_fois(c, c.submit(session(s) + "/intervenants/" + tuteur + "/tuteur/supprimer", {}), "Intervenant retiré de la session.");

    c.get(session(s) + "/modifier");
    dit_une_fois(c, c.submit(session(s) + "/supprimer", {}), "Session supprimée.");
}

BOOST_AUTO_TEST_CASE(fiches_inscriptions_presences) {
    Client resp = logged("responsable");
    Client c = logged("tuteur");
    const long s = creer_session(resp, "2034-05", "Avis fiches " + lettres());
    const long w = ajouter_atelier(resp, s, "2034-05-06", "Atelier fiches");
    const long s2 = creer_session(resp, "2034-06", "Avis fiches bis " + lettres());
    ajouter_atelier(resp, s2, "2034-06-06", "Atelier bis");

    c.get("/emploi/stagiaires/ajouter");
    Page p = c.submit("/emploi/stagiaires/ajouter", {{"civilite", "Mme"}, {"nom", "Avis" + lettres()}, {"prenom", "Inès"}});
    dit_une_fois(c, p, "Fiche créée, avec son compte sur le site.");
    const long st = id_from_location(p.location());
    const std::string nom = sql_value("SELECT nom FROM stagiaire WHERE id = ?", {str(st)});

    c.get(fiche(st));
    dit_une_fois(c, c.submit(fiche(st), {{"civilite", "Mme"}, {"nom", nom}, {"prenom", "Inès"}, {"ville", "Douai"}}), "Fiche enregistrée.");
    c.get(fiche(st));
    dit_une_fois(c, c.submit(fiche(st) + "/etudes", {{"annee", "2012"}, {"diplome", "BTS"}}), "Étude ajoutée.");
    const std::string e = sql_value("SELECT MAX(id) FROM etude WHERE stagiaire_id = ?", {str(st)});
    c.get(fiche(st));
    dit_une_fois(c, c.submit(fiche(st) + "/etudes/" + e + "/supprimer", {}), "Étude supprimée.");

    c.get(session(s));
    dit_une_fois(c, c.submit(session(s) + "/stagiaires", {{"stagiaire_id", str(st)}, {"statut_financement", "autre"}}),
                 "Stagiaire inscrit à la session.");
    c.get(fiche(st));
    dit_une_fois(c, c.submit(fiche(st) + "/sessions", {{"session_id", str(s2)}, {"statut_financement", "employeur"}}),
                 "Stagiaire inscrit à la session.");
    c.get(fiche(st));
    dit_une_fois(c, c.submit(fiche(st) + "/sessions/" + str(s2), {{"statut_financement", "pole_emploi"}}), "Financement enregistré.");

    const std::string k = str(w) + "_" + str(st);
    c.get(session(s) + "/validation");
    dit_une_fois(c, c.submit(session(s) + "/validation", {{"statut_" + k, "present"}}), "Présences enregistrées.");
    // The removal of an enrolment with entered attendance: confirmed, then said.
    c.get(session(s));
    dit_une_fois(c, c.submit(session(s) + "/stagiaires/" + str(st) + "/supprimer", {{"confirmer", "1"}}),
                 "Stagiaire désinscrit de la session.");

    // A new initial password leads to the welcome sheet (a print page), which says it.
    c.get(fiche(st) + "/accueil");
    dit_une_fois(c, c.submit(fiche(st) + "/mot-de-passe", {}),
                 "Nouveau mot de passe initial : il figure sur cette fiche d'accueil ; l'ancien ne fonctionne plus.",
                 "<strong class=\"avis\" role=\"status\">");
}

BOOST_AUTO_TEST_CASE(comptes_documents_et_deconnexion) {
    Client c = logged("responsable");
    const std::string login = "avis." + lettres();
    c.get("/emploi/intervenants");
    dit_une_fois(c, c.submit("/emploi/intervenants", {{"login", login}, {"nom", "Avis"}, {"prenom", "Noé"}, {"email", ""},
                                                     {"role", "formateur"}, {"mot_de_passe", "Solide-motdepasse-1"}}),
                 "Compte créé.");
    const std::string uid = sql_value("SELECT id FROM utilisateur WHERE login = ?", {login});
    c.get("/emploi/intervenants/" + uid);
    dit_une_fois(c, c.submit("/emploi/intervenants/" + uid, {{"nom", "Avis"}, {"prenom", "Noé"}, {"role", "tuteur"}, {"actif", "1"}}),
                 "Compte enregistré.");
    c.get("/emploi/intervenants/" + uid);
    dit_une_fois(c, c.submit("/emploi/intervenants/" + uid, {{"nom", "Avis"}, {"prenom", "Noé"}, {"role", "tuteur"}}),
                 "Compte désactivé : il ne peut plus se connecter et ses connexions en cours sont fermées.");

    const std::string rep = "Avis " + lettres();
    c.get("/emploi/documents");
    dit_une_fois(c, c.submit("/emploi/documents", {{"nouveau_repertoire", rep}}), "Répertoire créé.");
    c.get("/emploi/documents");
    Page d = c.post_multipart("/emploi/documents", {{"csrf", c.csrf()}, {"repertoire", rep}},
                              {{"fichier", "avis.txt", "text/plain", "Bonjour\n"}});
    dit_une_fois(c, d, "Document enregistré.");
    const std::string did = sql_value("SELECT MAX(id) FROM document WHERE repertoire = ?", {rep});
    c.get("/emploi/documents");
    dit_une_fois(c, c.submit("/emploi/documents/" + did + "/supprimer", {}), "Document supprimé.");
    c.get("/emploi/documents");
    dit_une_fois(c, c.submit("/emploi/documents/repertoires/supprimer", {{"repertoire", rep}}), "Répertoire supprimé.");

    // One's own password, then logging out (the login page says it).
    const std::string login2 = "avis." + lettres();
    c.get("/emploi/intervenants");
    BOOST_REQUIRE_EQUAL(c.submit("/emploi/intervenants", {{"login", login2}, {"nom", "Avis"}, {"prenom", "Léa"}, {"email", ""},
                                                         {"role", "tuteur"}, {"mot_de_passe", "Solide-motdepasse-1"}})
                            .status,
                        303);
    Client t = logged(login2, "Solide-motdepasse-1");
    const std::string nouveau = "Avis-mdp-" + lettres() + "-1";
    t.get("/compte/mot-de-passe");
    dit_une_fois(t, t.submit("/compte/mot-de-passe", {{"actuel", "Solide-motdepasse-1"}, {"nouveau", nouveau}, {"confirmation", nouveau}}),
                 "Votre mot de passe est changé ; vos autres connexions au site sont fermées.");
    t.get("/emploi/sessions");
    dit_une_fois(t, t.submit("/deconnexion", {}), "Vous êtes déconnecté·e.");
}
