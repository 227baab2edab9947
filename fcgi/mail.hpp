// Composing and sending mail (Poco Net): UTF-8 subject and body, an HTML part
// with its plain-text alternative, attachments. Sent through SMTP when
// OPE_SMTP_HOST is set, otherwise written as .eml files (OPE_MAIL_DIR) so that
// a default run works without a mail server.
#pragma once

#include "fcgi/config.hpp"

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
    // Throws std::exception with a readable reason when the mail could not be handed over.
    virtual void envoyer(const Courriel& c) = 0;
};

// From the configuration: SMTP, or .eml files when no SMTP host is set.
std::unique_ptr<Expediteur> expediteur(const Config& config);

}  // namespace ope
