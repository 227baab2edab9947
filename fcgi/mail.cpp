#include "fcgi/mail.hpp"

#include "fcgi/crypto.hpp"

#include <Poco/Base64Encoder.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureSMTPClientSession.h>
#include <Poco/Net/StringPartSource.h>
#include <Poco/Timespan.h>

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace ope {

namespace {

using Poco::Net::MailMessage;

std::string base64(const std::string& data) {
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder.rdbuf()->setLineLength(76);
    encoder << data;
    encoder.close();
    return out.str();  // lines end with \r\n, as MIME wants
}

// multipart/alternative (text, then HTML: the last part is the preferred one),
// written by hand because Poco 1.11 has no nested multipart source.
std::string alternative(const std::string& boundary, const std::string& texte, const std::string& html) {
    std::string body;
    body += "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    body += base64(texte) + "\r\n";
    body += "--" + boundary + "\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    body += base64(html) + "\r\n";
    body += "--" + boundary + "--\r\n";
    return body;
}

// RFC 2047 encoded words for a UTF-8 header value: base64 pieces of at most 45
// bytes (75 characters encoded), cut only between whole characters: a decoder
// that decodes each piece alone must not see half an "é". Poco's encodeWord cuts
// on bytes.
std::string encoded_words(const std::string& text) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + 45);
        while (end < text.size() && end > start && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        if (end == start) end = std::min(text.size(), start + 45);  // not UTF-8: cut anyway
        std::string piece = base64(text.substr(start, end - start));
        piece.erase(std::remove_if(piece.begin(), piece.end(), [](char c) { return c == '\r' || c == '\n'; }),
                    piece.end());
        out += (out.empty() ? "" : " ") + std::string("=?UTF-8?B?") + piece + "?=";
        start = end;
    }
    return out;
}

bool ascii(const std::string& s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

// An address that can go into a header as it is: printable ASCII, nothing that
// could end the header (addresses are checked when typed; this is the last guard).
bool adresse_imprimable(const std::string& s) {
    for (unsigned char c : s)
        if (c <= 0x20 || c >= 0x7F) return false;
    return !s.empty();
}

std::unique_ptr<MailMessage> message(const Courriel& c) {
    auto m = std::make_unique<MailMessage>();
    m->setSender(c.expediteur);
    m->addRecipient(Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, c.destinataire));
    // Poco does not encode the subject itself.
    m->setSubject(ascii(c.sujet) ? c.sujet : encoded_words(c.sujet));
    if (!c.message_id.empty()) m->set("Message-ID", c.message_id);
    if (adresse_imprimable(c.repondre_a)) m->set("Reply-To", c.repondre_a);
    const std::string boundary = "alt-" + random_token().substr(0, 24);
    m->addContent(new Poco::Net::StringPartSource(alternative(boundary, c.texte, c.html),
                                                  "multipart/alternative; boundary=\"" + boundary + "\""),
                  MailMessage::ENCODING_7BIT);
    for (const auto& p : c.pieces) {
        const std::string nom = ascii(p.nom_fichier) ? p.nom_fichier : encoded_words(p.nom_fichier);
        m->addAttachment(nom, new Poco::Net::StringPartSource(p.contenu, p.type_mime, nom), MailMessage::ENCODING_BASE64);
    }
    return m;
}

// Shuts a socket down when a deadline passes, so that a send or a receive blocked
// on it fails at once: the whole exchange of one mail is bounded, whatever the
// server does (a server that reads 1 byte every 29 s defeats per-operation timeouts).
class Minuterie {
public:
    explicit Minuterie(std::chrono::milliseconds limite)
        : fin_(std::chrono::steady_clock::now() + limite), thread_([this] { attendre(); }) {}
    ~Minuterie() {
        desarmer();
        thread_.join();
    }
    Minuterie(const Minuterie&) = delete;
    Minuterie& operator=(const Minuterie&) = delete;

    void surveiller(int fd) {
        std::lock_guard lock(mutex_);
        fd_ = fd;
        if (expiree_) ::shutdown(fd_, SHUT_RDWR);
    }
    void desarmer() {
        std::lock_guard lock(mutex_);
        arme_ = false;
        cv_.notify_all();
    }
    bool expiree() {
        std::lock_guard lock(mutex_);
        return expiree_;
    }

private:
    void attendre() {
        std::unique_lock lock(mutex_);
        if (cv_.wait_until(lock, fin_, [this] { return !arme_; })) return;
        expiree_ = true;
        if (fd_ >= 0) ::shutdown(fd_, SHUT_RDWR);
    }

    std::mutex mutex_;
    std::condition_variable cv_;
    std::chrono::steady_clock::time_point fin_;
    bool arme_ = true, expiree_ = false;
    int fd_ = -1;
    std::thread thread_;  // last: started once the rest is ready
};

