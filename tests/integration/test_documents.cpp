// Step 12, the documents library: the manager names folders ("répertoires") and
// uploads documents into them (types checked by content, safe names, a size limit),
// deletes them; tutors browse "Documents stagiaires" and download the exact bytes.
#define BOOST_TEST_MODULE documents
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include "fcgi/parse.hpp"

#include <cstdlib>
#include <string>
#include <vector>

using namespace ope::test;

namespace {

std::string doc(long id) { return "/emploi/documents/" + str(id); }

// A PDF as far as the site can tell: "%PDF-" then `size` bytes in all, binary ones included.
std::string pdf(std::size_t size, char graine = 'a') {
    std::string s = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    for (std::size_t i = 0; s.size() < size; ++i) s += static_cast<char>((i * 131 + static_cast<unsigned char>(graine)) % 256);
    s.resize(size);
    return s;
}

// OPE_DOCUMENT_MAX as the app reads it (the test stack leaves the default).
std::size_t document_max() {
    const char* v = std::getenv("OPE_DOCUMENT_MAX");
    return v && *v ? static_cast<std::size_t>(std::atol(v)) : 10u * 1024 * 1024;
}

long repertoires(const std::string& nom) { return sql_count("SELECT COUNT(*) FROM repertoire WHERE nom = ?", {nom}); }
long documents_du(const std::string& repertoire) {
    return sql_count("SELECT COUNT(*) FROM document WHERE repertoire = ?", {repertoire});
}
long tous_documents() { return sql_count("SELECT COUNT(*) FROM document"); }

Page creer_repertoire(Client& resp, const std::string& nom) {
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/documents").status, 200);
    return resp.submit("/emploi/documents", {{"nouveau_repertoire", nom}});
}

std::string nouveau_repertoire(Client& resp, const std::string& prefixe = "Cycle ") {
    const std::string nom = unique(prefixe);
    Page p = creer_repertoire(resp, nom);
    BOOST_REQUIRE_EQUAL(p.status, 303);
    BOOST_REQUIRE_EQUAL(repertoires(nom), 1);
    return nom;
}

Page deposer(Client& resp, const std::string& repertoire, const std::string& nom, const std::string& contenu,
             const std::string& type = "application/octet-stream") {
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/documents").status, 200);
    return resp.post_multipart("/emploi/documents", {{"csrf", resp.csrf()}, {"repertoire", repertoire}},
                               {{"fichier", nom, type, contenu}});
}

// Uploads and returns the new document's id.
long depot(Client& resp, const std::string& repertoire, const std::string& nom, const std::string& contenu) {
    Page p = deposer(resp, repertoire, nom, contenu, "application/pdf");
    BOOST_REQUIRE_EQUAL(p.status, 303);
    std::string id = sql_value("SELECT MAX(id) FROM document WHERE repertoire = ?", {repertoire});
    BOOST_REQUIRE(!id.empty());
    return std::stol(id);
}

std::string colonne(long id, const std::string& col) {
    return sql_value("SELECT " + col + " FROM document WHERE id = ?", {str(id)});
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(creer_un_repertoire_doublon_et_nom_vide_refuses) {
    Client resp = logged("responsable");
    const std::string nom = unique("Administratif é ");
    Page p = creer_repertoire(resp, nom);
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location().rfind("/emploi/documents", 0) == 0);
    BOOST_TEST(repertoires(nom) == 1);
    Page liste = resp.get(p.location());
    BOOST_TEST(liste.status == 200);
    BOOST_TEST(liste.contains("<h2>" + nom + " <span class=\"discret\">(0 document)</span></h2>"));
    BOOST_TEST(liste.contains("<option>" + nom + "</option>"));

    // The same name again: refused, the form kept.
    Page doublon = creer_repertoire(resp, nom);
    BOOST_TEST(doublon.status == 422);
    BOOST_TEST(doublon.contains("existe déjà"));
    BOOST_TEST(doublon.contains("value=\"" + nom + "\""));
    BOOST_TEST(repertoires(nom) == 1);

    // The same name with other case and accents: the same folder.
    const std::string base = unique("Élan ");
    BOOST_TEST(creer_repertoire(resp, base).status == 303);
    std::string variante = "elan " + base.substr(std::string("Élan ").size());
    Page casse = creer_repertoire(resp, variante);
    BOOST_TEST(casse.status == 422);
    BOOST_TEST(casse.contains("existe déjà"));
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM repertoire WHERE BINARY nom = ?", {variante}) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM repertoire WHERE BINARY nom = ?", {base}) == 1);

    // Empty, or only spaces: refused, nothing created.
    const long avant = sql_count("SELECT COUNT(*) FROM repertoire");
    for (const std::string vide : {"", "   "}) {
        Page v = creer_repertoire(resp, vide);
        BOOST_TEST(v.status == 422);
        BOOST_TEST(v.contains("Donnez un nom au répertoire."));
    }
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM repertoire") == avant);

    // Without the CSRF token: 403, nothing created.
    const std::string autre = unique("Sans jeton ");
    Page sans = resp.post("/emploi/documents", {{"nouveau_repertoire", autre}});
    BOOST_TEST(sans.status == 403);
    BOOST_TEST(repertoires(autre) == 0);
}

