#define BOOST_TEST_MODULE fichiers
#include <boost/test/unit_test.hpp>

#include "domain/fichiers.hpp"
#include "fcgi/http.hpp"

using namespace ope;

BOOST_AUTO_TEST_CASE(safe_names) {
    BOOST_TEST(nom_de_fichier_sur("C:\\Users\\moi\\Règlement.pdf") == "Règlement.pdf");
    BOOST_TEST(nom_de_fichier_sur("../../etc/passwd") == "passwd");
    BOOST_TEST(nom_de_fichier_sur(std::string("a\0b.pdf", 7)) == "ab.pdf");
    BOOST_TEST(nom_de_fichier_sur("x\r\n\"y\".pdf") == "xy.pdf");
    BOOST_TEST(nom_de_fichier_sur("") == "document");
    BOOST_TEST(nom_de_fichier_sur("..") == "document");
    BOOST_TEST(nom_de_fichier_sur("dossier/") == "document");
    BOOST_TEST(nom_de_fichier_sur("\xC3\x28.pdf") == "document");  // invalid UTF-8
    const std::string long_name = nom_de_fichier_sur(std::string(300, 'e') + ".pdf");
    BOOST_TEST(long_name.size() <= 200u);
}

BOOST_AUTO_TEST_CASE(types_by_content) {
    BOOST_TEST(type_de_document("a.pdf", "%PDF-1.7 ...").value() == "application/pdf");
    BOOST_TEST(type_de_document("A.PDF", "%PDF-1.7").value() == "application/pdf");
    BOOST_TEST(!type_de_document("a.pdf", "<html><script>"));
    BOOST_TEST(!type_de_document("a.exe", "MZ\x90"));
    BOOST_TEST(!type_de_document("sans-extension", "%PDF-"));
    BOOST_TEST(!type_de_document("vide.pdf", ""));
    BOOST_TEST(type_de_document("a.docx", std::string("PK\x03\x04rest", 8)).has_value());
    BOOST_TEST(!type_de_document("a.docx", "not a zip"));
    BOOST_TEST(type_de_document("a.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)).has_value());
    BOOST_TEST(type_de_document("a.png", std::string("\x89PNG\r\n\x1A\n....", 12)).value() == "image/png");
    BOOST_TEST(type_de_document("notes.txt", "des notes, été").has_value());
    BOOST_TEST(!type_de_document("notes.txt", std::string("bin\0ary", 7)));
    BOOST_TEST(!type_de_document("notes.txt", "\xC3\x28"));
    BOOST_TEST(!type_de_document("page.html", "<html>"));
    BOOST_TEST(!type_de_document("image.svg", "<svg onload=alert(1)>"));
}

BOOST_AUTO_TEST_CASE(readable_sizes) {
    BOOST_TEST(taille_lisible(12) == "12 octets");
    BOOST_TEST(taille_lisible(2048) == "2 ko");
    BOOST_TEST(taille_lisible(2 * 1024 * 1024) == "2,0 Mo");
    BOOST_TEST(taille_lisible(1536 * 1024) == "1,5 Mo");
}

BOOST_AUTO_TEST_CASE(download_header) {
    BOOST_TEST(content_disposition("Règlement intérieur.pdf") ==
               "attachment; filename=\"Reglement interieur.pdf\"; filename*=UTF-8''R%C3%A8glement%20int%C3%A9rieur.pdf");
    BOOST_TEST(content_disposition("\"x\".pdf").find("filename=\"x.pdf\"") != std::string::npos);
}

// A long name is shortened before its extension: the type is decided from the name
// as stored, and "a" + 97 × "é" + ".html.pdf" (204 bytes) cut to 200 bytes used to
// end in ".html".
BOOST_AUTO_TEST_CASE(long_names_keep_their_extension) {
    std::string e_aigu;
    for (int i = 0; i < 97; ++i) e_aigu += "\xC3\xA9";
    const std::string piege = nom_de_fichier_sur("a" + e_aigu + ".html.pdf");
    BOOST_TEST(piege.size() <= 200u);
    BOOST_TEST(piege.ends_with(".pdf"), piege);
    BOOST_TEST(piege.find(".html") == std::string::npos, piege);
    BOOST_TEST(type_de_document(piege, "%PDF-1.4").value() == "application/pdf");
    BOOST_TEST(!type_de_document(piege, "<html><script>"));

    const std::string long_name = nom_de_fichier_sur(std::string(300, 'e') + ".pdf");
    BOOST_TEST(long_name == std::string(196, 'e') + ".pdf");
    // Cut on a character boundary (no half "é" before the dot), still valid UTF-8.
    const std::string accents = nom_de_fichier_sur(e_aigu + e_aigu + ".docx");
    BOOST_TEST(accents.size() <= 200u);
    BOOST_TEST(accents.ends_with("\xC3\xA9.docx"), accents);
    // No extension: cut on a character boundary.
    const std::string sans = nom_de_fichier_sur("x" + e_aigu + e_aigu);
    BOOST_TEST(sans.size() == 199u);
    BOOST_TEST(sans.ends_with("\xC3\xA9"));
    // More than 200 characters is shortened too, not replaced by "document".
    BOOST_TEST(nom_de_fichier_sur(std::string(500, 'z') + ".txt").ends_with("z.txt"));
    // Short names are kept as they are.
    BOOST_TEST(nom_de_fichier_sur("a.html.pdf") == "a.html.pdf");
}
