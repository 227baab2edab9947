// Hostile HTTP through nginx, beyond tests/integration/test_hostile.cpp: raw bytes
// that Poco's client would refuse to send (NUL and invalid UTF-8 in the request
// line, 64 KB headers, truncated and chunked bodies), hostile file names, SQL and
// HTML payloads in every field that takes text, forged cookies, foreign CSRF tokens.
// Every answer: never a 500 nor an exception or SQL error shown; nothing reflected
// unescaped; nothing written by what is refused; the site still answers afterwards.
#define BOOST_TEST_MODULE hostile_http
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include "fcgi/parse.hpp"

#include <Poco/URI.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace ope::test;

namespace {

const std::string kForm = "application/x-www-form-urlencoded";
const std::string kPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const std::string kScript = "<script>alert(1)</script>";
const std::string kImg = "\"><img src=x onerror=alert(1)>";
const std::string kScriptEchappe = "&lt;script&gt;alert(1)&lt;/script&gt;";
const std::string kImgEchappe = "&lt;img src=x onerror=alert(1)&gt;";

// What no answer may show: an error of the program or of the database.
bool fuite(const std::string& body) {
    std::string bas = minuscules(body);
    for (const char* mot : {"sqlexception", "mysql", "mariadb", "terminate called", "stack trace", "traceback", "std::",
                            "what():", "segmentation fault", "syntax error"})
        if (bas.find(mot) != std::string::npos) return true;
    return body.find("Exception") != std::string::npos;
}

// Every answer of this file goes through here.
const Page& sain(const Page& p) {
    BOOST_TEST(p.status != 500);
    BOOST_TEST(p.status < 500, "statut " << p.status);
    BOOST_TEST(!fuite(p.body), "la réponse montre une erreur interne : " << p.body.substr(0, 300));
    return p;
}

// The site answers after a batch.
void le_site_repond() {
    Client c;
    Page p = c.get("/sante");
    BOOST_TEST(p.status == 200);
    BOOST_TEST(p.contains("ok"));
    BOOST_TEST(c.get("/connexion").status == 200);
    Client t = logged("tuteur");
    BOOST_TEST(t.get("/emploi/sessions").status == 200);
}

// ----------------------------------------------------------------- raw sockets

unsigned short port_du_site() {
    Poco::URI uri(std::getenv("OPE_TEST_URL"));
    return uri.getPort();
}

struct Brut {
    int status = 0;         // 0: no answer (connection closed or timed out)
    std::string reponse;    // status line, headers and body as received
    std::string body() const {
        auto pos = reponse.find("\r\n\r\n");
        return pos == std::string::npos ? "" : reponse.substr(pos + 4);
    }
};

// Sends raw bytes to nginx and reads until it closes or `attente_ms` passes without data.
// `pause_ms`: wait after sending; `fermer`: then close our side (end of a truncated body).
Brut brut(const std::string& octets, int attente_ms = 5000, int pause_ms = 0, bool fermer = false) {
    Brut r;
    const auto debut = std::chrono::steady_clock::now();
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    BOOST_REQUIRE(fd >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port_du_site());
    ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    BOOST_REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    timeval tv{attente_ms / 1000, (attente_ms % 1000) * 1000};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    std::size_t envoye = 0;
    while (envoye < octets.size()) {
        ssize_t n = ::send(fd, octets.data() + envoye, octets.size() - envoye, MSG_NOSIGNAL);
        if (n <= 0) break;  // nginx may answer and close before reading everything (431, 413...)
        envoye += static_cast<std::size_t>(n);
    }
    if (pause_ms) std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms));
    if (fermer) ::shutdown(fd, SHUT_WR);
    char buf[16384];
    for (;;) {
        ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        r.reponse.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    if (r.reponse.rfind("HTTP/1.", 0) == 0 && r.reponse.size() >= 12) r.status = std::atoi(r.reponse.substr(9, 3).c_str());
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - debut).count();
    if (ms > 1500) BOOST_TEST_MESSAGE("requête brute lente (" << ms << " ms, statut " << r.status << ") : " << octets.substr(0, 80));
    return r;
}

const Brut& sain(const Brut& r) {
    BOOST_TEST(r.status != 500);
    // 505 is nginx refusing an HTTP version; 502/503/504 would be the app failing.
    BOOST_TEST((r.status < 500 || r.status == 505), "statut " << r.status << " : " << r.reponse.substr(0, 200));
    BOOST_TEST(!fuite(r.body()), "la réponse montre une erreur interne : " << r.body().substr(0, 300));
    return r;
}

std::string cookie_de(const Client& c) { return "ope_session=" + c.cookie("ope_session").value_or(""); }

// A request as bytes: request line as given, Host, Connection: close, extra headers, body.
std::string requete(const std::string& ligne, const std::vector<std::string>& entetes = {}, const std::string& corps = "") {
    std::string out = ligne + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    for (const auto& e : entetes) out += e + "\r\n";
    return out + "\r\n" + corps;
}

long sessions_nommees(const std::string& intitule) {
    return sql_count("SELECT COUNT(*) FROM session_formation WHERE intitule = ?", {intitule});
}

// A session of the test in May 2032.
long creer_session(Client& resp, const std::string& intitule) {
    return ope::test::creer_session(resp, "2032-05", intitule);
}

// A workshop of cycle 1 on 12 May 2032.
long ajouter_atelier(Client& resp, long s, const std::string& intitule) {
    return ope::test::ajouter_atelier(resp, s, "2032-05-12", intitule, "1");
}

void creer_repertoire(Client& resp, const std::string& nom) {
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/documents").status, 200);
    BOOST_REQUIRE_EQUAL(resp.submit("/emploi/documents", {{"nouveau_repertoire", nom}}).status, 303);
}

// A multipart body with a raw filename (any byte), as a browser or a script may send it.
std::string multipart(const std::string& limite, const Fields& champs, const std::string& champ_fichier,
                      const std::string& nom_fichier, const std::string& contenu) {
    std::string body;
    for (const auto& [k, v] : champs)
        body += "--" + limite + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n";
    body += "--" + limite + "\r\nContent-Disposition: form-data; name=\"" + champ_fichier + "\"; filename=\"" + nom_fichier +
            "\"\r\nContent-Type: application/pdf\r\n\r\n" + contenu + "\r\n--" + limite + "--\r\n";
    return body;
}