BOOST_AUTO_TEST_CASE(deposer_un_pdf_puis_le_telecharger_a_l_identique) {
    Client resp = logged("responsable");
    const std::string rep = nouveau_repertoire(resp, "Règlements ");
    const std::string nom = "Règlement intérieur é.pdf";
    const std::string contenu = pdf(5000);

    Page p = deposer(resp, rep, nom, contenu, "application/pdf");
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == "/emploi/documents?repertoire=" + ope::url_encode(rep));
    BOOST_REQUIRE_EQUAL(documents_du(rep), 1);
    const long id = std::stol(sql_value("SELECT id FROM document WHERE repertoire = ?", {rep}));
    BOOST_TEST(colonne(id, "nom_fichier") == nom);
    BOOST_TEST(colonne(id, "taille") == "5000");
    BOOST_TEST(colonne(id, "type_mime") == "application/pdf");
    BOOST_TEST(colonne(id, "depose_par") == sql_value("SELECT id FROM utilisateur WHERE login = 'responsable'"));

    // Listed in its folder with its size.
    Page liste = resp.get(p.location());
    BOOST_TEST(liste.status == 200);
    BOOST_TEST(liste.contains("Document enregistré."));
    BOOST_TEST(liste.contains("<a href=\"/emploi/documents/" + str(id) + "\">" + nom + "</a></td><td class=\"nombre\" data-titre=\"Taille\">5 ko</td>"));
    BOOST_TEST(liste.contains("(1 document)"));

    // A tutor downloads exactly the same bytes, as an attachment with its UTF-8 name.
    Client tut = logged("tuteur");
    Page dl = tut.get(doc(id));
    BOOST_TEST(dl.status == 200);
    BOOST_TEST((dl.body == contenu), "the downloaded bytes differ (" << dl.body.size() << " bytes)");
    BOOST_TEST(dl.headers["content-type"] == "application/pdf");
    const std::string cd = dl.headers["content-disposition"];
    BOOST_TEST(cd.rfind("attachment;", 0) == 0, cd);
    BOOST_TEST(cd.find("filename*=UTF-8''R%C3%A8glement%20int%C3%A9rieur%20%C3%A9.pdf") != std::string::npos, cd);
    BOOST_TEST(cd.find("filename=\"Reglement interieur e.pdf\"") != std::string::npos, cd);

    // The manager too.
    Page dl2 = resp.get(doc(id));
    BOOST_TEST(dl2.status == 200);
    BOOST_TEST((dl2.body == contenu));

    // Other accepted types keep theirs (checked by content).
    const std::string png = std::string("\x89PNG\r\n\x1A\n", 8) + std::string("\0\r\n\xFF\x00--", 7) + "IHDR";
    Page pp = deposer(resp, rep, "plan d'accès.PNG", png, "image/png");
    BOOST_TEST(pp.status == 303);
    const std::string pid = sql_value("SELECT id FROM document WHERE repertoire = ? AND nom_fichier = ?", {rep, "plan d'accès.PNG"});
    BOOST_REQUIRE(!pid.empty());
    BOOST_TEST(colonne(std::stol(pid), "type_mime") == "image/png");
    Page dlpng = tut.get(doc(std::stol(pid)));
    BOOST_TEST(dlpng.status == 200);
    BOOST_TEST((dlpng.body == png));
    BOOST_TEST(dlpng.headers["content-type"] == "image/png");
}