class SmtpExpediteur : public Expediteur {
public:
    explicit SmtpExpediteur(const Config& config) : config_(config) {}
    void envoyer(const Courriel& c, const std::function<void()>& accepte) override {
        auto m = message(c);
        const long limite_ms = config_.smtp_limite_ms();
        const Poco::Timespan attente(std::min(30L, std::max(1L, limite_ms / 1000)), 0);
        Minuterie minuterie{std::chrono::milliseconds(limite_ms)};
        try {
            Poco::Net::StreamSocket socket;
            socket.connect(Poco::Net::SocketAddress(config_.smtp_host, static_cast<Poco::UInt16>(config_.smtp_port)),
                           attente);
            minuterie.surveiller(socket.impl()->sockfd());
            Poco::Net::SecureSMTPClientSession session(socket);
            session.setTimeout(attente);
            session.login();  // EHLO
            if (config_.smtp_starttls) {
                // The server's certificate is checked against the system's CAs.
                static const Poco::Net::Context::Ptr context = [] {
                    Poco::Net::initializeSSL();
                    return Poco::Net::Context::Ptr(new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                                                          Poco::Net::Context::VERIFY_RELAXED, 9, true));
                }();
                if (!session.startTLS(context)) throw std::runtime_error("le serveur de courriel refuse STARTTLS");
            }
            if (!config_.smtp_user.empty())
                session.login(Poco::Net::SMTPClientSession::AUTH_LOGIN, config_.smtp_user, config_.smtp_password);
            session.sendMessage(*m);
            // Taken by the server: recorded first; QUIT is a courtesy whose failure changes nothing.
            minuterie.desarmer();
            accepte();
            try {
                session.close();
            } catch (const std::exception&) {
            }
        } catch (const Poco::Exception& e) {
            if (minuterie.expiree())
                throw std::runtime_error("le serveur de courriel n'a pas pris le message en " +
                                         std::to_string(limite_ms / 1000) + " s (" + e.displayText() + ")");
            throw std::runtime_error(e.displayText());
        }
    }

private:
    const Config& config_;
};

// Without a mail server, each mail is written as a file a person can open. The
// files carry trainees' initial passwords: mode 600 in a folder of mode 700,
// written under a temporary name and renamed, so that no half mail is ever seen.
class FichierExpediteur : public Expediteur {
public:
    explicit FichierExpediteur(std::string dir) : dir_(std::move(dir)) {}
    void envoyer(const Courriel& c, const std::function<void()>& accepte) override {
        namespace fs = std::filesystem;
        if (!fs::exists(dir_)) {
            fs::create_directories(dir_);
            fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::replace);
        }
        const std::string nom = dir_ + "/" + random_token().substr(0, 16);
        const std::string texte = composer(c);
        const int fd = ::open((nom + ".tmp").c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) throw std::runtime_error("impossible d'écrire " + nom + ".tmp");
        std::size_t ecrit = 0;
        while (ecrit < texte.size()) {
            const ssize_t n = ::write(fd, texte.data() + ecrit, texte.size() - ecrit);
            if (n <= 0) break;
            ecrit += static_cast<std::size_t>(n);
        }
        const bool ok = ecrit == texte.size() && ::fsync(fd) == 0;
        ::close(fd);
        if (!ok || ::rename((nom + ".tmp").c_str(), (nom + ".eml").c_str()) != 0) {
            ::unlink((nom + ".tmp").c_str());
            throw std::runtime_error("impossible d'écrire " + nom + ".eml");
        }
        accepte();
    }

private:
    std::string dir_;
};

}  // namespace

std::string composer(const Courriel& c) {
    std::ostringstream out;
    message(c)->write(out);
    return out.str();
}

std::unique_ptr<Expediteur> expediteur(const Config& config) {
    if (config.smtp_host.empty()) return std::make_unique<FichierExpediteur>(config.mail_dir);
    return std::make_unique<SmtpExpediteur>(config);
}

int supprimer_courriels_ecrits(const std::string& dir, long stagiaire_id, const std::vector<std::string>& adresses) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return 0;
    auto minuscule = [](std::string t) {
        for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return t;
    };
    std::vector<std::string> cherchees;
    for (const auto& a : adresses)
        if (!a.empty()) cherchees.push_back(minuscule(a));
    const std::string message_id = "-" + std::to_string(stagiaire_id) + "@ope>";
    int supprimes = 0;
    for (const auto& entree : fs::directory_iterator(dir, ec)) {
        if (entree.path().extension() != ".eml") continue;
        std::ifstream in(entree.path());
        std::string ligne;
        bool a_lui = false;
        // The headers only: up to the first empty line.
        while (!a_lui && std::getline(in, ligne) && !ligne.empty() && ligne != "\r") {
            const std::string l = minuscule(ligne);
            if (l.rfind("message-id:", 0) == 0 && l.find("<envoi-") != std::string::npos &&
                l.find(message_id) != std::string::npos)
                a_lui = true;
            if (l.rfind("to:", 0) == 0)
                for (const auto& a : cherchees)
                    if (l.find(a) != std::string::npos) a_lui = true;
        }
        in.close();
        if (a_lui && fs::remove(entree.path(), ec)) ++supprimes;
    }
    return supprimes;
}

}  // namespace ope