long nombre_de_tables() {
    return sql_count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()");
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

// Request lines Poco would not send: NUL, invalid UTF-8, dot segments, no slash.
BOOST_AUTO_TEST_CASE(lignes_de_requete_brutes) {
    Client resp = logged("responsable");
    const std::string cookie = "Cookie: " + cookie_de(resp);
    const std::vector<std::string> lignes = {
        "GET /%00 HTTP/1.1",
        "GET /emploi/sessions/%00 HTTP/1.1",
        "GET /emploi/sessions/1%00 HTTP/1.1",
        "GET /emploi/sessions/1%00.html HTTP/1.1",
        "GET /connexion%00.php HTTP/1.1",
        std::string("GET /\xFF\xFE\xC3\x28 HTTP/1.1"),
        std::string("GET /emploi/sessions/\xC0\xAF HTTP/1.1"),
        std::string("GET /emploi/sessions?annee=\xFF HTTP/1.1"),
        "GET /emploi/%C3%28 HTTP/1.1",
        "GET /emploi/sessions/%ED%A0%80 HTTP/1.1",
        "GET /emploi/stagiaires?q=%FF%FE%00%C3%28 HTTP/1.1",
        "GET /emploi/stagiaires?q=%00 HTTP/1.1",
        "GET /emploi/stagiaires?q=%ZZ%&page=%00 HTTP/1.1",
        "GET /connexion?suite=%00%FF HTTP/1.1",
        "GET /connexion?suite=%0D%0ASet-Cookie:%20x=1 HTTP/1.1",
        "GET /emploi/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd HTTP/1.1",
        "GET /emploi/sessions/../../../../etc/passwd HTTP/1.1",
        "GET /static/../../../../etc/passwd HTTP/1.1",
        "GET /static/%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
        "GET /static/..%2f..%2f..%2fetc%2fpasswd HTTP/1.1",
        "GET emploi/sessions HTTP/1.1",
        "GET * HTTP/1.1",
        "GET http://evil.example/emploi/sessions HTTP/1.1",
        "GET / HTTP/9.9",
        "GET / HTTP/1.1 extra",
        "G\0ET / HTTP/1.1",
        "GET /emploi/sessions\t/1 HTTP/1.1",
        "POST /emploi/sessions/%00/ateliers HTTP/1.1",
    };
    for (std::string ligne : lignes) {
        if (ligne == "G\0ET / HTTP/1.1") ligne = std::string("G\0ET / HTTP/1.1", 15);
        for (bool connecte : {false, true}) {
            BOOST_TEST_CONTEXT((connecte ? "responsable " : "anonyme ") << ligne) {
                std::vector<std::string> entetes;
                if (connecte) entetes.push_back(cookie);
                if (ligne.rfind("POST", 0) == 0) {
                    entetes.push_back("Content-Type: " + kForm);
                    entetes.push_back("Content-Length: 0");
                }
                Brut r = brut(requete(ligne, entetes));
                BOOST_TEST_MESSAGE((connecte ? "responsable " : "anonyme ") << ligne.substr(0, 60) << " -> " << r.status);
                sain(r);
                BOOST_TEST(r.status != 0, "pas de réponse");
                BOOST_TEST(r.reponse.find("root:") == std::string::npos);
                BOOST_TEST(r.reponse.find("\r\nSet-Cookie: x=1") == std::string::npos);
                // A path with a NUL or that is not UTF-8 is no page of the site.
                if (ligne.find("%00") != std::string::npos && ligne.find("?") == std::string::npos)
                    BOOST_TEST((r.status == 400 || r.status == 404 || r.status == 302), "statut " << r.status);
            }
        }
    }
    // No Host header in HTTP/1.1, garbage instead of a request, an empty line.
    for (const std::string& octets : {std::string("GET / HTTP/1.1\r\nConnection: close\r\n\r\n"), std::string("GARBAGE\r\n\r\n"),
                                      std::string("\r\n\r\n"), std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)}) {
        BOOST_TEST_CONTEXT("octets " << octets.size()) {
            Brut r = brut(octets, 3000, 0, true);
            sain(r);
        }
    }
    // Not a 500 on the database either: the demo session is intact.
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM session_formation WHERE id = 1") == 1);
    le_site_repond();
}

BOOST_AUTO_TEST_CASE(en_tetes_enormes) {
    Client resp = logged("responsable");
    struct Cas {
        std::string nom;
        std::vector<std::string> entetes;
    };
    const std::string k64(64 * 1024, 'a');
    std::vector<std::string> mille;
    for (int i = 0; i < 1000; ++i) mille.push_back("X-H" + std::to_string(i) + ": v");
    const std::vector<Cas> cas = {
        {"un en-tête de 64 ko", {"X-Big: " + k64}},
        {"un cookie de 64 ko", {"Cookie: ope_session=" + k64}},
        {"un cookie de 64 ko après la vraie session", {"Cookie: " + cookie_de(resp) + "; x=" + k64}},
        {"un User-Agent de 64 ko", {"User-Agent: " + k64}},
        {"mille en-têtes", mille},
        {"une ligne de requête de 64 ko", {}},
        {"un en-tête sans deux-points", {"Ceci n'est pas un en-tete"}},
        {"un en-tête avec NUL", {std::string("X-Nul: a\0b", 10)}},
        {"un en-tête en UTF-8 invalide", {"X-Bad: \xC3\x28\xFF"}},
        {"un Host énorme", {"Host: " + std::string(10000, 'h')}},
    };
    for (const auto& c : cas) {
        BOOST_TEST_CONTEXT(c.nom) {
            const std::string ligne = c.nom == "une ligne de requête de 64 ko" ? "GET /emploi/sessions?" + k64 + " HTTP/1.1"
                                                                                 : "GET /emploi/sessions HTTP/1.1";
            Brut r = brut(requete(ligne, c.entetes));
            BOOST_TEST_MESSAGE(c.nom << " -> " << r.status);
            sain(r);
            BOOST_TEST(r.status != 0, "pas de réponse");
            if (c.nom.find("64 ko") != std::string::npos)
                BOOST_TEST((r.status == 400 || r.status == 414 || r.status == 431 || r.status == 494), "statut " << r.status);
        }
    }
    le_site_repond();
}