BOOST_AUTO_TEST_CASE(types_refuses_d_apres_le_contenu_rien_d_enregistre) {
    Client resp = logged("responsable");
    const std::string rep = nouveau_repertoire(resp);
    const long avant = tous_documents();
    struct Cas {
        std::string nom, contenu;
    };
    const std::vector<Cas> cas = {
        {"virus.exe", std::string("MZ\x90\x00\x03\x00\x00\x00", 8) + "This program cannot be run in DOS mode"},
        {"faux.pdf", "<html><script>alert(1)</script></html>"},
        {"faux.pdf", std::string("MZ\x90\x00", 4) + "%PDF-1.4"},
        {"lettre.docx", "pas un zip"},
        {"ancien.doc", "%PDF-1.4 un pdf deguise en doc"},
        {"notes.txt", std::string("texte\0binaire", 13)},
        {"sans-extension", pdf(100)},
        {"script.php", "<?php system($_GET['c']); ?>"},
    };
    for (const auto& c : cas) {
        BOOST_TEST_CONTEXT(c.nom) {
            Page p = deposer(resp, rep, c.nom, c.contenu);
            BOOST_TEST(p.status == 422);
            BOOST_TEST(p.contains("Type de fichier refusé"));
            BOOST_TEST(p.contains("Rien n'a été enregistré"));
            // The folder stays chosen in the form.
            BOOST_TEST(p.contains("<option selected>" + rep + "</option>"));
        }
    }
    BOOST_TEST(documents_du(rep) == 0);
    BOOST_TEST(tous_documents() == avant);
}

BOOST_AUTO_TEST_CASE(noms_de_fichier_rendus_surs) {
    Client resp = logged("responsable");
    const std::string rep = nouveau_repertoire(resp);
    struct Cas {
        std::string envoye, attendu, contenu;
    };
    const std::vector<Cas> cas = {
        {"../../etc/passwd.txt", "passwd.txt", "root:x:0:0\n"},
        {"/var/lib/mysql/ope.pdf", "ope.pdf", pdf(300)},
        {std::string("rap\0port.pdf", 12), "rapport.pdf", pdf(200, 'b')},
        {"tab\tcontr\x01\x1F\x7Fole.pdf", "tabcontrole.pdf", pdf(210, 'c')},
    };
    Client tut = logged("tuteur");
    for (const auto& c : cas) {
        BOOST_TEST_CONTEXT(c.attendu) {
            const long avant = documents_du(rep);
            Page p = deposer(resp, rep, c.envoye, c.contenu);
            BOOST_TEST(p.status == 303);
            BOOST_REQUIRE_EQUAL(documents_du(rep), avant + 1);
            const long id = std::stol(sql_value("SELECT MAX(id) FROM document WHERE repertoire = ?", {rep}));
            const std::string stocke = colonne(id, "nom_fichier");
            BOOST_TEST(stocke == c.attendu);
            BOOST_TEST(stocke.find('/') == std::string::npos);
            BOOST_TEST(stocke.find('\\') == std::string::npos);
            BOOST_TEST(stocke.find('\0') == std::string::npos);
            BOOST_TEST(stocke.find('\r') == std::string::npos);
            Page dl = tut.get(doc(id));
            BOOST_TEST(dl.status == 200);
            BOOST_TEST((dl.body == c.contenu));
            const std::string cd = dl.headers["content-disposition"];
            BOOST_TEST(cd.find('/') == std::string::npos, cd);
            BOOST_TEST(cd.find("..") == std::string::npos, cd);
        }
    }
}

BOOST_AUTO_TEST_CASE(sans_repertoire_ou_sans_fichier_422) {
    Client resp = logged("responsable");
    const std::string rep = nouveau_repertoire(resp);
    const long avant = tous_documents();

    Page sans_rep = deposer(resp, "", "guide.pdf", pdf(400));
    BOOST_TEST(sans_rep.status == 422);
    BOOST_TEST(sans_rep.contains("Choisissez un répertoire dans la liste."));

    Page inconnu = deposer(resp, unique("Inexistant "), "guide.pdf", pdf(400));
    BOOST_TEST(inconnu.status == 422);
    BOOST_TEST(inconnu.contains("Choisissez un répertoire dans la liste."));

    // No file part at all, or an empty file input (filename="" and no content).
    resp.get("/emploi/documents");
    Page sans_fichier = resp.post_multipart("/emploi/documents", {{"csrf", resp.csrf()}, {"repertoire", rep}}, {});
    BOOST_TEST(sans_fichier.status == 422);
    BOOST_TEST(sans_fichier.contains("Choisissez un fichier (non vide)."));
    Page vide = deposer(resp, rep, "", "");
    BOOST_TEST(vide.status == 422);
    Page zero = deposer(resp, rep, "vide.pdf", "");
    BOOST_TEST(zero.status == 422);

    // Without the CSRF token: 403.
    Page sans_jeton = resp.post_multipart("/emploi/documents", {{"repertoire", rep}}, {{"fichier", "guide.pdf", "application/pdf", pdf(400)}});
    BOOST_TEST(sans_jeton.status == 403);

    BOOST_TEST(documents_du(rep) == 0);
    BOOST_TEST(tous_documents() == avant);
}

