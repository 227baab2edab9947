// Step 12, "envoi documentation": the form, the sending stored whole, its delivery
// by the mail worker (`ope courriels`, started here against the SMTP sink of the
// test stack, or against a closed port for a mail server that is down), each
// trainee's own mail with their login details, the sender's copy, the 2 MB limit,
// retries without duplicates, two workers at once, bad input.
#define BOOST_TEST_MODULE envois
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"
#include "tests/integration/support/worker.hpp"

#include "fcgi/parse.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace ope::test;
using namespace std::chrono_literals;

namespace {

// Global fixture: needs the stack and the mail worker's settings.
struct StackEtCourriels {
    StackEtCourriels() {
        skip_without_stack();
        if (!mail_available()) {
            std::cerr << "OPE_TEST_BIN or OPE_TEST_MAILDIR is not set: run through scripts/test.sh. Skipped.\n";
            std::exit(77);
        }
    }
};

std::string documentation(long id) { return session(id) + "/documentation"; }

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string hex(const std::string& s) {
    static const char* h = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        out += h[c >> 4];
        out += h[c & 15];
    }
    return out;
}

long occurrences(const std::string& text, const std::string& what) {
    long n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++n;
    return n;
}

// Bytes that look like a PDF to the site, binary ones included.
std::string pdf(std::size_t size, char graine = 'a') {
    std::string s = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    for (std::size_t i = 0; s.size() < size; ++i) s += static_cast<char>((i * 131 + static_cast<unsigned char>(graine)) % 256);
    s.resize(size);
    return s;
}

std::string png(std::size_t size) {
    std::string s("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    for (std::size_t i = 0; s.size() < size; ++i) s += static_cast<char>((i * 7 + 3) % 256);
    s.resize(size);
    return s;
}

// ---------------------------------------------------------------------------
// A small MIME reader, independent of the app's composer: enough to check the
// structure, the decoded parts and the encoded words of what the sink stored.

std::string sans_cr(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i)
        if (!(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) out += s[i];
    return out;
}

std::string trim(const std::string& s) {
    auto a = s.find_first_not_of(" \t\n");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t\n") - a + 1);
}

std::string base64_decode(const std::string& in) {
    static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : in) {
        if (c == '=') break;
        auto pos = alphabet.find(c);
        if (pos == std::string::npos) continue;  // line breaks
        buffer = (buffer << 6) | static_cast<unsigned>(pos);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Quoted-printable; in an encoded word (`q_word`), "_" is a space.
std::string qp_decode(const std::string& in, bool q_word) {
    std::string out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '=' && i + 1 < in.size() && in[i + 1] == '\n') {
            ++i;  // soft line break
        } else if (in[i] == '=' && i + 2 < in.size() && hexval(in[i + 1]) >= 0 && hexval(in[i + 2]) >= 0) {
            out += static_cast<char>(hexval(in[i + 1]) * 16 + hexval(in[i + 2]));
            i += 2;
        } else if (q_word && in[i] == '_') {
            out += ' ';
        } else {
            out += in[i];
        }
    }
    return out;
}

// RFC 2047: "=?UTF-8?q?...?=" words (white space between two words dropped).
std::string decode_words(const std::string& s) {
    std::string out, blancs;
    bool apres_mot = false;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s.compare(i, 2, "=?") == 0) {
            auto q1 = s.find('?', i + 2);
            auto q2 = q1 == std::string::npos ? q1 : s.find('?', q1 + 1);
            auto fin = q2 == std::string::npos ? q2 : s.find("?=", q2 + 1);
            if (fin != std::string::npos && q2 == q1 + 2) {
                const std::string charset = lower(s.substr(i + 2, q1 - i - 2));
                const char enc = static_cast<char>(std::tolower(static_cast<unsigned char>(s[q1 + 1])));
                const std::string texte = s.substr(q2 + 1, fin - q2 - 1);
                BOOST_TEST((charset == "utf-8"), "charset of an encoded word: " << charset);
                if (!apres_mot) out += blancs;
                blancs.clear();
                out += enc == 'b' ? base64_decode(texte) : qp_decode(texte, true);
                apres_mot = true;
                i = fin + 2;
                continue;
            }
        }
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
            blancs += s[i] == '\n' ? "" : std::string(1, s[i]);
            ++i;
            continue;
        }
        out += blancs;
        blancs.clear();
        out += s[i++];
        apres_mot = false;
    }
    return out + blancs;
}

bool utf8_valide(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

// RFC 2047, section 5: "Each 'encoded-word' MUST represent an integral number of
// characters. A multi-octet character may not be split across adjacent
// 'encoded-word's." The first encoded word that does not, or "" when all do.
std::string mot_coupe(const std::string& header) {
    for (std::size_t i = header.find("=?"); i != std::string::npos; i = header.find("=?", i + 2)) {
        auto q1 = header.find('?', i + 2);
        auto q2 = q1 == std::string::npos ? q1 : header.find('?', q1 + 1);
        auto fin = q2 == std::string::npos ? q2 : header.find("?=", q2 + 1);
        if (fin == std::string::npos) break;
        const std::string texte = header.substr(q2 + 1, fin - q2 - 1);
        const char enc = static_cast<char>(std::tolower(static_cast<unsigned char>(header[q1 + 1])));
        if (!utf8_valide(enc == 'b' ? base64_decode(texte) : qp_decode(texte, true))) return header.substr(i, fin + 2 - i);
        i = fin;
    }
    return "";
}

// Lines of a raw message longer than RFC 5322's 998 characters.
long lignes_trop_longues(const std::string& raw) {
    long n = 0;
    std::size_t debut = 0;
    const std::string s = sans_cr(raw);
    while (debut < s.size()) {
        auto fin = s.find('\n', debut);
        if (fin == std::string::npos) fin = s.size();
        if (fin - debut > 998) ++n;
        debut = fin + 1;
    }
    return n;
}

struct Mime {
    std::vector<std::pair<std::string, std::string>> headers;  // lower-case names, unfolded values
    std::string body;                                          // raw, "\n" line ends
    std::vector<Mime> parts;                                   // of a multipart

    std::string header(const std::string& name) const {
        for (const auto& [k, v] : headers)
            if (k == name) return v;
        return "";
    }
    long count(const std::string& name) const {
        return std::count_if(headers.begin(), headers.end(), [&](const auto& h) { return h.first == name; });
    }
    std::string type() const { return lower(trim(header("content-type").substr(0, header("content-type").find(';')))); }
    // A parameter of a header: `boundary`, `charset`, `filename`...
    std::string param(const std::string& name, const std::string& p) const {
        const std::string v = header(name);
        std::size_t pos = v.find(';');
        while (pos != std::string::npos) {
            auto next = v.find(';', pos + 1);
            std::string item = v.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
            auto eq = item.find('=');
            if (eq != std::string::npos && lower(trim(item.substr(0, eq))) == p) {
                std::string value = trim(item.substr(eq + 1));
                if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
                return value;
            }
            pos = next;
        }
        return "";
    }
    std::string decoded() const {
        const std::string cte = lower(trim(header("content-transfer-encoding")));
        if (cte == "base64") return base64_decode(body);
        if (cte == "quoted-printable") return qp_decode(body, false);
        return body;
    }
    std::string filename() const { return decode_words(param("content-disposition", "filename")); }
};

Mime parse_mime(const std::string& raw_in) {
    const std::string raw = sans_cr(raw_in);
    Mime m;
    std::string head;
    if (!raw.empty() && raw[0] == '\n') {
        m.body = raw.substr(1);
    } else {
        auto fin = raw.find("\n\n");
        head = raw.substr(0, fin);
        m.body = fin == std::string::npos ? "" : raw.substr(fin + 2);
    }
    std::size_t pos = 0;
    while (pos < head.size()) {
        auto eol = head.find('\n', pos);
        std::string line = head.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos);
        pos = eol == std::string::npos ? head.size() : eol + 1;
        if ((line[0] == ' ' || line[0] == '\t') && !m.headers.empty()) {
            m.headers.back().second += line;
        } else if (auto colon = line.find(':'); colon != std::string::npos) {
            m.headers.emplace_back(lower(trim(line.substr(0, colon))), trim(line.substr(colon + 1)));
        }
    }
    if (m.type().rfind("multipart/", 0) == 0) {
        const std::string boundary = m.param("content-type", "boundary");
        BOOST_REQUIRE_MESSAGE(!boundary.empty(), "multipart without boundary");
        const std::string delim = "--" + boundary;
        std::vector<std::string> blocs;
        bool dedans = false, fini = false;
        std::string courant;
        std::size_t p = 0;
        while (p <= m.body.size() && !fini) {
            auto eol = m.body.find('\n', p);
            std::string line = m.body.substr(p, eol == std::string::npos ? std::string::npos : eol - p);
            p = eol == std::string::npos ? m.body.size() + 1 : eol + 1;
            std::string t = line;
            while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
            if (t == delim || t == delim + "--") {
                if (dedans) blocs.push_back(courant);
                courant.clear();
                dedans = true;
                fini = t == delim + "--";
                continue;
            }
            if (dedans) courant += (courant.empty() ? "" : "\n") + line;
        }
        BOOST_TEST(fini, "multipart not closed: " << boundary);
        for (const auto& b : blocs) m.parts.push_back(parse_mime(b));
    }
    return m;
}