BOOST_AUTO_TEST_CASE(corps_tronques_et_chunked) {
    Client resp = logged("responsable");
    resp.get("/emploi/sessions/ajouter");
    const std::string jeton = resp.csrf();
    const std::string cookie = "Cookie: " + cookie_de(resp);
    const std::string marque = "Tronque " + lettres();
    const std::string corps = "csrf=" + jeton + "&mois=2032-05&intitule=" + ope::url_encode(marque);
    auto entetes = [&](const std::string& longueur) {
        return std::vector<std::string>{cookie, "Content-Type: " + kForm, "Content-Length: " + longueur};
    };

    // Content-Length larger than what is sent: nginx waits for the rest (408 after its
    // timeout) or sees us close; the app never gets half a form.
    {
        Brut r = brut(requete("POST /emploi/sessions/ajouter HTTP/1.1", entetes(str(static_cast<long>(corps.size()) + 500)), corps),
                      3000, 1500, true);
        sain(r);
        BOOST_TEST((r.status == 0 || r.status == 400 || r.status == 408), "statut " << r.status);
        BOOST_TEST(sessions_nommees(marque) == 0);
    }
    // The same, but we stay silent until our own timeout.
    {
        Brut r = brut(requete("POST /emploi/sessions/ajouter HTTP/1.1", entetes("100000"), corps), 2000);
        sain(r);
        BOOST_TEST((r.status == 0 || r.status == 400 || r.status == 408), "statut " << r.status);
        BOOST_TEST(sessions_nommees(marque) == 0);
    }
    // Bad Content-Length values.
    for (const std::string& longueur : {std::string("-1"), std::string("abc"), std::string("99999999999999999999"),
                                        std::string("10, 10"), std::string("")}) {
        BOOST_TEST_CONTEXT("Content-Length: " << longueur) {
            Brut r = brut(requete("POST /emploi/sessions/ajouter HTTP/1.1", entetes(longueur), corps), 3000, 0, true);
            sain(r);
            BOOST_TEST(sessions_nommees(marque) == 0);
        }
    }
    // Larger than nginx's client_max_body_size: 413 before the body is read.
    {
        Brut r = brut(requete("POST /emploi/documents HTTP/1.1", entetes("200000000"), ""), 3000);
        sain(r);
        BOOST_TEST(r.status == 413);
    }
    // Both Content-Length and chunked (request smuggling): refused or read as chunked, never two requests.
    {
        const std::string marque2 = "Contrebande " + lettres();
        const std::string cachee = "POST /emploi/sessions/ajouter HTTP/1.1\r\nHost: x\r\n" + cookie + "\r\nContent-Type: " + kForm +
                                   "\r\nContent-Length: " + str(static_cast<long>(corps.size())) + "\r\n\r\ncsrf=" + jeton +
                                   "&mois=2032-05&intitule=" + ope::url_encode(marque2);
        const std::string chunks = "0\r\n\r\n" + cachee;
        Brut r = brut(requete("POST /emploi/sessions/ajouter HTTP/1.1",
                              {cookie, "Content-Type: " + kForm, "Content-Length: " + str(static_cast<long>(chunks.size())),
                               "Transfer-Encoding: chunked"},
                              chunks),
                      3000, 0, true);
        sain(r);
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        BOOST_TEST(sessions_nommees(marque2) == 0);
    }
    // A well-formed chunked body: nginx reads it whole and the app gets a complete form
    // (303), or it is refused as a whole (411/400/403); never half of it.
    {
        const std::string marque3 = "Chunked " + lettres();
        const std::string c3 = "csrf=" + jeton + "&mois=2032-05&intitule=" + ope::url_encode(marque3);
        const std::string a = c3.substr(0, 20), b = c3.substr(20);
        auto hex = [](std::size_t n) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%zx", n);
            return std::string(buf);
        };
        const std::string chunks = hex(a.size()) + "\r\n" + a + "\r\n" + hex(b.size()) + "\r\n" + b + "\r\n0\r\n\r\n";
        Brut r = brut(requete("POST /emploi/sessions/ajouter HTTP/1.1", {cookie, "Content-Type: " + kForm, "Transfer-Encoding: chunked"}, chunks));
        BOOST_TEST_MESSAGE("chunked bien formé -> " << r.status);
        sain(r);
        BOOST_TEST((r.status == 303 || r.status == 400 || r.status == 403 || r.status == 411), "statut " << r.status);
        BOOST_TEST(sessions_nommees(marque3) == (r.status == 303 ? 1 : 0));
        // Malformed chunks: a size that is not hexadecimal, a chunk longer than announced, no final chunk.
        const std::string marque4 = "Chunked mauvais " + lettres();
        const std::string c4 = "csrf=" + jeton + "&mois=2032-05&intitule=" + ope::url_encode(marque4);
        for (const std::string& mauvais : {"zz\r\n" + c4 + "\r\n0\r\n\r\n", "3\r\n" + c4 + "\r\n0\r\n\r\n",
                                           hex(c4.size()) + "\r\n" + c4 + "\r\n", "ffffffffffffffffff\r\n" + c4 + "\r\n0\r\n\r\n"}) {
            BOOST_TEST_CONTEXT("chunks " << mauvais.substr(0, 20)) {
                Brut m = brut(requete("POST /emploi/sessions/ajouter HTTP/1.1", {cookie, "Content-Type: " + kForm, "Transfer-Encoding: chunked"}, mauvais),
                              3000, 500, true);
                sain(m);
                BOOST_TEST((m.status == 0 || m.status == 400 || m.status == 408 || m.status == 413), "statut " << m.status);
            }
        }
        BOOST_TEST(sessions_nommees(marque4) == 0);
    }
    // A multipart body cut in the middle of a file, with Content-Length telling the truth:
    // the app's parser refuses it (400), nothing stored.
    {
        const std::string rep = "Tronque " + lettres();
        creer_repertoire(resp, rep);
        resp.get("/emploi/documents");
        const std::string limite = "----hostileHttp" + lettres();
        std::string entier = multipart(limite, {{"csrf", resp.csrf()}, {"repertoire", rep}}, "fichier", "cut.pdf", kPdf + std::string(5000, 'x'));
        for (std::size_t coupe : {entier.size() - 10, entier.size() / 2, entier.size() - 100}) {
            BOOST_TEST_CONTEXT("multipart coupé à " << coupe) {
                const std::string tronque = entier.substr(0, coupe);
                Brut r = brut(requete("POST /emploi/documents HTTP/1.1",
                                      {cookie, "Content-Type: multipart/form-data; boundary=" + limite,
                                       "Content-Length: " + str(static_cast<long>(tronque.size()))},
                                      tronque));
                sain(r);
                BOOST_TEST(r.status == 400);
            }
        }
        // Announced longer than sent, then closed.
        Brut r = brut(requete("POST /emploi/documents HTTP/1.1",
                              {cookie, "Content-Type: multipart/form-data; boundary=" + limite, "Content-Length: " + str(static_cast<long>(entier.size()))},
                              entier.substr(0, entier.size() / 2)),
                      3000, 1000, true);
        sain(r);
        BOOST_TEST((r.status == 0 || r.status == 400 || r.status == 408), "statut " << r.status);
        BOOST_TEST(sql_count("SELECT COUNT(*) FROM document WHERE repertoire = ?", {rep}) == 0);
    }
    le_site_repond();
}

