// Composing and sending mail (Poco Net): UTF-8 subject and body, an HTML part
// with its plain-text alternative, attachments. Sent through SMTP when
// OPE_SMTP_HOST is set, otherwise written as .eml files (OPE_MAIL_DIR) so that
// a default run works without a mail server.
#pragma once

#include "fcgi/config.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ope {

struct PieceJointe {
    std::string nom_fichier, type_mime, contenu;
};

struct Courriel {
    std::string expediteur;   // From
    std::string destinataire; // To
    std::string repondre_a;   // Reply-To, when not empty (the person who wrote the mail)
    std::string sujet;
    std::string texte;        // text/plain part
    std::string html;         // text/html part
    std::vector<PieceJointe> pieces;
    std::string message_id;   // "<...@...>", so that a resent mail can be recognised
};

// The whole message as it goes on the wire (RFC 5322, MIME).
std::string composer(const Courriel& c);

class Expediteur {
public:
    virtual ~Expediteur() = default;
    // Hands the mail over. `accepte` runs the moment the mail server (or the mail
    // folder) has taken it, before anything else (closing the SMTP session), so
    // that the caller records it at once: a mail that is out but not recorded may
    // be sent again, and that window is kept as short as it can be. Throws
    // std::exception with a readable reason when the mail was not handed over;
    // what `accepte` throws comes out as it is (the mail was taken).
    virtual void envoyer(const Courriel& c, const std::function<void()>& accepte) = 0;
};

// From the configuration: SMTP, or .eml files when no SMTP host is set. Over SMTP,
// connecting and each exchange wait 30 s at most, and the whole of one mail (connect,
// STARTTLS, login, the message) is cut at config.smtp_limite_ms(): well within the
// claim a worker holds on the mail (OPE_MAIL_CLAIM), so that no other worker takes
// it while it is being sent.
std::unique_ptr<Expediteur> expediteur(const Config& config);

// Removes the .eml files of `dir` (OPE_MAIL_DIR) addressed to a trainee: those whose
// Message-ID is one of theirs ("<envoi-N-ID@ope>") or whose To: is one of
// `adresses` (any case). Returns how many were removed; a missing folder holds none.
int supprimer_courriels_ecrits(const std::string& dir, long stagiaire_id, const std::vector<std::string>& adresses);

}  // namespace ope
