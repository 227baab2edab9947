#define BOOST_TEST_MODULE mail
#include <boost/test/unit_test.hpp>

#include "fcgi/crypto.hpp"
#include "fcgi/mail.hpp"
#include "domain/normalise.hpp"

#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/StreamCopier.h>

#include <filesystem>
#include <sstream>
#include <sys/stat.h>

using namespace ope;

namespace {

struct Init {
    Init() { crypto_init(); }
};

struct Part {
    std::string content_type, disposition, content;
};

// Collects the parts Poco finds when reading a message back.
class Collector : public Poco::Net::PartHandler {
public:
    std::vector<Part> parts;
    void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override {
        Part p;
        p.content_type = header.get("Content-Type", "");
        p.disposition = header.get("Content-Disposition", "");
        Poco::StreamCopier::copyToString(stream, p.content);
        parts.push_back(std::move(p));
    }
};

Courriel exemple() {
    Courriel c;
    c.expediteur = "ope@ope.example";
    c.destinataire = "elodie.dupont@exemple.fr";
    c.sujet = "Documentation — session n° 12 (été)";
    c.texte = "Bonjour Élodie,\n\nvoici les documents.\n-- \nIdentifiant : elodie.dupont\n";
    c.html = "<p>Bonjour Élodie,</p>";
    c.pieces.push_back({"Règlement é.pdf", "application/pdf", std::string("%PDF-1.4\n\x00\x01\xFF binaire", 20)});
    c.pieces.push_back({"planning.txt", "text/plain; charset=utf-8", "lundi\nmardi\n"});
    c.message_id = "<envoi-1-2@ope>";
    return c;
}

}  // namespace

BOOST_GLOBAL_FIXTURE(Init);

BOOST_AUTO_TEST_CASE(headers_are_encoded_and_complete) {
    const std::string raw = composer(exemple());
    BOOST_TEST(raw.find("Subject: =?UTF-8?") != std::string::npos);
    BOOST_TEST(raw.find("To: <elodie.dupont@exemple.fr>") != std::string::npos);
    BOOST_TEST(raw.find("From: ope@ope.example") != std::string::npos);
    BOOST_TEST(raw.find("Message-ID: <envoi-1-2@ope>") != std::string::npos);
    BOOST_TEST(raw.find("Content-Type: multipart/mixed") != std::string::npos);
    // Only ASCII on the wire: everything else is encoded.
    for (unsigned char c : raw) BOOST_TEST_REQUIRE(c < 0x80);
}

BOOST_AUTO_TEST_CASE(read_back_subject_and_parts) {
    std::istringstream in(composer(exemple()));
    Poco::Net::MailMessage m;
    Collector parts;
    m.read(in, parts);
    BOOST_TEST(Poco::Net::MailMessage::decodeWord(m.getSubject()) == exemple().sujet);
    BOOST_TEST(m.isMultipart());
    BOOST_TEST_REQUIRE(parts.parts.size() == 3u);
    // First the alternative (text, then HTML), then the attachments in order.
    BOOST_TEST(parts.parts[0].content_type.find("multipart/alternative") == 0u);
    BOOST_TEST(parts.parts[1].disposition.find("attachment") == 0u);
    BOOST_TEST(parts.parts[1].content == exemple().pieces[0].contenu);  // exact bytes, NUL included
    BOOST_TEST(parts.parts[1].content_type.find("application/pdf") == 0u);
    BOOST_TEST(parts.parts[2].content == exemple().pieces[1].contenu);
}