// File names with ../, \, absolute paths, NUL and control bytes: the stored name is
// a bare name (no / nor \ nor NUL), the download header is clean.
BOOST_AUTO_TEST_CASE(noms_de_fichier_hostiles) {
    Client resp = logged("responsable");
    const std::string rep = "Fichiers hostiles " + lettres();
    creer_repertoire(resp, rep);
    const std::string cookie = "Cookie: " + cookie_de(resp);
    const std::vector<std::string> noms = {
        "../../etc/passwd",          // no extension: refused as a type, 422
        "../../etc/passwd.pdf",
        "..\\..\\windows\\win.ini.pdf",
        "/etc/cron.d/evil.pdf",
        "C:\\Users\\x\\evil.pdf",
        std::string("a\0b.pdf", 7),
        std::string("evil.pdf\0.txt", 13),
        std::string("\0", 1),
        "%2e%2e%2fencoded.pdf",
        "....//....//double.pdf",
        "..",
        "../",
        ".pdf",
        "\x01\x02\x1b[31mcontrol.pdf",
        "nom\r\nX-Injecte: oui.pdf",
        "\xC3\x28invalid.pdf",
        std::string(300, 'n') + ".pdf",
    };
    for (const auto& nom : noms) {
        BOOST_TEST_CONTEXT("filename " << nom.size() << " octets : " << nom.substr(0, 40)) {
            resp.get("/emploi/documents");
            const std::string limite = "----hostileNom" + lettres();
            const std::string corps = multipart(limite, {{"csrf", resp.csrf()}, {"repertoire", rep}}, "fichier", nom, kPdf);
            Brut r = brut(requete("POST /emploi/documents HTTP/1.1",
                                  {cookie, "Content-Type: multipart/form-data; boundary=" + limite,
                                   "Content-Length: " + str(static_cast<long>(corps.size()))},
                                  corps));
            sain(r);
            BOOST_TEST((r.status == 303 || r.status == 422 || r.status == 400), "statut " << r.status);
        }
    }
    // What was stored.
    const long n = sql_count("SELECT COUNT(*) FROM document WHERE repertoire = ?", {rep});
    BOOST_TEST(n >= 5);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM document WHERE repertoire = ? AND (INSTR(nom_fichier, '/') > 0 OR INSTR(nom_fichier, CHAR(92)) > 0 "
                         "OR LOCATE(CHAR(0), nom_fichier) > 0 OR nom_fichier REGEXP '[[:cntrl:]]' OR nom_fichier IN ('', '.', '..'))",
                         {rep}) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM document WHERE repertoire = ? AND CHAR_LENGTH(nom_fichier) > 200", {rep}) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM document WHERE repertoire = ? AND nom_fichier = 'passwd.pdf'", {rep}) == 1);
    // Each download: attachment, a header without line breaks nor path.
    std::vector<std::string> ids;
    for (long i = 0; i < n; ++i)
        ids.push_back(sql_value("SELECT id FROM document WHERE repertoire = ? ORDER BY id LIMIT 1 OFFSET " + str(i), {rep}));
    Client tut = logged("tuteur");
    for (const auto& id : ids) {
        BOOST_TEST_CONTEXT("document " << id) {
            Brut r = brut(requete("GET /emploi/documents/" + id + " HTTP/1.1", {"Cookie: " + cookie_de(tut)}));
            BOOST_TEST(r.status == 200);
            auto fin = r.reponse.find("\r\n\r\n");
            const std::string tete = r.reponse.substr(0, fin);
            BOOST_TEST(tete.find("X-Injecte") == std::string::npos);
            auto cd = tete.find("Content-Disposition: attachment; filename=\"");
            BOOST_TEST(cd != std::string::npos);
            if (cd != std::string::npos) {
                const std::string valeur = tete.substr(cd, tete.find("\r\n", cd) - cd);
                const std::string repli = between(valeur, "filename=\"", "\"");
                BOOST_TEST(repli.find('/') == std::string::npos);
                BOOST_TEST(repli.find('\\') == std::string::npos);
                BOOST_TEST(repli != "..");
            }
        }
    }
    // The library lists them escaped, the tutors' page too.
    sain(resp.get("/emploi/documents?repertoire=" + ope::url_encode(rep)));
    sain(tut.get("/emploi/tuteur/documents?repertoire=" + ope::url_encode(rep)));
    le_site_repond();
}