BOOST_AUTO_TEST_CASE(fichier_trop_volumineux_refuse_juste_en_dessous_accepte) {
    Client resp = logged("responsable");
    const std::string rep = nouveau_repertoire(resp);
    const std::size_t max = document_max();
    const long avant = tous_documents();

    // One byte over the limit (nginx lets 12 MB through): 422 from the app (413 tolerated).
    Page gros = deposer(resp, rep, "trop gros.pdf", pdf(max + 1), "application/pdf");
    BOOST_TEST((gros.status == 422 || gros.status == 413), "status " << gros.status);
    if (gros.status == 422) BOOST_TEST(gros.contains("Fichier trop volumineux"));
    BOOST_TEST(documents_du(rep) == 0);
    BOOST_TEST(tous_documents() == avant);

    // Exactly the limit: stored whole, and read back whole.
    const std::string juste = pdf(max, 'z');
    Page ok = deposer(resp, rep, "juste.pdf", juste, "application/pdf");
    BOOST_TEST(ok.status == 303);
    BOOST_REQUIRE_EQUAL(documents_du(rep), 1);
    const long id = std::stol(sql_value("SELECT id FROM document WHERE repertoire = ?", {rep}));
    BOOST_TEST(colonne(id, "taille") == str(static_cast<long>(max)));
    Page dl = logged("tuteur").get(doc(id));
    BOOST_TEST(dl.status == 200);
    BOOST_TEST((dl.body == juste), "downloaded " << dl.body.size() << " bytes");

    // Tidy up: the big one is not needed by other tests.
    resp.get("/emploi/documents");
    BOOST_TEST(resp.submit(doc(id) + "/supprimer", {}).status == 303);
}

// The app writes an answer that fits libfcgi's buffer through libfcgi, a larger one
// as FastCGI records of up to 64 KB of its own (fcgi/server.cpp): around each of
// those sizes, the bytes arrive whole and in order.
BOOST_AUTO_TEST_CASE(telechargements_de_toutes_tailles) {
    Client resp = logged("responsable");
    const std::string rep = nouveau_repertoire(resp);
    for (std::size_t taille : {std::size_t{7600}, std::size_t{7900}, std::size_t{8300}, std::size_t{65400},
                               std::size_t{65535}, std::size_t{65700}, std::size_t{131070}, std::size_t{300001}}) {
        const std::string contenu = pdf(taille, static_cast<char>('a' + taille % 7));
        Page p = deposer(resp, rep, "taille " + str(static_cast<long>(taille)) + ".pdf", contenu, "application/pdf");
        BOOST_REQUIRE_EQUAL(p.status, 303);
        const long id = std::stol(sql_value("SELECT MAX(id) FROM document WHERE repertoire = ?", {rep}));
        Page dl = resp.get(doc(id));
        BOOST_TEST(dl.status == 200);
        BOOST_TEST(dl.headers["content-length"] == str(static_cast<long>(taille)));
        BOOST_TEST((dl.body == contenu), taille << " bytes deposited, " << dl.body.size() << " downloaded, or not the same");
        BOOST_TEST(resp.submit(doc(id) + "/supprimer", {}).status == 303);
    }
}