BOOST_AUTO_TEST_CASE(alternative_holds_text_and_html_in_utf8) {
    std::istringstream in(composer(exemple()));
    Poco::Net::MailMessage m;
    Collector parts;
    m.read(in, parts);
    const std::string& alt = parts.parts.at(0).content;
    auto text_at = alt.find("Content-Type: text/plain; charset=UTF-8");
    auto html_at = alt.find("Content-Type: text/html; charset=UTF-8");
    BOOST_TEST(text_at != std::string::npos);
    BOOST_TEST(html_at != std::string::npos);
    BOOST_TEST(text_at < html_at);  // the last alternative is the preferred one
    // The text part is base64 of the exact UTF-8 text.
    BOOST_TEST(alt.find("Qm9uam91ciDDiWxvZGllLAoKdm9pY2kgbGVzIGRvY3VtZW50cy4") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(attachment_names_are_encoded) {
    const std::string raw = composer(exemple());
    BOOST_TEST(raw.find("filename=\"=?UTF-8?") != std::string::npos);
    BOOST_TEST(raw.find("filename=planning.txt") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_mail_without_attachment) {
    Courriel c = exemple();
    c.pieces.clear();
    c.sujet = "Plain ASCII subject";
    const std::string raw = composer(c);
    BOOST_TEST(raw.find("Subject: Plain ASCII subject") != std::string::npos);
    std::istringstream in(raw);
    Poco::Net::MailMessage m;
    Collector parts;
    m.read(in, parts);
    BOOST_TEST(parts.parts.size() == 1u);
}

BOOST_AUTO_TEST_CASE(long_utf8_subjects_are_cut_between_characters) {
    Courriel c = exemple();
    c.sujet.clear();
    for (int i = 0; i < 100; ++i) c.sujet += i % 3 ? "é" : "— ";
    const std::string raw = composer(c);
    auto start = raw.find("Subject: ");
    const std::string header = raw.substr(start, raw.find("\r\n", start) - start);
    // Every encoded word decodes alone to whole UTF-8 characters.
    std::size_t pos = 0, words = 0;
    std::string joined;
    while ((pos = header.find("=?UTF-8?B?", pos)) != std::string::npos) {
        auto end = header.find("?=", pos + 10);
        BOOST_TEST_REQUIRE(end != std::string::npos);
        BOOST_TEST(end - pos + 2 <= 75u);
        const std::string word = header.substr(pos, end + 2 - pos);
        const std::string decoded = Poco::Net::MailMessage::decodeWord(word);
        BOOST_TEST(ope::valid_utf8(decoded), word);
        joined += decoded;  // white space between encoded words is not part of the text (RFC 2047)
        ++words;
        pos = end;
    }
    BOOST_TEST(words > 3u);
    BOOST_TEST(joined == c.sujet);
}

// Without a mail server, mails are .eml files, and they carry trainees' initial
// passwords: mode 600 in a folder of mode 700 whatever the umask, written under a
// temporary name then renamed (no half mail), `accepte` called once it is there.
BOOST_AUTO_TEST_CASE(eml_files_are_private) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("ope-mails-" + random_token().substr(0, 8));
    Config config;
    config.mail_dir = (dir / "mails").string();
    const mode_t avant = ::umask(0);  // the most permissive: the modes must not come from it
    auto exp = expediteur(config);
    int acceptes = 0;
    exp->envoyer(exemple(), [&] {
        ++acceptes;
        BOOST_TEST(std::distance(fs::directory_iterator(config.mail_dir), fs::directory_iterator()) == 1);
    });
    ::umask(avant);
    BOOST_TEST(acceptes == 1);
    BOOST_TEST((fs::status(config.mail_dir).permissions() == fs::perms::owner_all));
    int fichiers = 0;
    for (const auto& f : fs::directory_iterator(config.mail_dir)) {
        ++fichiers;
        BOOST_TEST(f.path().extension() == ".eml");
        BOOST_TEST((f.status().permissions() == (fs::perms::owner_read | fs::perms::owner_write)));
    }
    BOOST_TEST(fichiers == 1);
    fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(reply_to_the_sender_when_there_is_one) {
    Courriel c = exemple();
    c.repondre_a = "antoine.lefevre@ope.example";
    BOOST_TEST(composer(c).find("Reply-To: antoine.lefevre@ope.example\r\n") != std::string::npos);
    // No address: no header; an address that could end the header is never written.
    for (const std::string& adresse : {std::string(), std::string("a@b.fr\r\nBcc: x@y.fr"), std::string("é@b.fr"),
                                      std::string("a b@c.fr")}) {
        c.repondre_a = adresse;
        const std::string raw = composer(c);
        BOOST_TEST(raw.find("Reply-To") == std::string::npos, adresse);
        BOOST_TEST(raw.find("Bcc") == std::string::npos, adresse);
    }
}