// SQL in every text field of the trainee form, in the search, in the login form:
// stored literally or refused, the tables intact, no row too many.
BOOST_AUTO_TEST_CASE(injections_sql) {
    Client tut = logged("tuteur");
    const long tables = nombre_de_tables();
    const long stagiaires = sql_count("SELECT COUNT(*) FROM stagiaire");
    const std::vector<std::string> charges = {"' OR 1=1 --", "'; DROP TABLE stagiaire; --", "\" OR \"\"=\"", "1) OR (1=1",
                                              "%' OR '%'='", "\\'; SELECT SLEEP(5); --", "' UNION SELECT login, mot_de_passe_hash FROM utilisateur --"};
    const std::vector<std::string> champs = {"civilite", "nom", "prenom", "tel_fixe", "tel_portable", "email", "adresse",
                                             "code_postal", "ville", "date_naissance", "parution_adresse", "parution_telephone",
                                             "parution_email"};
    int stockes = 0;
    for (const auto& charge : charges) {
        for (const auto& champ : champs) {
            BOOST_TEST_CONTEXT(champ << " = " << charge) {
                const std::string nom = "Sql" + lettres();
                Fields f = {{"civilite", "Mme"}, {"nom", nom}, {"prenom", "Ines"}, {"ville", "Paris"}};
                bool remplace = false;
                for (auto& [k, v] : f)
                    if (k == champ) v = charge, remplace = true;
                if (!remplace) f.emplace_back(champ, charge);
                f.emplace_back("confirmer_doublon", "1");
                tut.get("/emploi/stagiaires/ajouter");
                const auto debut = std::chrono::steady_clock::now();
                Page p = sain(tut.submit("/emploi/stagiaires/ajouter", f));
                if (charge.find("SLEEP") != std::string::npos)
                    BOOST_TEST((std::chrono::steady_clock::now() - debut < std::chrono::seconds(5)), "SLEEP exécuté ?");
                BOOST_TEST((p.status == 303 || p.status == 422), "statut " << p.status);
                const std::string nom_stocke = minuscules(nom);
                const long crees = sql_count("SELECT COUNT(*) FROM stagiaire WHERE LOWER(nom) = ?", {nom_stocke});
                if (p.status == 303) {
                    BOOST_TEST(crees == 1);
                    ++stockes;
                    if (champ == "adresse" || champ == "ville")
                        BOOST_TEST(sql_value("SELECT " + champ + " FROM stagiaire WHERE LOWER(nom) = ?", {nom_stocke}) == charge);
                    // And it shows, escaped, on the record.
                    Page r = sain(tut.get(p.location()));
                    BOOST_TEST(r.status == 200);
                } else {
                    BOOST_TEST(crees == 0);
                    BOOST_TEST((p.contains("class=\"erreur") || p.contains("message-erreur") || p.contains("role=\"alert\"")));
                }
            }
        }
    }
    BOOST_TEST(stockes >= 14);  // adresse and ville take any text, checkboxes are just unticked
    BOOST_TEST(nombre_de_tables() == tables);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM stagiaire") >= stagiaires + stockes);

    // The search: a literal string, not a condition.
    const std::string tout = between(sain(tut.get("/emploi/stagiaires")).body, "<p class=\"compte\">", " stagiaire");
    BOOST_REQUIRE(!tout.empty());
    for (const auto& charge : charges) {
        BOOST_TEST_CONTEXT("q = " << charge) {
            Page p = sain(tut.get("/emploi/stagiaires?q=" + ope::url_encode(charge)));
            BOOST_TEST((p.status == 200 || p.status == 400));
            if (p.status == 200) {
                const std::string total = between(p.body, "<p class=\"compte\">", " stagiaire");
                BOOST_TEST(!total.empty());
                // Only the trainees created above with this text in their address or town match, never all of them.
                BOOST_TEST(std::stol(total) < std::stol(tout));
                BOOST_TEST(!p.contains("$argon2"));
            }
            sain(tut.get("/emploi/stagiaires?q=" + ope::url_encode(charge) + "&page=" + ope::url_encode(charge)));
            sain(tut.get("/emploi/sessions?annee=" + ope::url_encode(charge)));
            sain(tut.get(session(1) + "/validation?atelier=" + ope::url_encode(charge)));
            sain(tut.get("/emploi/tuteur/documents?repertoire=" + ope::url_encode(charge)));
        }
    }
    // In the session and workshop titles, the study fields, the attendance comment: stored as typed.
    Client resp = logged("responsable");
    const std::string charge = "x'); DELETE FROM atelier; -- " + lettres();
    long s = creer_session(resp, charge);
    BOOST_TEST(sql_value("SELECT intitule FROM session_formation WHERE id = ?", {str(s)}) == charge);
    long a = ajouter_atelier(resp, s, charge);
    BOOST_TEST(sql_value("SELECT intitule FROM atelier WHERE id = ?", {str(a)}) == charge);
    long t = creer_stagiaire(resp, {{"civilite", "M."}, {"nom", "Sqlatelier" + lettres()}, {"prenom", "Paul"}});
    resp.get(fiche(t));
    BOOST_TEST(sain(resp.submit(fiche(t) + "/etudes", {{"annee", "2010"}, {"diplome", charge}, {"specialite", charge}, {"etablissement", charge}})).status == 303);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM etude WHERE stagiaire_id = ? AND diplome = ? AND specialite = ? AND etablissement = ?",
                         {str(t), charge, charge, charge}) == 1);
    resp.get(session(s));
    BOOST_TEST(sain(resp.submit(session(s) + "/stagiaires", {{"stagiaire_id", str(t)}})).status == 303);
    resp.get(session(s) + "/validation");
    BOOST_TEST(sain(resp.submit(session(s) + "/validation", {{"statut_" + str(a) + "_" + str(t), "present"},
                                                            {"commentaire_" + str(a) + "_" + str(t), charge}})).status == 303);
    BOOST_TEST(sql_value("SELECT commentaire FROM presence WHERE atelier_id = ? AND stagiaire_id = ?", {str(a), str(t)}) == charge);
    // Ids with SQL in them: no route, or refused.
    for (const std::string& chemin : std::vector<std::string>{session(s) + "%20OR%201=1", fiche(t) + "'--", "/emploi/documents/1%20OR%201=1"}) {
        Page p = sain(resp.get(chemin));
        BOOST_TEST(p.status == 404, chemin);
    }
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM atelier WHERE id = 1") == 1);

    // The login form: no way in, and the failures it causes are wiped (throttling counts them).
    for (const std::string& login : {std::string("' OR 1=1 --"), std::string("responsable' -- "), std::string("responsable' #"),
                                     std::string("\" OR \"\"=\"")}) {
        BOOST_TEST_CONTEXT("login " << login) {
            Client c;
            c.get("/connexion");
            Page p = sain(c.submit("/connexion", {{"login", login}, {"mot_de_passe", "' OR '1'='1"}}));
            BOOST_TEST(p.status == 422);
            BOOST_TEST(!c.cookie("ope_session").has_value());
            BOOST_TEST(c.get("/emploi/sessions").status == 302);
            sql_exec("DELETE FROM echec_connexion WHERE login = ?", {login});
        }
    }
    BOOST_TEST(nombre_de_tables() == tables);
    le_site_repond();
}