BOOST_AUTO_TEST_CASE(supprimer_un_document) {
    Client resp = logged("responsable");
    Client tut = logged("tuteur");
    const std::string rep = nouveau_repertoire(resp);
    const long id = depot(resp, rep, "à supprimer.pdf", pdf(700));
    BOOST_REQUIRE_EQUAL(tut.get(doc(id)).status, 200);

    // A tutor may not delete.
    tut.get("/emploi/tuteur/documents");
    Page interdit = tut.submit(doc(id) + "/supprimer", {});
    BOOST_TEST(interdit.status == 403);
    BOOST_TEST(documents_du(rep) == 1);

    // Without the token: 403, kept.
    Page sans = resp.post(doc(id) + "/supprimer", {});
    BOOST_TEST(sans.status == 403);
    BOOST_TEST(documents_du(rep) == 1);

    resp.get("/emploi/documents");
    Page p = resp.submit(doc(id) + "/supprimer", {});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == "/emploi/documents");
    BOOST_TEST(documents_du(rep) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM document WHERE id = ?", {str(id)}) == 0);
    BOOST_TEST(!resp.get("/emploi/documents").contains("à supprimer.pdf"));
    BOOST_TEST(tut.get(doc(id)).status == 404);
    BOOST_TEST(resp.get(doc(id)).status == 404);

    // Again: 404.
    resp.get("/emploi/documents");
    BOOST_TEST(resp.submit(doc(id) + "/supprimer", {}).status == 404);
    BOOST_TEST(tut.get("/emploi/documents/999999999").status == 404);
}

BOOST_AUTO_TEST_CASE(le_tuteur_parcourt_les_documents_stagiaires) {
    Client resp = logged("responsable");
    const std::string rep = nouveau_repertoire(resp, "Cycle 2 é&<b> ");
    const std::string vide = nouveau_repertoire(resp, "Vide ");
    const long id = depot(resp, rep, "Guide de l'atelier.pdf", pdf(3000));

    Client tut = logged("tuteur");
    Page racine = tut.get("/emploi/tuteur/documents");
    BOOST_TEST(racine.status == 200);
    BOOST_TEST(racine.contains("Documents stagiaires"));
    // Names are HTML-escaped; the link's query is URL-encoded.
    std::string echappe = rep;
    for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}}) {
        for (std::size_t pos = 0; (pos = echappe.find(from, pos)) != std::string::npos; pos += to.size()) echappe.replace(pos, from.size(), to);
    }
    BOOST_TEST(!racine.contains("<b>"));
    BOOST_TEST(racine.contains(echappe + " (1)"));
    BOOST_TEST(racine.contains(vide + " (0)"));
    BOOST_TEST(!racine.contains("/emploi/documents/" + str(id) + "\""));  // no folder chosen: no file list

    Page dedans = tut.get("/emploi/tuteur/documents?repertoire=" + ope::url_encode(rep));
    BOOST_TEST(dedans.status == 200);
    BOOST_TEST(dedans.contains("<h2>" + echappe + "</h2>"));
    BOOST_TEST((dedans.contains("<a href=\"/emploi/documents/" + str(id) + "\">Guide de l&#39;atelier.pdf</a>") ||
                dedans.contains("<a href=\"/emploi/documents/" + str(id) + "\">Guide de l'atelier.pdf</a>")));
    BOOST_TEST(dedans.contains("3 ko"));
    BOOST_TEST(dedans.contains("aria-current=\"page\""));

    Page p_vide = tut.get("/emploi/tuteur/documents?repertoire=" + ope::url_encode(vide));
    BOOST_TEST(p_vide.status == 200);
    BOOST_TEST(p_vide.contains("Ce répertoire est vide."));

    Page inconnu = tut.get("/emploi/tuteur/documents?repertoire=" + ope::url_encode(unique("Nulle part ")));
    BOOST_TEST(inconnu.status == 404);

    // The manager reaches the same page.
    BOOST_TEST(resp.get("/emploi/tuteur/documents?repertoire=" + ope::url_encode(rep)).status == 200);
}