// ---------------------------------------------------------------------------

struct Tuteur {
    std::string login, email, password = "Solide-motdepasse-1", id, nom_complet;
};

// A tutor of the test's own, with an e-mail (for the sender's copy).
Tuteur creer_tuteur(Client& resp) {
    Tuteur t;
    const std::string u = lettres();
    t.login = "tut." + u;
    t.email = "tuteur." + u + "@exemple.fr";
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/intervenants").status, 200);
    Page p = resp.submit("/emploi/intervenants", {{"login", t.login}, {"nom", "Envoyeur" + u}, {"prenom", "Théo"},
                                                   {"email", t.email}, {"role", "tuteur"}, {"mot_de_passe", t.password}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    t.id = sql_value("SELECT id FROM utilisateur WHERE login = ?", {t.login});
    BOOST_REQUIRE(!t.id.empty());
    BOOST_REQUIRE_EQUAL(sql_value("SELECT email FROM utilisateur WHERE id = ?", {t.id}), t.email);
    return t;
}

long creer_session(Client& resp) {
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/sessions/ajouter").status, 200);
    Page p = resp.submit("/emploi/sessions/ajouter", {{"mois", "2033-06"}, {"intitule", "Documentation " + lettres()}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    long id = id_from_location(p.location());
    BOOST_REQUIRE_GT(id, 0);
    BOOST_REQUIRE_EQUAL(resp.get(session(id)).status, 200);
    BOOST_REQUIRE_EQUAL(resp.submit(session(id) + "/ateliers", {{"date", "2033-06-10"}, {"intitule", "Atelier CV"}, {"cycle", "1"}}).status, 303);
    return id;
}

struct Stagiaire {
    long id = 0;
    std::string nom_affiche, email, login, mot_de_passe;
};

// A fresh trainee (with or without e-mail), enrolled in `s` when s > 0; login and
// initial password as the welcome sheet shows them.
Stagiaire creer_stagiaire(Client& staff, long s, const std::string& prenom, bool avec_email = true) {
    Stagiaire st;
    const std::string u = lettres();
    const std::string nom = "Doc" + u;
    if (avec_email) st.email = "stagiaire." + u + "@exemple.fr";
    BOOST_REQUIRE_EQUAL(staff.get("/emploi/stagiaires/ajouter").status, 200);
    Page p = staff.submit("/emploi/stagiaires/ajouter", {{"civilite", "Mme"}, {"nom", nom}, {"prenom", prenom}, {"email", st.email}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    st.id = id_from_location(p.location());
    BOOST_REQUIRE_GT(st.id, 0);
    st.nom_affiche = sql_value("SELECT CONCAT(nom, ' ', prenom) FROM stagiaire WHERE id = ?", {str(st.id)});
    BOOST_REQUIRE_EQUAL(sql_value("SELECT email FROM stagiaire WHERE id = ?", {str(st.id)}), st.email);
    Page feuille = staff.get("/emploi/stagiaires/" + str(st.id) + "/accueil");
    BOOST_REQUIRE_EQUAL(feuille.status, 200);
    st.login = dd_apres(feuille.body, "Identifiant");
    st.mot_de_passe = dd_apres(feuille.body, "Mot de passe", feuille.body.find("Identifiant"));
    BOOST_REQUIRE(!st.login.empty());
    BOOST_REQUIRE(!st.mot_de_passe.empty());
    BOOST_REQUIRE_EQUAL(st.login, sql_value("SELECT login FROM utilisateur WHERE stagiaire_id = ?", {str(st.id)}));
    if (s > 0) {
        BOOST_REQUIRE_EQUAL(staff.get(session(s)).status, 200);
        BOOST_REQUIRE_EQUAL(staff.submit(session(s) + "/stagiaires", {{"stagiaire_id", str(st.id)}}).status, 303);
    }
    return st;
}

std::string nouveau_repertoire(Client& resp) {
    const std::string nom = "Envois " + lettres();
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/documents").status, 200);
    BOOST_REQUIRE_EQUAL(resp.submit("/emploi/documents", {{"nouveau_repertoire", nom}}).status, 303);
    return nom;
}

// A library document (uploaded by the manager); its id.
long document(Client& resp, const std::string& rep, const std::string& nom, const std::string& contenu) {
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/documents").status, 200);
    Page p = resp.post_multipart("/emploi/documents", {{"csrf", resp.csrf()}, {"repertoire", rep}},
                                 {{"fichier", nom, "application/pdf", contenu}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    const std::string id = sql_value("SELECT MAX(id) FROM document WHERE repertoire = ? AND nom_fichier = ?", {rep, nom});
    BOOST_REQUIRE(!id.empty());
    return std::stol(id);
}

// Posts the form as the browser would: GET it first for the token.
Page envoyer(Client& c, long s, Fields fields, const std::vector<FilePart>& files = {}, bool avec_csrf = true) {
    BOOST_REQUIRE_EQUAL(c.get(documentation(s)).status, 200);
    if (avec_csrf) fields.insert(fields.begin(), {"csrf", c.csrf()});
    return c.post_multipart(documentation(s), fields, files);
}

long envois_de(long s) { return sql_count("SELECT COUNT(*) FROM envoi WHERE session_id = ?", {str(s)}); }
long destinataires_de(long s) {
    return sql_count("SELECT COUNT(*) FROM envoi_destinataire d JOIN envoi e ON e.id = d.envoi_id WHERE e.session_id = ?", {str(s)});
}
long pieces_de(long s) {
    return sql_count("SELECT COUNT(*) FROM envoi_piece_jointe p JOIN envoi e ON e.id = p.envoi_id WHERE e.session_id = ?", {str(s)});
}
long dernier_envoi(long s) {
    const std::string id = sql_value("SELECT MAX(id) FROM envoi WHERE session_id = ?", {str(s)});
    BOOST_REQUIRE(!id.empty());
    return std::stol(id);
}
long statut(long e, const std::string& st) {
    return sql_count("SELECT COUNT(*) FROM envoi_destinataire WHERE envoi_id = ? AND statut = ?", {str(e), st});
}
std::string copie(long e, const std::string& col = "copie_statut") {
    return sql_value("SELECT " + col + " FROM envoi WHERE id = ?", {str(e)});
}

// Waits (the worker being started) until every recipient and the copy of `e` are sent.
bool tout_envoye(long e, long destinataires, std::chrono::milliseconds delai = 40s) {
    return wait_until([&] { return statut(e, "envoye") == destinataires && copie(e) == "envoye"; }, delai);
}

// The mails of sending `e` in the Maildir (the sink's, or `maildir`), by Message-ID
// ("<envoi-E-S@ope>", "<envoi-E-copie@ope>").
std::multimap<std::string, Mime> mails_de(long e, const std::string& maildir = "") {
    std::multimap<std::string, Mime> out;
    const std::string cle = "<envoi-" + str(e) + "-";
    for (const auto& [fichier, raw] : maildir_messages(maildir)) {
        const std::string debut = sans_cr(raw.substr(0, 20000));
        const std::string entete = debut.substr(0, debut.find("\n\n"));
        if (entete.find(cle) == std::string::npos) continue;
        BOOST_TEST(lignes_trop_longues(raw) == 0, fichier << ": lines over 998 characters");
        Mime m = parse_mime(raw);
        out.emplace(m.header("message-id"), std::move(m));
    }
    return out;
}
std::string id_mail(long e, long stagiaire) { return "<envoi-" + str(e) + "-" + str(stagiaire) + "@ope>"; }
std::string id_copie(long e) { return "<envoi-" + str(e) + "-copie@ope>"; }

// Every mail of the Maildir whose envelope recipient is `email`.
long mails_pour(const std::string& email) {
    long n = 0;
    for (const auto& [fichier, raw] : maildir_messages()) {
        const std::string r = sans_cr(raw);
        const std::string entete = r.substr(0, r.find("\n\n"));
        if (lower(entete + "\n").find("\nx-rcptto: " + lower(email) + "\n") != std::string::npos) ++n;
    }
    return n;
}

// Text as the page shows it: apostrophes may be escaped as &#39;.
bool contient(const Page& p, const std::string& texte) {
    std::string echappe = texte;
    for (std::size_t pos = 0; (pos = echappe.find('\'', pos)) != std::string::npos; pos += 5) echappe.replace(pos, 1, "&#39;");
    return p.contains(texte) || p.contains(echappe);
}

// True when the checkbox `name`=`value` of the page is ticked.
bool coche(const Page& p, const std::string& name, const std::string& value) {
    auto pos = p.body.find("name=\"" + name + "\" value=\"" + value + "\"");
    if (pos == std::string::npos) return false;
    const std::string balise = p.body.substr(pos, p.body.find('>', pos) - pos);
    return balise.find(" checked") != std::string::npos;
}

const Mime* texte_de(const Mime& m) {
    if (m.parts.empty() || m.parts[0].parts.size() < 2) return nullptr;
    return &m.parts[0].parts[0];
}
const Mime* html_de(const Mime& m) {
    if (m.parts.empty() || m.parts[0].parts.size() < 2) return nullptr;
    return &m.parts[0].parts[1];
}

const std::string kCorps = "Bonjour,\n\nVoici la documentation de l'été — à lire avant l'atelier <script>x</script>.\n\nBien à vous,\nThéo";

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(StackEtCourriels);

BOOST_AUTO_TEST_CASE(formulaire_envoi_et_courriels_de_chaque_stagiaire) {
    Client resp = logged("responsable");
    Tuteur t = creer_tuteur(resp);
    Client tut = logged(t.login, t.password);
    const long s = creer_session(resp);
    Stagiaire a = creer_stagiaire(tut, s, "Alice");
    Stagiaire b = creer_stagiaire(tut, s, "Bruno");
    Stagiaire sans = creer_stagiaire(tut, s, "Célia", false);
    const std::string rep = nouveau_repertoire(resp);
    const std::string nom_doc = "Règlement intérieur é.pdf";
    const std::string octets_doc = pdf(40000);
    const long did = document(resp, rep, nom_doc, octets_doc);

    // The form: trainees with an e-mail ticked, the one without apart; subject pre-filled.
    Page form = tut.get(documentation(s));
    BOOST_TEST(form.status == 200);
    for (const auto& st : {a, b})
        BOOST_TEST(form.contains("<input type=\"checkbox\" name=\"destinataire\" value=\"" + str(st.id) + "\" checked> " +
                                 st.nom_affiche + " &lt;" + st.email + "&gt;"),
                   st.nom_affiche);
    BOOST_TEST(!form.contains("name=\"destinataire\" value=\"" + str(sans.id) + "\""));
    const std::string apart = form.body.substr(form.body.find("Sans adresse e-mail"));
    BOOST_TEST(apart.find("<a href=\"/emploi/stagiaires/" + str(sans.id) + "\">" + sans.nom_affiche + "</a>") != std::string::npos);
    const std::string sujet_defaut = between(form.body, "name=\"sujet\" value=\"", "\"");
    BOOST_TEST(sujet_defaut.find("n° " + str(s)) != std::string::npos, sujet_defaut);
    BOOST_TEST(sujet_defaut.find("juin 2033") != std::string::npos, sujet_defaut);
    BOOST_TEST(!between(form.body, "name=\"corps\"", "</textarea>").empty());
    BOOST_TEST(form.contains("name=\"document_id\" value=\"" + str(did) + "\""));
    BOOST_TEST(form.contains("2,0 Mo au plus au total"));

    // The sending: two trainees, one library document, one attachment from the computer.
    const std::string sujet = "Documentation été — session n° " + str(s) + " " + lettres();
    const std::string nom_pj = "Planning d'été ü.png";
    const std::string octets_pj = png(30000);
    const long envois_avant = envois_de(s);
    Page p = envoyer(tut, s,
                     {{"sujet", sujet}, {"corps", kCorps}, {"destinataire", str(a.id)}, {"destinataire", str(b.id)},
                      {"document_id", str(did)}},
                     {{"piece_jointe", nom_pj, "image/png", octets_pj}, {"piece_jointe", "", "application/octet-stream", ""}});
    BOOST_TEST(p.status == 303);
    BOOST_TEST(p.location() == "/emploi/sessions/" + str(s) + "#envois");
    BOOST_REQUIRE_EQUAL(envois_de(s), envois_avant + 1);
    const long e = dernier_envoi(s);

    // Stored whole: the sending, one row per trainee (waiting), both files.
    BOOST_TEST(sql_value("SELECT CONCAT_WS('|', expediteur_id, sujet, copie_email, copie_statut) FROM envoi WHERE id = ?", {str(e)}) ==
               t.id + "|" + sujet + "|" + t.email + "|en_attente");
    BOOST_TEST(sql_value("SELECT corps FROM envoi WHERE id = ?", {str(e)}) == kCorps);
    BOOST_TEST(sql_value("SELECT GROUP_CONCAT(CONCAT(stagiaire_id, ':', email, ':', statut, ':', tentatives) ORDER BY stagiaire_id)"
                         " FROM envoi_destinataire WHERE envoi_id = ?", {str(e)}) ==
               str(a.id) + ":" + a.email + ":en_attente:0," + str(b.id) + ":" + b.email + ":en_attente:0");
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM envoi_piece_jointe WHERE envoi_id = ?", {str(e)}) == 2);
    BOOST_TEST(sql_value("SELECT HEX(contenu) FROM envoi_piece_jointe WHERE envoi_id = ? AND nom_fichier = ?", {str(e), nom_doc}) == hex(octets_doc));
    BOOST_TEST(sql_value("SELECT HEX(contenu) FROM envoi_piece_jointe WHERE envoi_id = ? AND nom_fichier = ?", {str(e), nom_pj}) == hex(octets_pj));
    BOOST_TEST(sql_value("SELECT type_mime FROM envoi_piece_jointe WHERE envoi_id = ? AND nom_fichier = ?", {str(e), nom_pj}) == "image/png");

    // The session page shows the sending, waiting.
    Page avant = tut.get(p.location());
    BOOST_TEST(avant.status == 200);
    BOOST_TEST(avant.contains("Envois de documentation"));
    BOOST_TEST(avant.contains("Envoi enregistré"));
    BOOST_TEST(avant.contains(sujet));
    BOOST_TEST(occurrences(avant.body, "class=\"envoi-en_attente\">en attente</span>") == 2);
    BOOST_TEST(mails_de(e).empty());

    // Delivery by one worker.
    {
        Worker w;
        BOOST_TEST(tout_envoye(e, 2), "statuses: " << sql_value("SELECT GROUP_CONCAT(CONCAT(statut, ' ', derniere_erreur)) FROM envoi_destinataire WHERE envoi_id = ?", {str(e)}));
        BOOST_TEST(w.running());
        BOOST_TEST(w.stop() == 0);
    }
    auto mails = mails_de(e);
    BOOST_TEST(mails.size() == 3u);
    const std::string from = std::getenv("OPE_MAIL_FROM") ? std::getenv("OPE_MAIL_FROM") : "";
    for (const auto* st : {&a, &b}) {
        const Stagiaire& autre = st == &a ? b : a;
        BOOST_TEST_CONTEXT(st->nom_affiche) {
            BOOST_REQUIRE_EQUAL(mails.count(id_mail(e, st->id)), 1u);
            const Mime& m = mails.find(id_mail(e, st->id))->second;
            BOOST_TEST(m.header("to").find(st->email) != std::string::npos, m.header("to"));
            BOOST_TEST(m.header("to").find(autre.email) == std::string::npos);
            BOOST_TEST(m.count("to") == 1);
            BOOST_TEST(m.header("cc").empty());
            BOOST_TEST(m.header("bcc").empty());
            BOOST_TEST(lower(m.header("x-rcptto")) == st->email);
            if (!from.empty()) BOOST_TEST(m.header("from").find(from) != std::string::npos, m.header("from"));
            BOOST_TEST(decode_words(m.header("subject")) == sujet, m.header("subject"));
            BOOST_TEST(mot_coupe(m.header("subject")).empty(), "split character in " << m.header("subject"));
            // multipart/mixed: the alternative (text, HTML), then the two files.
            BOOST_TEST(m.type() == "multipart/mixed");
            BOOST_REQUIRE_EQUAL(m.parts.size(), 3u);
            BOOST_TEST(m.parts[0].type() == "multipart/alternative");
            BOOST_REQUIRE_EQUAL(m.parts[0].parts.size(), 2u);
            const Mime& texte = *texte_de(m);
            const Mime& html = *html_de(m);
            BOOST_TEST(texte.type() == "text/plain");
            BOOST_TEST(lower(texte.param("content-type", "charset")) == "utf-8");
            BOOST_TEST(html.type() == "text/html");
            BOOST_TEST(lower(html.param("content-type", "charset")) == "utf-8");
            const std::string t_txt = texte.decoded(), t_html = html.decoded();
            BOOST_TEST(t_txt.rfind(kCorps, 0) == 0, t_txt);
            BOOST_TEST(t_html.find("Voici la documentation de l") != std::string::npos);
            BOOST_TEST(t_html.find("été — à lire avant") != std::string::npos);
            BOOST_TEST(t_html.find("<script>") == std::string::npos);
            BOOST_TEST(t_html.find("&lt;script&gt;") != std::string::npos);
            // The footer: THIS trainee's login and initial password (as on the welcome sheet).
            BOOST_TEST(t_txt.find("\nIdentifiant : " + st->login + "\n") != std::string::npos, t_txt);
            BOOST_TEST(t_txt.find("\nMot de passe : " + st->mot_de_passe + "\n") != std::string::npos, t_txt);
            BOOST_TEST(t_html.find("<strong>" + st->login + "</strong>") != std::string::npos);
            BOOST_TEST(t_html.find("<strong>" + st->mot_de_passe + "</strong>") != std::string::npos);
            for (const auto& other : {autre.login, autre.mot_de_passe, autre.email}) {
                BOOST_TEST(t_txt.find(other) == std::string::npos, other);
                BOOST_TEST(t_html.find(other) == std::string::npos, other);
            }
            BOOST_TEST(t_txt.find(sans.login) == std::string::npos);
            // The attachments, exact bytes and names.
            const Mime& pj1 = m.parts[1];
            const Mime& pj2 = m.parts[2];
            BOOST_TEST(lower(pj1.header("content-disposition")).rfind("attachment", 0) == 0);
            BOOST_TEST(pj1.type() == "application/pdf");
            BOOST_TEST(pj1.filename() == nom_doc);
            BOOST_TEST((pj1.decoded() == octets_doc), "library document: " << pj1.decoded().size() << " bytes");
            BOOST_TEST(lower(pj2.header("content-disposition")).rfind("attachment", 0) == 0);
            BOOST_TEST(pj2.type() == "image/png");
            BOOST_TEST(pj2.filename() == nom_pj);
            BOOST_TEST((pj2.decoded() == octets_pj), "uploaded file: " << pj2.decoded().size() << " bytes");
        }
    }
    // The sender's copy: to the tutor, listing the recipients, without their passwords.
    BOOST_REQUIRE_EQUAL(mails.count(id_copie(e)), 1u);
    const Mime& c = mails.find(id_copie(e))->second;
    BOOST_TEST(c.header("to").find(t.email) != std::string::npos, c.header("to"));
    BOOST_TEST(lower(c.header("x-rcptto")) == t.email);
    BOOST_TEST(decode_words(c.header("subject")) == "Copie : " + sujet);
    BOOST_REQUIRE(texte_de(c) != nullptr);
    const std::string c_txt = texte_de(c)->decoded();
    for (const auto& st : {a, b}) {
        BOOST_TEST(c_txt.find("- " + st.nom_affiche + " <" + st.email + "> : envoyé") != std::string::npos, c_txt);
        BOOST_TEST(c_txt.find(st.mot_de_passe) == std::string::npos);
    }
    BOOST_TEST(c_txt.find(sans.email.empty() ? sans.nom_affiche : sans.email) == std::string::npos);
    BOOST_TEST(c_txt.find(nom_doc) != std::string::npos);
    BOOST_TEST(c_txt.find(nom_pj) != std::string::npos);
    BOOST_TEST(c_txt.find(kCorps) != std::string::npos);
    BOOST_TEST(c.parts.size() == 3u);

    // Recorded, and shown on the session page.
    BOOST_TEST(statut(e, "envoye") == 2);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM envoi_destinataire WHERE envoi_id = ? AND envoye_le IS NOT NULL AND tentatives = 1", {str(e)}) == 2);
    Page apres = tut.get(session(s));
    BOOST_TEST(apres.status == 200);
    BOOST_TEST(occurrences(apres.body, "class=\"envoi-envoye\">envoyé le ") == 2);
    BOOST_TEST(apres.contains(a.email));
    BOOST_TEST(apres.contains(b.email));
    BOOST_TEST(contient(apres, "copie à l'expéditeur : envoyée"));
    BOOST_TEST(apres.contains("Pièces jointes : " + nom_doc));
}

namespace {

// What a browser sends back from a textarea that shows `html`: the line break right
// after <textarea> is not part of the text (HTML), entities are decoded, lines end with CRLF.
std::string saisi(std::string html) {
    if (!html.empty() && html[0] == '\n') html.erase(0, 1);
    for (const auto& [entite, c] : std::vector<std::pair<std::string, std::string>>{
             {"&#39;", "'"}, {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}})
        for (std::size_t pos = 0; (pos = html.find(entite, pos)) != std::string::npos; pos += c.size()) html.replace(pos, entite.size(), c);
    std::string out;
    for (char ch : html) out += ch == '\n' ? std::string("\r\n") : std::string(1, ch);
    return out;
}

}  // namespace

// The body as the form shows it (the default text, in paragraphs) arrives as typed:
// line breaks in the text part, paragraphs and lines in the HTML part; the trainees'
// answers go to the sender (Reply-To).
BOOST_AUTO_TEST_CASE(le_message_garde_ses_lignes_et_les_reponses_vont_a_l_expediteur) {
    Client resp = logged("responsable");
    Tuteur t = creer_tuteur(resp);
    Client tut = logged(t.login, t.password);
    const long s = creer_session(resp);
    Stagiaire a = creer_stagiaire(tut, s, "Amandine");

    Page form = tut.get(documentation(s));
    BOOST_REQUIRE_EQUAL(form.status, 200);
    std::string zone = between(form.body, "name=\"corps\"", "</textarea>");
    zone = zone.substr(zone.find('>') + 1);
    BOOST_TEST(zone.rfind("Bonjour,\n\nVous trouverez ci-joint", 0) == 0u, zone);
    BOOST_TEST(contient(form, "les réponses des stagiaires arriveront à cette adresse"));
    BOOST_TEST(form.contains(t.email));
    BOOST_TEST(!contient(form, "Votre compte n'a pas d'adresse e-mail"));

    const std::string corps = saisi(zone);
    std::string attendu = trim(corps);  // stored and sent with "\n" line ends, without the blank lines around
    for (std::size_t pos = 0; (pos = attendu.find('\r', pos)) != std::string::npos;) attendu.erase(pos, 1);
    const std::string sujet = "Lignes " + lettres();
    Page p = envoyer(tut, s, {{"sujet", sujet}, {"corps", corps}, {"destinataire", str(a.id)}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    const long e = dernier_envoi(s);
    BOOST_TEST(sql_value("SELECT corps FROM envoi WHERE id = ?", {str(e)}) == attendu);
    {
        Worker w;
        BOOST_TEST(tout_envoye(e, 1));
    }
    auto mails = mails_de(e);
    BOOST_REQUIRE_EQUAL(mails.count(id_mail(e, a.id)), 1u);
    const Mime& m = mails.find(id_mail(e, a.id))->second;
    BOOST_TEST(m.header("reply-to") == t.email);
    BOOST_TEST(m.count("reply-to") == 1);
    BOOST_REQUIRE(texte_de(m) != nullptr);
    const std::string t_txt = texte_de(m)->decoded(), t_html = html_de(m)->decoded();
    BOOST_TEST(t_txt.rfind(attendu, 0) == 0u, t_txt);
    BOOST_TEST(t_txt.find("Bonjour,\n\nVous trouverez ci-joint") != std::string::npos);
    BOOST_TEST(occurrences(t_html, "<p style=\"margin: 0 0 1em;\">") == 4);
    BOOST_TEST(t_html.find("<p style=\"margin: 0 0 1em;\">Bonjour,</p>") != std::string::npos, t_html);
    BOOST_TEST(t_html.find("Bien cordialement,<br>") != std::string::npos, t_html);
    // The sender's copy goes to the sender: no Reply-To needed.
    BOOST_REQUIRE_EQUAL(mails.count(id_copie(e)), 1u);
    BOOST_TEST(mails.find(id_copie(e))->second.count("reply-to") == 0);
}

// A tutor whose account has no e-mail is told so before sending; the trainees' mails
// then have no Reply-To, and the copy is marked as not sent.
BOOST_AUTO_TEST_CASE(expediteur_sans_email_prevenu_avant_l_envoi) {
    Client resp = logged("responsable");
    const std::string u = lettres();
    const std::string login = "sansmail." + u, password = "Solide-motdepasse-1";
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/intervenants").status, 200);
    BOOST_REQUIRE_EQUAL(resp.submit("/emploi/intervenants", {{"login", login}, {"nom", "Sansmail" + u}, {"prenom", "Paul"},
                                                            {"email", ""}, {"role", "tuteur"}, {"mot_de_passe", password}})
                            .status,
                        303);
    Client tut = logged(login, password);
    const long s = creer_session(resp);
    Stagiaire a = creer_stagiaire(tut, s, "Bérénice");
    Page form = tut.get(documentation(s));
    BOOST_TEST(form.status == 200);
    BOOST_TEST(contient(form, "Votre compte n'a pas d'adresse e-mail"));
    BOOST_TEST(contient(form, "la copie de cet envoi"));
    BOOST_TEST(!contient(form, "les réponses des stagiaires arriveront à cette adresse"));

    Page p = envoyer(tut, s, {{"sujet", "Sans adresse " + u}, {"corps", "Bonjour"}, {"destinataire", str(a.id)}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    const long e = dernier_envoi(s);
    BOOST_TEST(copie(e) == "echec");
    {
        Worker w;
        BOOST_TEST(wait_until([&] { return statut(e, "envoye") == 1; }, 40s));
    }
    auto mails = mails_de(e);
    BOOST_REQUIRE_EQUAL(mails.count(id_mail(e, a.id)), 1u);
    BOOST_TEST(mails.find(id_mail(e, a.id))->second.count("reply-to") == 0);
    BOOST_TEST(mails.count(id_copie(e)) == 0u);
}

BOOST_AUTO_TEST_CASE(plus_de_2_mo_refuse_rien_stocke_rien_envoye) {
    Client resp = logged("responsable");
    Tuteur t = creer_tuteur(resp);
    Client tut = logged(t.login, t.password);
    const long s = creer_session(resp);
    Stagiaire a = creer_stagiaire(tut, s, "Agathe");
    const std::string rep = nouveau_repertoire(resp);
    const std::size_t mo = 1024 * 1024;
    const long gros = document(resp, rep, "gros 1,5 Mo.pdf", pdf(mo + mo / 2));
    const long enorme = document(resp, rep, "énorme.pdf", pdf(2 * mo + mo / 2, 'e'));
    const std::string sujet = "Trop lourd " + lettres();

    struct Cas {
        std::string nom;
        std::vector<std::string> docs;
        std::vector<FilePart> fichiers;
    };
    const std::vector<Cas> cas = {
        {"bibliothèque 1,5 Mo + fichier 0,6 Mo", {str(gros)}, {{"piece_jointe", "ajout.pdf", "application/pdf", pdf(mo * 6 / 10, 'f')}}},
        {"deux fichiers de 1,1 Mo", {}, {{"piece_jointe", "un.pdf", "application/pdf", pdf(mo * 11 / 10, 'g')}, {"piece_jointe", "deux.pdf", "application/pdf", pdf(mo * 11 / 10, 'h')}}},
        {"un document de 2,5 Mo", {str(enorme)}, {}},
    };
    for (const auto& c : cas) {
        BOOST_TEST_CONTEXT(c.nom) {
            Fields f = {{"sujet", sujet}, {"corps", "Trop de pièces."}, {"destinataire", str(a.id)}};
            for (const auto& d : c.docs) f.emplace_back("document_id", d);
            Page p = envoyer(tut, s, f, c.fichiers);
            BOOST_TEST(p.status == 422);
            BOOST_TEST(p.contains("2,0 Mo au plus"));
            BOOST_TEST(contient(p, "Rien n'a été envoyé"));
            // The form kept as typed.
            BOOST_TEST(p.contains("value=\"" + sujet + "\""));
            BOOST_TEST(coche(p, "destinataire", str(a.id)));
            for (const auto& d : c.docs) BOOST_TEST(coche(p, "document_id", d), d);
            BOOST_TEST(envois_de(s) == 0);
            BOOST_TEST(destinataires_de(s) == 0);
            BOOST_TEST(pieces_de(s) == 0);
            BOOST_TEST(sql_count("SELECT COUNT(*) FROM envoi WHERE sujet = ?", {sujet}) == 0);
        }
    }
    // Nothing goes out: a worker finds nothing for this trainee.
    {
        Worker w;
        std::this_thread::sleep_for(4s);
        BOOST_TEST(w.running());
        BOOST_TEST(w.stop() == 0);
    }
    BOOST_TEST(mails_pour(a.email) == 0);

    // Exactly 2 MB in all is allowed, and goes out whole.
    const std::string complement = png(2 * mo - (mo + mo / 2));
    Page ok = envoyer(tut, s, {{"sujet", sujet}, {"corps", "Juste 2 Mo."}, {"destinataire", str(a.id)}, {"document_id", str(gros)}},
                      {{"piece_jointe", "complément.png", "image/png", complement}});
    BOOST_TEST(ok.status == 303);
    BOOST_REQUIRE_EQUAL(envois_de(s), 1);
    const long e = dernier_envoi(s);
    BOOST_TEST(sql_count("SELECT CAST(SUM(LENGTH(contenu)) AS SIGNED) FROM envoi_piece_jointe WHERE envoi_id = ?", {str(e)}) == static_cast<long>(2 * mo));
    {
        Worker w;
        BOOST_TEST(tout_envoye(e, 1));
    }
    auto mails = mails_de(e);
    BOOST_REQUIRE_EQUAL(mails.count(id_mail(e, a.id)), 1u);
    const Mime& m = mails.find(id_mail(e, a.id))->second;
    BOOST_REQUIRE_EQUAL(m.parts.size(), 3u);
    BOOST_TEST(m.parts[1].decoded().size() == mo + mo / 2);
    BOOST_TEST((m.parts[2].decoded() == complement));
    BOOST_TEST(mails_pour(a.email) == 1);
}

BOOST_AUTO_TEST_CASE(serveur_de_courrier_en_panne_puis_revenu_sans_doublon) {
    Client resp = logged("responsable");
    Tuteur t = creer_tuteur(resp);
    Client tut = logged(t.login, t.password);
    const long s = creer_session(resp);
    std::vector<Stagiaire> st = {creer_stagiaire(tut, s, "Denis"), creer_stagiaire(tut, s, "Eva"), creer_stagiaire(tut, s, "Fanny")};
    // Fanny has chosen her own password: her mail says so, and shows none.
    sql_exec("UPDATE utilisateur SET mot_de_passe_initial = NULL WHERE stagiaire_id = ?", {str(st[2].id)});

    Fields f = {{"sujet", "Panne " + lettres()}, {"corps", "Bonjour, voici les documents."}};
    for (const auto& x : st) f.emplace_back("destinataire", str(x.id));
    Page p = envoyer(tut, s, f, {{"piece_jointe", "programme.pdf", "application/pdf", pdf(5000)}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    const long e = dernier_envoi(s);
    BOOST_TEST(statut(e, "en_attente") == 3);

    // The mail server is down (nothing listens on port 1).
    {
        Worker panne(std::map<std::string, std::string>{{"OPE_SMTP_PORT", "1"}});
        bool essaye = wait_until([&] {
            return sql_count("SELECT COUNT(*) FROM envoi_destinataire WHERE envoi_id = ? AND tentatives >= 1", {str(e)}) == 3;
        }, 20s);
        BOOST_TEST(essaye, "attempts: " << sql_value("SELECT GROUP_CONCAT(tentatives) FROM envoi_destinataire WHERE envoi_id = ?", {str(e)}));
        BOOST_TEST(panne.running());
        BOOST_TEST(panne.stop() == 0);
    }
    BOOST_TEST(statut(e, "en_attente") == 3);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM envoi_destinataire WHERE envoi_id = ? AND derniere_erreur <> ''"
                         " AND verrou IS NULL AND envoye_le IS NULL", {str(e)}) == 3);
    // The copy waits for the recipients.
    BOOST_TEST(copie(e) == "en_attente");
    BOOST_TEST(copie(e, "copie_tentatives") == "0");
    BOOST_TEST(mails_de(e).empty());
    Page attente = tut.get(session(s));
    BOOST_TEST(attente.status == 200);
    BOOST_TEST(occurrences(attente.body, "class=\"envoi-en_attente\">en attente") == 3);
    BOOST_TEST(attente.contains("en attente (nouvel essai prévu"));
    BOOST_TEST(!attente.contains("class=\"envoi-envoye\""));

    // The server is back: each mail exactly once, then the copy.
    {
        Worker w;
        BOOST_TEST(tout_envoye(e, 3), "statuses: " << sql_value("SELECT GROUP_CONCAT(CONCAT(statut, ' ', tentatives, ' ', prochain_essai)) FROM envoi_destinataire WHERE envoi_id = ?", {str(e)}));
        auto mails = mails_de(e);
        for (const auto& x : st) BOOST_TEST(mails.count(id_mail(e, x.id)) == 1u, x.nom_affiche);
        BOOST_TEST(mails.count(id_copie(e)) == 1u);
        BOOST_TEST(mails.size() == 4u);
        // Left running a while: nothing sent twice.
        std::this_thread::sleep_for(6s);
        BOOST_TEST(w.running());
        BOOST_TEST(w.stop() == 0);
    }
    auto mails = mails_de(e);
    BOOST_TEST(mails.size() == 4u);
    for (const auto& x : st) {
        BOOST_TEST(mails.count(id_mail(e, x.id)) == 1u, x.nom_affiche);
        BOOST_TEST(mails_pour(x.email) == 1, x.email);
    }
    BOOST_TEST(mails_pour(t.email) == 1);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM envoi_destinataire WHERE envoi_id = ? AND statut = 'envoye' AND tentatives >= 2"
                         " AND derniere_erreur = ''", {str(e)}) == 3);

    // Footers: initial passwords for Denis and Eva; Fanny's says she chose hers.
    for (const auto& x : st) {
        auto it = mails.find(id_mail(e, x.id));
        if (it == mails.end() || !texte_de(it->second)) continue;
        const std::string txt = texte_de(it->second)->decoded();
        BOOST_TEST(txt.find("\nIdentifiant : " + x.login + "\n") != std::string::npos, txt);
        if (x.id == st[2].id) {
            BOOST_TEST(txt.find("Mot de passe : celui que vous avez choisi") != std::string::npos, txt);
            BOOST_TEST(txt.find(x.mot_de_passe) == std::string::npos);
        } else {
            BOOST_TEST(txt.find("\nMot de passe : " + x.mot_de_passe + "\n") != std::string::npos, txt);
        }
    }
    // The copy lists the three as sent.
    if (mails.count(id_copie(e)) && texte_de(mails.find(id_copie(e))->second)) {
        const std::string txt = texte_de(mails.find(id_copie(e))->second)->decoded();
        for (const auto& x : st) BOOST_TEST(txt.find("- " + x.nom_affiche + " <" + x.email + "> : envoyé") != std::string::npos, txt);
    }
    Page envoye = tut.get(session(s));
    BOOST_TEST(occurrences(envoye.body, "class=\"envoi-envoye\">envoyé le ") == 3);
    BOOST_TEST(!envoye.contains("class=\"envoi-en_attente\""));
}

BOOST_AUTO_TEST_CASE(deux_workers_a_la_fois_chaque_courriel_une_seule_fois) {
    Client resp = logged("responsable");
    Tuteur t = creer_tuteur(resp);
    Client tut = logged(t.login, t.password);
    const long s = creer_session(resp);
    std::vector<Stagiaire> st;
    for (const char* prenom : {"Gaspard", "Hélène", "Inès", "Jules", "Katia"}) st.push_back(creer_stagiaire(tut, s, prenom));
    Fields f = {{"sujet", "Deux workers " + lettres()}, {"corps", "Bonjour."}};
    for (const auto& x : st) f.emplace_back("destinataire", str(x.id));
    Page p = envoyer(tut, s, f, {{"piece_jointe", "fiche.pdf", "application/pdf", pdf(200000)}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    const long e = dernier_envoi(s);
    BOOST_REQUIRE_EQUAL(statut(e, "en_attente"), 5);
    {
        Worker w1, w2;
        BOOST_TEST(tout_envoye(e, 5));
        std::this_thread::sleep_for(4s);
        BOOST_TEST(w1.running());
        BOOST_TEST(w2.running());
        BOOST_TEST(w1.stop() == 0);
        BOOST_TEST(w2.stop() == 0);
    }
    auto mails = mails_de(e);
    BOOST_TEST(mails.size() == 6u);
    for (const auto& x : st) {
        BOOST_TEST(mails.count(id_mail(e, x.id)) == 1u, x.nom_affiche);
        BOOST_TEST(mails_pour(x.email) == 1, x.email);
    }
    BOOST_TEST(mails.count(id_copie(e)) == 1u);
    BOOST_TEST(mails_pour(t.email) == 1);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM envoi_destinataire WHERE envoi_id = ? AND statut = 'envoye' AND tentatives = 1", {str(e)}) == 5);
    BOOST_TEST(copie(e, "copie_tentatives") == "1");
}

BOOST_AUTO_TEST_CASE(saisies_invalides_et_droits_rien_stocke) {
    Client resp = logged("responsable");
    Tuteur t = creer_tuteur(resp);
    Client tut = logged(t.login, t.password);
    const long s = creer_session(resp);
    const long autre_session = creer_session(resp);
    Stagiaire a = creer_stagiaire(tut, s, "Laure");
    Stagiaire sans = creer_stagiaire(tut, s, "Marc", false);
    Stagiaire ailleurs = creer_stagiaire(tut, autre_session, "Nadia");
    const std::string sujet = "Invalide " + lettres();
    const long docs_max = std::stol(sql_value("SELECT IFNULL(MAX(id), 0) FROM document"));

    struct Cas {
        std::string nom;
        Fields fields;
        std::vector<FilePart> files;
        std::string message;
    };
    const std::string corps = "Bonjour.";
    const std::vector<Cas> cas = {
        {"aucun destinataire", {{"sujet", sujet}, {"corps", corps}}, {}, "Cochez au moins un stagiaire."},
        {"stagiaire d'une autre session", {{"sujet", sujet}, {"corps", corps}, {"destinataire", str(a.id)}, {"destinataire", str(ailleurs.id)}}, {}, "n'est pas un stagiaire de cette session"},
        {"stagiaire sans e-mail", {{"sujet", sujet}, {"corps", corps}, {"destinataire", str(sans.id)}}, {}, "n'est pas un stagiaire de cette session"},
        {"destinataire inexistant", {{"sujet", sujet}, {"corps", corps}, {"destinataire", "999999999"}}, {}, "n'est pas un stagiaire de cette session"},
        {"destinataire pas un nombre", {{"sujet", sujet}, {"corps", corps}, {"destinataire", "1 OR 1=1"}}, {}, "n'est pas un stagiaire de cette session"},
        {"objet vide", {{"sujet", ""}, {"corps", corps}, {"destinataire", str(a.id)}}, {}, "Donnez un objet au message."},
        {"objet blanc", {{"sujet", "   "}, {"corps", corps}, {"destinataire", str(a.id)}}, {}, "Donnez un objet au message."},
        {"objet trop long", {{"sujet", std::string(201, 'x')}, {"corps", corps}, {"destinataire", str(a.id)}}, {}, ""},
        {"message vide", {{"sujet", sujet}, {"corps", " \n "}, {"destinataire", str(a.id)}}, {}, "Le message est vide."},
        {"document inexistant", {{"sujet", sujet}, {"corps", corps}, {"destinataire", str(a.id)}, {"document_id", str(docs_max + 1000)}}, {}, "n'existe plus dans la bibliothèque"},
        {"document pas un nombre", {{"sujet", sujet}, {"corps", corps}, {"destinataire", str(a.id)}, {"document_id", "abc"}}, {}, "n'existe plus dans la bibliothèque"},
        {"pièce jointe exécutable", {{"sujet", sujet}, {"corps", corps}, {"destinataire", str(a.id)}},
         {{"piece_jointe", "virus.exe", "application/octet-stream", std::string("MZ\x90\0", 4)}}, "type de fichier refusé"},
        {"pièce jointe .pdf qui n'en est pas un", {{"sujet", sujet}, {"corps", corps}, {"destinataire", str(a.id)}},
         {{"piece_jointe", "faux.pdf", "application/pdf", "<html>pas un pdf</html>"}}, "type de fichier refusé"},
    };
    for (const auto& c : cas) {
        BOOST_TEST_CONTEXT(c.nom) {
            Page p = envoyer(tut, s, c.fields, c.files);
            BOOST_TEST(p.status == 422);
            BOOST_TEST(contient(p, c.message), "expected message: " << c.message);
            BOOST_TEST(contient(p, "Rien n'a été envoyé"));
            BOOST_TEST(p.contains("name=\"csrf\""));
            BOOST_TEST(envois_de(s) == 0);
        }
    }
    // Values kept on a refused form.
    Page garde = envoyer(tut, s, {{"sujet", sujet}, {"corps", "Texte gardé é"}, {"destinataire", str(a.id)}, {"document_id", "abc"}});
    BOOST_TEST(garde.status == 422);
    BOOST_TEST(garde.contains("value=\"" + sujet + "\""));
    BOOST_TEST(garde.contains("Texte gardé é</textarea>"));
    BOOST_TEST(coche(garde, "destinataire", str(a.id)));

    const Fields valide = {{"sujet", sujet}, {"corps", corps}, {"destinataire", str(a.id)}};
    // Without the CSRF token, or with a wrong one: 403.
    BOOST_TEST(envoyer(tut, s, valide, {}, false).status == 403);
    Fields faux = valide;
    faux.emplace_back("csrf", "0000000000000000");
    BOOST_TEST(envoyer(tut, s, faux, {}, false).status == 403);
    // A trainer, a trainee: 403 on the form and on the POST.
    Client form = logged("formateur");
    BOOST_TEST(form.get(documentation(s)).status == 403);
    form.get("/emploi/sessions");
    Fields ff = valide;
    ff.emplace_back("csrf", form.csrf());
    BOOST_TEST(form.post_multipart(documentation(s), ff, {}).status == 403);
    Client stag = logged(a.login, a.mot_de_passe);
    BOOST_TEST(stag.get(documentation(s)).status == 403);
    stag.get("/espace");
    Fields fs = valide;
    fs.emplace_back("csrf", stag.csrf());
    BOOST_TEST(stag.post_multipart(documentation(s), fs, {}).status == 403);
    // Not logged in: to the login form.
    Client anonyme;
    Page anon = anonyme.get(documentation(s));
    BOOST_TEST(anon.status == 302);
    BOOST_TEST(anon.location().rfind("/connexion?suite=", 0) == 0);
    // Unknown session: 404.
    BOOST_TEST(tut.get(documentation(999999999)).status == 404);
    tut.get(documentation(s));
    Fields f404 = valide;
    f404.emplace_back("csrf", tut.csrf());
    BOOST_TEST(tut.post_multipart(documentation(999999999), f404, {}).status == 404);

    BOOST_TEST(envois_de(s) == 0);
    BOOST_TEST(envois_de(autre_session) == 0);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM envoi WHERE sujet = ?", {sujet}) == 0);

    // The manager may send too (control: the same valid input goes through); a trainee
    // ticked twice gets one mail.
    Fields double_coche = valide;
    double_coche.emplace_back("destinataire", str(a.id));
    Page ok = envoyer(resp, s, double_coche);
    BOOST_TEST(ok.status == 303);
    BOOST_TEST(envois_de(s) == 1);
    BOOST_TEST(destinataires_de(s) == 1);
    {
        Worker w;
        BOOST_TEST(tout_envoye(dernier_envoi(s), 1));
    }
}

BOOST_AUTO_TEST_CASE(echec_definitif_apres_ope_mail_attempts) {
    Client resp = logged("responsable");
    Tuteur t = creer_tuteur(resp);
    Client tut = logged(t.login, t.password);
    const long s = creer_session(resp);
    Stagiaire a = creer_stagiaire(tut, s, "Olivia");
    Page p = envoyer(tut, s, {{"sujet", "Échec " + lettres()}, {"corps", "Bonjour."}, {"destinataire", str(a.id)}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    const long e = dernier_envoi(s);

    // Down, with two attempts allowed: the mail fails for good, then the copy too.
    {
        Worker panne(std::map<std::string, std::string>{{"OPE_SMTP_PORT", "1"}, {"OPE_MAIL_ATTEMPTS", "2"}});
        BOOST_TEST(wait_until([&] { return statut(e, "echec") == 1 && copie(e) == "echec"; }, 30s),
                   "statut " << sql_value("SELECT CONCAT(statut, ' ', tentatives) FROM envoi_destinataire WHERE envoi_id = ?", {str(e)})
                             << ", copie " << copie(e) << " " << copie(e, "copie_tentatives"));
        BOOST_TEST(panne.stop() == 0);
    }
    BOOST_TEST(sql_value("SELECT tentatives FROM envoi_destinataire WHERE envoi_id = ?", {str(e)}) == "2");
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM envoi_destinataire WHERE envoi_id = ? AND derniere_erreur <> '' AND envoye_le IS NULL", {str(e)}) == 1);
    BOOST_TEST(copie(e, "copie_tentatives") == "2");
    BOOST_TEST(!copie(e, "copie_erreur").empty());
    Page page = tut.get(session(s));
    BOOST_TEST(page.status == 200);
    BOOST_TEST(occurrences(page.body, "class=\"envoi-echec\">échec : ") == 1);
    BOOST_TEST(contient(page, "copie à l'expéditeur : non envoyée"));

    // A failed mail is not sent later by a healthy worker.
    {
        Worker w;
        std::this_thread::sleep_for(4s);
        BOOST_TEST(w.stop() == 0);
    }
    BOOST_TEST(statut(e, "echec") == 1);
    BOOST_TEST(mails_de(e).empty());
    BOOST_TEST(mails_pour(a.email) == 0);
    BOOST_TEST(mails_pour(t.email) == 0);
}

BOOST_AUTO_TEST_CASE(objet_hostile_ou_long_bien_transmis) {
    Client resp = logged("responsable");
    Tuteur t = creer_tuteur(resp);
    Client tut = logged(t.login, t.password);
    const long s = creer_session(resp);
    Stagiaire a = creer_stagiaire(tut, s, "Pauline");
    const std::string pirate = "pirate." + lettres() + "@exemple.fr";

    // A line break in the subject cannot add a header (it becomes a space, or is refused).
    Page p1 = envoyer(tut, s, {{"sujet", "Objet\r\nBcc: " + pirate}, {"corps", "Bonjour.\r\nDeuxième ligne."}, {"destinataire", str(a.id)}});
    BOOST_TEST((p1.status == 303 || p1.status == 422), "status " << p1.status);
    // 200 characters, most of them outside ASCII: encoded words, folded, decoded whole.
    std::string long_sujet;
    for (int i = 0; i < 90; ++i) long_sujet += "é";
    for (int i = 0; i < 60; ++i) long_sujet += "—";
    long_sujet += " Ça marche « oui » ? ";
    while (long_sujet.size() < 400) long_sujet += "a";
    // Count characters, not bytes: 200 at most.
    std::size_t chars = 0;
    std::string coupe;
    for (std::size_t i = 0; i < long_sujet.size() && chars < 200; ++chars) {
        std::size_t n = 1;
        while (i + n < long_sujet.size() && (static_cast<unsigned char>(long_sujet[i + n]) & 0xC0) == 0x80) ++n;
        coupe += long_sujet.substr(i, n);
        i += n;
    }
    const std::string long_nom = "Règlement intérieur de l'association — édition 2024 (version définitive, approuvée).pdf";
    const std::string long_pdf = pdf(1000);
    Page p2 = envoyer(tut, s, {{"sujet", coupe}, {"corps", "Bonjour."}, {"destinataire", str(a.id)}},
                      {{"piece_jointe", long_nom, "application/pdf", long_pdf}});
    BOOST_TEST(p2.status == 303);
    BOOST_REQUIRE_EQUAL(envois_de(s), p1.status == 303 ? 2 : 1);
    if (p1.status == 303)
        BOOST_TEST(sql_value("SELECT corps FROM envoi WHERE session_id = ? ORDER BY id LIMIT 1", {str(s)}) == "Bonjour.\nDeuxième ligne.");

    {
        Worker w;
        BOOST_TEST(wait_until([&] {
            return sql_count("SELECT COUNT(*) FROM envoi e WHERE e.session_id = ? AND e.copie_statut = 'envoye'", {str(s)}) == envois_de(s);
        }, 40s));
    }
    const long e2 = dernier_envoi(s);
    auto m2 = mails_de(e2);
    BOOST_REQUIRE_EQUAL(m2.count(id_mail(e2, a.id)), 1u);
    const Mime& m = m2.find(id_mail(e2, a.id))->second;
    BOOST_TEST(decode_words(m.header("subject")) == coupe, m.header("subject"));
    // Each encoded word must hold whole characters (a strict reader decodes words one by one).
    BOOST_TEST(mot_coupe(m.header("subject")).empty(),
               "a UTF-8 character is split across encoded words of the Subject: " << mot_coupe(m.header("subject")));
    // A long UTF-8 file name comes back whole.
    BOOST_REQUIRE_EQUAL(m.parts.size(), 2u);
    BOOST_TEST(m.parts[1].filename() == long_nom, m.parts[1].header("content-disposition"));
    BOOST_TEST((m.parts[1].decoded() == long_pdf));
    BOOST_TEST(mot_coupe(m.parts[1].header("content-disposition")).empty(),
               "split character in the file name: " << m.parts[1].header("content-disposition"));
    if (p1.status == 303) {
        const long e1 = std::stol(sql_value("SELECT MIN(id) FROM envoi WHERE session_id = ?", {str(s)}));
        auto m1 = mails_de(e1);
        BOOST_REQUIRE_EQUAL(m1.count(id_mail(e1, a.id)), 1u);
        const Mime& h = m1.find(id_mail(e1, a.id))->second;
        BOOST_TEST(h.count("bcc") == 0);
        BOOST_TEST(decode_words(h.header("subject")).find("Objet") == 0u);
        BOOST_TEST(decode_words(h.header("subject")).find('\n') == std::string::npos);
    }
    BOOST_TEST(mails_pour(pirate) == 0);
    BOOST_TEST(mails_pour(a.email) == (p1.status == 303 ? 2 : 1));
}

// ---------------------------------------------------------------------------
// Claims against a slow mail server (the test stack's second sink: 1.2 s a message,
// OPE_TEST_SLOW_SMTP_PORT). A worker claims up to 20 mails for OPE_MAIL_CLAIM
// seconds; a pass may take longer than that. The claim is renewed before each mail
// and every outcome is written only under the claim, so a second worker never sends
// a mail the first one still holds; and one mail's SMTP exchange is cut at a third
// of the claim.

// `reservation`: OPE_MAIL_CLAIM, in seconds (one mail's exchange is cut at a third).
std::map<std::string, std::string> serveur_lent(const char* reservation = "6") {
    const char* port = std::getenv("OPE_TEST_SLOW_SMTP_PORT");
    return {{"OPE_SMTP_PORT", port ? port : ""}, {"OPE_MAIL_CLAIM", reservation}};
}
std::string maildir_lent() {
    const char* d = std::getenv("OPE_TEST_SLOW_MAILDIR");
    return d ? d : "";
}

// A tutor of the test's own, logged in, and a session of the manager's.
struct Envoyeur {
    Tuteur t;
    Client tut;
    long s = 0;
};
Envoyeur envoyeur_et_session() {
    BOOST_REQUIRE_MESSAGE(!maildir_lent().empty(), "OPE_TEST_SLOW_MAILDIR is not set");
    Client resp = logged("responsable");
    Envoyeur e;
    e.t = creer_tuteur(resp);
    e.tut = logged(e.t.login, e.t.password);
    e.s = creer_session(resp);
    return e;
}

BOOST_AUTO_TEST_CASE(serveur_lent_deux_workers_reservation_courte_aucun_doublon) {
    auto [t, tut, s] = envoyeur_et_session();
    std::vector<Stagiaire> st;
    for (const char* prenom : {"Lola", "Marc", "Nina", "Oscar", "Paula", "Quentin", "Rose", "Simon"})
        st.push_back(creer_stagiaire(tut, s, prenom));
    Fields f = {{"sujet", "Serveur lent " + lettres()}, {"corps", "Bonjour."}};
    for (const auto& x : st) f.emplace_back("destinataire", str(x.id));
    BOOST_REQUIRE_EQUAL(envoyer(tut, s, f, {{"piece_jointe", "fiche.pdf", "application/pdf", pdf(50000)}}).status, 303);
    const long e = dernier_envoi(s);
    // 9 mails at 1.2 s: one pass of one worker lasts about 11 s, the claim 9 s. (Not
    // shorter: one mail's exchange is cut at a third of the claim, and a message the
    // sink took after the cut is one the worker must count as failed and send again,
    // the one duplicate no claim can prevent; 3 s leaves the 1.2 s sink room on a
    // busy machine.)
    {
        Worker w1(serveur_lent("9")), w2(serveur_lent("9"));
        BOOST_TEST(tout_envoye(e, 8, 90s), "statuses: " << sql_value("SELECT GROUP_CONCAT(CONCAT(statut, ' ', tentatives, ' ', derniere_erreur)) FROM envoi_destinataire WHERE envoi_id = ?", {str(e)}));
        std::this_thread::sleep_for(3s);
        BOOST_TEST(w1.stop() == 0);
        BOOST_TEST(w2.stop() == 0);
    }
    auto mails = mails_de(e, maildir_lent());
    for (const auto& x : st) BOOST_TEST(mails.count(id_mail(e, x.id)) == 1u, x.nom_affiche << " received " << mails.count(id_mail(e, x.id)));
    BOOST_TEST(mails.count(id_copie(e)) == 1u);
    BOOST_TEST(mails.size() == 9u);
    BOOST_TEST(sql_count("SELECT COUNT(*) FROM envoi_destinataire WHERE envoi_id = ? AND statut = 'envoye' AND tentatives = 1", {str(e)}) == 8);
    BOOST_TEST(copie(e, "copie_tentatives") == "1");
}

BOOST_AUTO_TEST_CASE(serveur_qui_ne_repond_plus_coupe_bien_avant_la_fin_de_la_reservation) {
    auto [t, tut, s] = envoyeur_et_session();
    Stagiaire pendu = creer_stagiaire(tut, s, "Théa");
    Stagiaire normal = creer_stagiaire(tut, s, "Ugo");
    // The slow sink hangs 30 s on this recipient, then refuses.
    pendu.email = "tres-lent." + pendu.email;
    sql_exec("UPDATE stagiaire SET email = ? WHERE id = ?", {pendu.email, str(pendu.id)});
    BOOST_REQUIRE_EQUAL(envoyer(tut, s, {{"sujet", "Pendu " + lettres()}, {"corps", "Bonjour."}, {"destinataire", str(pendu.id)},
                                         {"destinataire", str(normal.id)}}).status,
                        303);
    const long e = dernier_envoi(s);
    const auto debut = std::chrono::steady_clock::now();
    {
        Worker w(serveur_lent());
        const bool essaye = wait_until([&] {
            return sql_count("SELECT COUNT(*) FROM envoi_destinataire WHERE envoi_id = ? AND stagiaire_id = ? AND tentatives >= 1",
                             {str(e), str(pendu.id)}) == 1;
        }, 20s);
        BOOST_TEST(essaye);
        // Cut at a third of the claim (2 s), well before the claim (6 s) runs out.
        const auto duree = std::chrono::steady_clock::now() - debut;
        BOOST_TEST(duree < 6s, std::chrono::duration_cast<std::chrono::milliseconds>(duree).count() << " ms");
        BOOST_TEST(wait_until([&] { return statut(e, "envoye") == 1; }, 20s));
        BOOST_TEST(w.stop() == 0);
    }
    BOOST_TEST(sql_value("SELECT derniere_erreur FROM envoi_destinataire WHERE envoi_id = ? AND stagiaire_id = ?",
                         {str(e), str(pendu.id)}).find("n'a pas pris le message en 2 s") != std::string::npos);
    BOOST_TEST(sql_value("SELECT statut FROM envoi_destinataire WHERE envoi_id = ? AND stagiaire_id = ?",
                         {str(e), str(pendu.id)}) == "en_attente");
    auto mails = mails_de(e, maildir_lent());
    BOOST_TEST(mails.count(id_mail(e, normal.id)) == 1u);
    BOOST_TEST(mails.count(id_mail(e, pendu.id)) == 0u);
}