// HTML in every text that is shown back: never unescaped on any page that shows it.
BOOST_AUTO_TEST_CASE(html_jamais_reflechi) {
    Client resp = logged("responsable");
    const std::string l = lettres();
    const std::string texte = "Xss" + l + " " + kScript + " " + kImg;
    // A session, a workshop, a trainee with HTML in the free text fields, a study, a comment.
    const long s = creer_session(resp, texte);
    const long a = ajouter_atelier(resp, s, texte);
    const std::string nom = "Xssnom" + l;
    const long t = creer_stagiaire(resp, {{"civilite", "Mme"}, {"nom", nom}, {"prenom", "Eve"}, {"adresse", texte},
                                          {"ville", "Ville " + kScript}, {"email", "eve." + l + "@exemple.fr"},
                                          {"parution_adresse", "1"}, {"parution_telephone", "1"}, {"parution_email", "1"}});
    resp.get(fiche(t));
    BOOST_REQUIRE_EQUAL(resp.submit(fiche(t) + "/etudes", {{"annee", "2012"}, {"diplome", texte}, {"specialite", kImg}, {"etablissement", kScript}}).status, 303);
    resp.get(session(s));
    BOOST_REQUIRE_EQUAL(resp.submit(session(s) + "/stagiaires", {{"stagiaire_id", str(t)}}).status, 303);
    resp.get(fiche(t));
    BOOST_REQUIRE_EQUAL(resp.submit(fiche(t) + "/sessions/" + str(s), {{"statut_financement", "autre"}, {"complement_financement", texte}}).status, 303);
    resp.get(session(s) + "/validation");
    const std::string k = str(a) + "_" + str(t);
    BOOST_REQUIRE_EQUAL(resp.submit(session(s) + "/validation", {{"statut_" + k, "excuse"}, {"commentaire_" + k, texte}}).status, 303);
    // The documents library: a folder and a file named with HTML.
    const std::string rep = "Rep " + kScript + " " + l;
    creer_repertoire(resp, rep);
    resp.get("/emploi/documents");
    const std::string fichier = "<img src=x onerror=alert(1)>" + l + ".pdf";
    BOOST_REQUIRE_EQUAL(resp.post_multipart("/emploi/documents", {{"csrf", resp.csrf()}, {"repertoire", rep}},
                                            {{"fichier", fichier, "application/pdf", kPdf}}).status,
                        303);
    const std::string doc = sql_value("SELECT MAX(id) FROM document WHERE repertoire = ?", {rep});
    BOOST_REQUIRE(!doc.empty());
    // An "envoi documentation" with HTML in the subject and an attachment named with HTML.
    resp.get(session(s) + "/documentation");
    BOOST_REQUIRE_EQUAL(resp.post_multipart(session(s) + "/documentation",
                                            {{"csrf", resp.csrf()}, {"sujet", texte}, {"corps", texte}, {"destinataire", str(t)}, {"document_id", doc}},
                                            {{"piece_jointe", "<script>alert(1)</script>" + l + ".txt", "text/plain", "bonjour"}})
                            .status,
                        303);

    // The trainee's own page.
    Client staff = logged("responsable");
    Page accueil = staff.get(fiche(t) + "/accueil");
    const std::string login = between(accueil.body, "<dt>Identifiant</dt><dd>", "</dd>");
    const std::string mdp = between(accueil.body, "<dt>Mot de passe</dt><dd>", "</dd>");
    BOOST_REQUIRE(!login.empty() && !mdp.empty());
    Client eve = logged(login, mdp);

    struct Vue {
        Client* c;
        std::string url;
        bool montre = true;  // the page shows one of the texts (escaped): else the check would prove nothing
    };
    Client tut = logged("tuteur");
    const std::vector<Vue> vues = {
        {&resp, session(s)},
        {&resp, "/emploi/sessions?annee=2032"},
        {&resp, session(s) + "/validation"},
        {&resp, session(s) + "/validation?atelier=" + str(a)},
        {&resp, session(s) + "/inscrits"},
        {&resp, session(s) + "/inscrits?complet=1"},
        {&resp, session(s) + "/presence/1"},
        {&resp, session(s) + "/documentation"},
        {&resp, fiche(t)},
        {&resp, fiche(t) + "/accueil", false},
        {&tut, fiche(t)},
        {&tut, "/emploi/stagiaires?q=" + nom},
        {&tut, "/emploi/stagiaires?q=" + ope::url_encode(kScript)},
        {&tut, "/emploi/stagiaires?q=" + ope::url_encode(kImg)},
        {&resp, "/emploi/documents"},
        {&resp, "/emploi/documents?repertoire=" + ope::url_encode(rep)},
        {&tut, "/emploi/tuteur/documents"},
        {&tut, "/emploi/tuteur/documents?repertoire=" + ope::url_encode(rep)},
        {&resp, "/emploi/journal?session=" + str(s)},
        {&resp, "/emploi/journal?stagiaire=" + str(t)},
        {&eve, "/espace"},
    };
    for (const auto& v : vues) {
        BOOST_TEST_CONTEXT(v.url) {
            Page p = sain(v.c->get(v.url));
            BOOST_TEST(p.status == 200);
            BOOST_TEST(!p.contains(kScript));
            BOOST_TEST(!p.contains("<img src=x"));
            BOOST_TEST(!p.contains("<script>"));
            if (v.montre)
                BOOST_TEST((p.contains(kScriptEchappe) || p.contains(kImgEchappe)),
                           "la charge n'apparaît pas (échappée) : la vérification ne prouve rien");
        }
    }
    // Forms refused with HTML in fields: re-rendered escaped.
    struct Refus {
        std::string page, action;
        Fields champs;
    };
    const std::vector<Refus> refus = {
        {"/emploi/stagiaires/ajouter", "/emploi/stagiaires/ajouter", {{"civilite", "Mme"}, {"nom", kScript}, {"prenom", kImg}, {"ville", kScript}}},
        {fiche(t), fiche(t), {{"civilite", "Mme"}, {"nom", kImg}, {"prenom", "Eve"}, {"email", kScript}}},
        {fiche(t), fiche(t) + "/etudes", {{"annee", kScript}, {"diplome", kImg}}},
        {fiche(t), fiche(t) + "/sessions", {{"session_id", kScript}, {"statut_financement", kImg}, {"complement_financement", kScript}}},
        {session(s), session(s) + "/ateliers", {{"date", kScript}, {"intitule", kImg}, {"cycle", "1"}}},
        {session(s), session(s) + "/ateliers/" + str(a), {{"date", kImg}, {"intitule", kScript}, {"cycle", "3"}}},
        {"/emploi/sessions/ajouter", "/emploi/sessions/ajouter", {{"mois", kScript}, {"intitule", kImg}}},
        {"/emploi/intervenants", "/emploi/intervenants", {{"login", kScript}, {"nom", kImg}, {"prenom", kScript}, {"email", kImg}, {"role", "tuteur"}}},
        {"/emploi/documents", "/emploi/documents", {{"nouveau_repertoire", std::string(120, 'x') + kScript}}},
        {session(s) + "/documentation", session(s) + "/documentation", {{"sujet", ""}, {"corps", kScript}, {"destinataire", str(t)}}},
    };
    for (const auto& r : refus) {
        BOOST_TEST_CONTEXT("POST " << r.action) {
            resp.get(r.page);
            Page p = sain(resp.submit(r.action, r.champs));
            BOOST_TEST(p.status == 422);
            BOOST_TEST(!p.contains(kScript));
            BOOST_TEST(!p.contains("<img src=x"));
        }
    }
    {
        eve.get("/espace");
        Page p = sain(eve.submit("/espace/donnees", {{"adresse", kScript}, {"email", kImg}, {"tel_portable", kScript}}));
        BOOST_TEST(p.status == 422);
        BOOST_TEST(!p.contains(kScript));
        BOOST_TEST(!p.contains("<img src=x"));
    }
    // The login form: a `suite` and a login with HTML.
    Client anonyme;
    for (const std::string& suite : std::vector<std::string>{"/\"><script>alert(1)</script>", "/emploi/sessions?x=" + kImg, "javascript:alert(1)"}) {
        BOOST_TEST_CONTEXT("suite " << suite) {
            Page p = sain(anonyme.get("/connexion?suite=" + ope::url_encode(suite)));
            BOOST_TEST(p.status == 200);
            BOOST_TEST(!p.contains(kScript));
            BOOST_TEST(!p.contains("<img src=x"));
            BOOST_TEST(!p.contains("value=\"javascript:"));
        }
    }
    anonyme.get("/connexion");
    Page p = sain(anonyme.submit("/connexion", {{"login", kScript}, {"mot_de_passe", ""}, {"suite", kImg}}));
    BOOST_TEST(!p.contains(kScript));
    BOOST_TEST(!p.contains("<img src=x"));
    // A page that does not exist, with HTML in its path: the 404 does not echo it raw.
    Page introuvable = sain(resp.get("/emploi/" + ope::url_encode(kScript)));
    BOOST_TEST(!introuvable.contains(kScript));
    le_site_repond();
}