BOOST_AUTO_TEST_CASE(droits_de_la_bibliotheque) {
    Client resp = logged("responsable");
    const std::string rep = nouveau_repertoire(resp);
    const long id = depot(resp, rep, "interne.pdf", pdf(600));
    const long avant = tous_documents();

    // A tutor: no library management.
    Client tut = logged("tuteur");
    BOOST_TEST(tut.get("/emploi/documents").status == 403);
    tut.get("/emploi/tuteur/documents");  // a page with the tutor's token
    const std::string nom = unique("Du tuteur ");
    BOOST_TEST(tut.submit("/emploi/documents", {{"nouveau_repertoire", nom}}).status == 403);
    BOOST_TEST(repertoires(nom) == 0);
    Page up = tut.post_multipart("/emploi/documents", {{"csrf", tut.csrf()}, {"repertoire", rep}},
                                 {{"fichier", "du tuteur.pdf", "application/pdf", pdf(500)}});
    BOOST_TEST(up.status == 403);
    BOOST_TEST(tous_documents() == avant);

    // A trainer and a trainee: no documents at all.
    Client form = logged("formateur");
    BOOST_TEST(form.get(doc(id)).status == 403);
    BOOST_TEST(form.get("/emploi/tuteur/documents").status == 403);
    BOOST_TEST(form.get("/emploi/documents").status == 403);
    Client stag = logged("elodie.dupont", "Bienvenue-7Kq2");
    Page ps = stag.get(doc(id));
    BOOST_TEST(ps.status == 403);
    BOOST_TEST(ps.body.find("%PDF-") == std::string::npos);
    BOOST_TEST(stag.get("/emploi/tuteur/documents").status == 403);
    BOOST_TEST(stag.get("/emploi/documents").status == 403);

    // Not logged in: to the login form.
    Client anonyme;
    Page a = anonyme.get(doc(id));
    BOOST_TEST(a.status == 302);
    BOOST_TEST(a.location() == "/connexion?suite=" + doc(id));
    BOOST_TEST(a.body.find("%PDF-") == std::string::npos);
    BOOST_TEST(tous_documents() == avant);
}

BOOST_AUTO_TEST_CASE(supprimer_un_repertoire_vide_seulement) {
    Client resp = logged("responsable");
    const std::string vide = nouveau_repertoire(resp, "Vide ");
    const std::string plein = nouveau_repertoire(resp, "Plein ");
    depot(resp, plein, "garde.pdf", pdf(300));

    resp.get("/emploi/documents");
    Page refus = resp.submit("/emploi/documents/repertoires/supprimer", {{"repertoire", plein}});
    BOOST_TEST(refus.status == 404);
    BOOST_TEST(repertoires(plein) == 1);
    BOOST_TEST(documents_du(plein) == 1);

    Client tut = logged("tuteur");
    tut.get("/emploi/tuteur/documents");
    BOOST_TEST(tut.submit("/emploi/documents/repertoires/supprimer", {{"repertoire", vide}}).status == 403);
    BOOST_TEST(repertoires(vide) == 1);

    resp.get("/emploi/documents");
    Page ok = resp.submit("/emploi/documents/repertoires/supprimer", {{"repertoire", vide}});
    BOOST_TEST(ok.status == 303);
    BOOST_TEST(repertoires(vide) == 0);
    BOOST_TEST(tut.get("/emploi/tuteur/documents?repertoire=" + ope::url_encode(vide)).status == 404);
}

// A name longer than 200 bytes is shortened before its extension: "a" + 97 × "é" +
// ".html.pdf" was typed from ".pdf" but stored (and served) as "….html".
BOOST_AUTO_TEST_CASE(nom_trop_long_garde_son_extension) {
    Client resp = logged("responsable");
    const std::string rep = nouveau_repertoire(resp);
    std::string nom = "a";
    for (int i = 0; i < 97; ++i) nom += "é";
    nom += ".html.pdf";
    BOOST_REQUIRE_GT(nom.size(), 200u);

    const std::string contenu = pdf(500);
    const long id = depot(resp, rep, nom, contenu);
    const std::string stocke = colonne(id, "nom_fichier");
    BOOST_TEST(stocke.size() <= 200u);
    BOOST_TEST(stocke.ends_with(".pdf"), stocke);
    BOOST_TEST(stocke.find(".html") == std::string::npos, stocke);
    BOOST_TEST(colonne(id, "type_mime") == "application/pdf");
    Page dl = logged("tuteur").get(doc(id));
    BOOST_TEST(dl.status == 200);
    BOOST_TEST(dl.headers["content-type"] == "application/pdf");
    BOOST_TEST(dl.headers["content-disposition"].find(".pdf\"") != std::string::npos, dl.headers["content-disposition"]);
    BOOST_TEST(dl.headers["content-disposition"].find(".html") == std::string::npos, dl.headers["content-disposition"]);

    // The same name with a web page inside: refused, nothing stored.
    const long avant = documents_du(rep);
    Page html = deposer(resp, rep, nom, "<html><script>alert(1)</script></html>", "text/html");
    BOOST_TEST(html.status == 422);
    BOOST_TEST(documents_du(rep) == avant);
}