// Forged cookies: whatever ope_session holds, the visitor is anonymous; no 500.
BOOST_AUTO_TEST_CASE(cookies_forges) {
    std::mt19937_64 alea(std::random_device{}());
    std::string hex;
    for (int i = 0; i < 64; ++i) hex += "0123456789abcdef"[alea() % 16];
    // A real session's stored hash used as the token: the database holds only hashes, they do not log in.
    Client resp = logged("responsable");
    const std::string hash = sql_value("SELECT jeton_hash FROM connexion c JOIN utilisateur u ON u.id = c.utilisateur_id "
                                       "WHERE u.login = 'responsable' ORDER BY c.cree_le DESC LIMIT 1");
    BOOST_REQUIRE_EQUAL(hash.size(), 64u);
    // A token that was valid, after logout.
    Client ancien = logged("tuteur");
    ancien.get("/emploi/sessions");
    const std::string jeton_ancien = ancien.cookie("ope_session").value_or("");
    BOOST_REQUIRE_EQUAL(ancien.submit("/deconnexion", {}).status, 303);

    const std::vector<std::string> cookies = {
        "ope_session=" + hex,
        "ope_session=" + std::string(64, '0'),
        "ope_session=" + hash,
        "ope_session=" + jeton_ancien,
        "ope_session=" + std::string(10000, 'a'),
        "ope_session=" + std::string(7000, 'f'),
        "ope_session=a;b=c; ope_session=" + hex,
        "ope_session=" + hex + "; ope_session=" + hex,
        "ope_session==; ope_csrf==",
        "ope_session=%00%00; ope_csrf=%FF",
        std::string("ope_session=\x00\x01", 14),
        "ope_session=" + hex + "'; DROP TABLE connexion; --",
        "ope_session=<script>alert(1)</script>",
        "ope_csrf=bad",
        "ope_csrf=" + std::string(64, 'g'),
        "ope_csrf=" + std::string(5000, 'a') + "; ope_session=" + hex,
    };
    const long tables = nombre_de_tables();
    const std::string intitule = "Cookie forge " + lettres();
    for (const auto& cookie : cookies) {
        BOOST_TEST_CONTEXT("Cookie: " << cookie.substr(0, 60)) {
            Brut r = brut(requete("GET /emploi/sessions HTTP/1.1", {"Cookie: " + cookie}));
            sain(r);
            BOOST_TEST((r.status == 302 || r.status == 400), "statut " << r.status);
            if (r.status == 302) BOOST_TEST(r.reponse.find("Location: /connexion?suite=") != std::string::npos);
            Brut login = brut(requete("GET /connexion HTTP/1.1", {"Cookie: " + cookie}));
            sain(login);
            BOOST_TEST((login.status == 200 || login.status == 400), "statut " << login.status);
            BOOST_TEST(login.body().find("<script>alert(1)") == std::string::npos);
            // A POST with it and the token of the real manager: not logged in, nothing created.
            resp.get("/emploi/sessions/ajouter");
            const std::string corps = "csrf=" + resp.csrf() + "&mois=2032-05&intitule=" + ope::url_encode(intitule);
            Brut post = brut(requete("POST /emploi/sessions/ajouter HTTP/1.1",
                                     {"Cookie: " + cookie, "Content-Type: " + kForm, "Content-Length: " + str(static_cast<long>(corps.size()))},
                                     corps));
            sain(post);
            BOOST_TEST((post.status == 302 || post.status == 400), "statut " << post.status);
            BOOST_TEST(sessions_nommees(intitule) == 0);
        }
    }
    // The real session still works, the table of sessions is intact.
    BOOST_TEST(resp.get("/emploi/sessions").status == 200);
    BOOST_TEST(nombre_de_tables() == tables);
    le_site_repond();
}

// A CSRF token of someone else (another user, another login of the same user, the
// anonymous form's, a trainee's): 403 on every kind of form, nothing written.
BOOST_AUTO_TEST_CASE(jetons_csrf_etrangers) {
    Client resp = logged("responsable");
    Client resp2 = logged("responsable");
    Client tut = logged("tuteur");
    Client form = logged("formateur");
    const std::string l = lettres();
    // A trainee of the test, with their login.
    const long t = creer_stagiaire(resp, {{"civilite", "M."}, {"nom", "Csrf" + l}, {"prenom", "Hugo"}, {"email", "hugo." + l + "@exemple.fr"}});
    Page accueil = resp.get(fiche(t) + "/accueil");
    Client stag = logged(between(accueil.body, "<dt>Identifiant</dt><dd>", "</dd>"), between(accueil.body, "<dt>Mot de passe</dt><dd>", "</dd>"));
    const long s = creer_session(resp, "Csrf " + l);
    const long a = ajouter_atelier(resp, s, "Csrf " + l);
    resp.get(session(s));
    BOOST_REQUIRE_EQUAL(resp.submit(session(s) + "/stagiaires", {{"stagiaire_id", str(t)}}).status, 303);
    const std::string rep = "Csrf " + l;
    creer_repertoire(resp, rep);

    for (Client* c : {&resp, &resp2, &tut, &form}) c->get("/emploi/sessions");
    stag.get("/espace");
    Client anonyme;
    anonyme.get("/connexion");
    BOOST_REQUIRE(resp.csrf() != resp2.csrf());
    BOOST_REQUIRE(resp.csrf() != tut.csrf());
    BOOST_REQUIRE(stag.csrf().size() == 64u);

    auto etat = [&] {
        return sql_value("SELECT CONCAT_WS('|', civilite, nom, prenom, ville, email) FROM stagiaire WHERE id = ?", {str(t)}) + "#" +
               str(sql_count("SELECT COUNT(*) FROM stagiaire WHERE nom LIKE ?", {"%PIRATE" + minuscules(l) + "%"})) + "#" +
               sql_value("SELECT GROUP_CONCAT(CONCAT(statut, ':', commentaire)) FROM presence WHERE atelier_id = ?", {str(a)}) + "#" +
               str(sql_count("SELECT COUNT(*) FROM document WHERE repertoire = ?", {rep})) + "#" +
               str(sql_count("SELECT COUNT(*) FROM envoi WHERE session_id = ?", {str(s)})) + "#" +
               sql_value("SELECT CONCAT(mot_de_passe_hash, IFNULL(mot_de_passe_initial, '-')) FROM utilisateur WHERE stagiaire_id = ?", {str(t)}) + "#" +
               str(sql_count("SELECT COUNT(*) FROM repertoire WHERE nom LIKE ?", {"%Pirate" + l + "%"}));
    };
    const std::string avant = etat();

    struct Cas {
        std::string qui;
        Client* c;
        std::string jeton, nom_jeton;
    };
    const std::vector<Cas> cas = {
        {"responsable", &resp, resp2.csrf(), "d'une autre connexion du responsable"},
        {"responsable", &resp, tut.csrf(), "du tuteur"},
        {"responsable", &resp, stag.csrf(), "du stagiaire"},
        {"responsable", &resp, anonyme.csrf(), "du formulaire de connexion"},
        {"responsable", &resp, anonyme.cookie("ope_csrf").value_or("x"), "du cookie anonyme"},
        {"tuteur", &tut, resp.csrf(), "du responsable"},
        {"tuteur", &tut, form.csrf(), "du formateur"},
        {"stagiaire", &stag, tut.csrf(), "du tuteur"},
        {"stagiaire", &stag, resp.csrf(), "du responsable"},
    };
    for (const auto& k : cas) {
        struct Action {
            std::string chemin;
            Fields champs;
            bool multipart = false;
        };
        std::vector<Action> actions;
        if (k.qui == "stagiaire") {
            actions = {{"/espace/donnees", {{"ville", "Pirate" + l}, {"email", "pirate." + l + "@exemple.fr"}}},
                       {"/espace/mot-de-passe", {{"actuel", "x"}, {"nouveau", "Pirate-Motdepasse-1"}, {"confirmation", "Pirate-Motdepasse-1"}}},
                       {"/deconnexion", {}}};
        } else {
            actions = {{"/emploi/stagiaires/ajouter", {{"civilite", "M."}, {"nom", "Pirate" + l}, {"prenom", "Jean"}}},
                       {fiche(t), {{"civilite", "Mme"}, {"nom", "Pirate" + l}, {"prenom", "Jean"}, {"ville", "Pirate"}}},
                       {fiche(t) + "/mot-de-passe", {}},
                       {session(s) + "/validation", {{"statut_" + str(a) + "_" + str(t), "absent"}, {"commentaire_" + str(a) + "_" + str(t), "Pirate"}}},
                       {session(s) + "/documentation", {{"sujet", "Pirate"}, {"corps", "x"}, {"destinataire", str(t)}}, true},
                       {"/deconnexion", {}}};
            if (k.qui == "responsable") {
                actions.push_back({"/emploi/documents", {{"repertoire", rep}}, true});
                actions.push_back({"/emploi/documents", {{"nouveau_repertoire", "Pirate" + l}}});
            }
        }
        for (const auto& act : actions) {
            BOOST_TEST_CONTEXT(k.qui << " POST " << act.chemin << " avec le jeton " << k.nom_jeton) {
                Fields f = act.champs;
                f.emplace_back("csrf", k.jeton);
                Page p = act.multipart ? k.c->post_multipart(act.chemin, f, {{"fichier", "pirate.pdf", "application/pdf", kPdf}})
                                       : k.c->post(act.chemin, f);
                sain(p);
                BOOST_TEST(p.status == 403);
                BOOST_TEST(p.contains("Le formulaire a expiré"));
                BOOST_TEST(etat() == avant);
            }
        }
        // Still logged in (the refused logout did nothing).
        BOOST_TEST(k.c->get(k.qui == "stagiaire" ? "/espace" : "/emploi/sessions").status == 200);
    }
    // The login form's double-submit token: another visitor's cookie/token pair does not fit.
    Client visiteur;
    visiteur.get("/connexion");
    Page p = sain(visiteur.post("/connexion", {{"login", "tuteur"}, {"mot_de_passe", "demo"}, {"csrf", anonyme.csrf()}}));
    BOOST_TEST(p.status == 403);
    BOOST_TEST(!visiteur.cookie("ope_session").has_value());
    le_site_repond();
}
