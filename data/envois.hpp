// "envoi documentation": a sending is stored whole first (envoi, one
// envoi_destinataire per trainee, envoi_piece_jointe), in one transaction, then
// delivered by the mail worker (worker/courriels.hpp), which claims each mail
// before sending it, so that it goes out once, and retries with back-off while the
// mail server is down.
#pragma once

#include "domain/statuts.hpp"
#include "fcgi/db.hpp"
#include "fcgi/mail.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ope::envois {

struct NouvelEnvoi {
    long session_id = 0, expediteur_id = 0;
    // copie_email: the sender's address, for their copy and as the trainees' mails'
    // Reply-To; "" when the sender's account has none.
    std::string sujet, corps, copie_email;
    std::vector<long> stagiaires;  // trainees with an e-mail
    std::vector<PieceJointe> pieces;
};
// Returns the sending's id (journaled as done by the sender).
long creer(Db& db, const NouvelEnvoi& e);

struct Destinataire {
    long stagiaire_id = 0;
    std::string nom, prenom, email;
    EtatEnvoi statut = EtatEnvoi::en_attente;
    std::string erreur, envoye_le;
    long tentatives = 0;
};
struct Envoi {
    long id = 0;
    std::string cree_le, sujet;
    std::string expediteur_prenom, expediteur_nom;
    EtatEnvoi copie_statut = EtatEnvoi::en_attente;
    std::vector<std::string> pieces;
    std::vector<Destinataire> destinataires;
};
// The sendings of a session, newest first, with their recipients and files
// (three statements whatever the numbers).
std::vector<Envoi> de_la_session(Db& db, long session_id);

// One mail to deliver, with what its footer needs.
struct Livraison {
    long envoi_id = 0, stagiaire_id = 0;
    std::string email, sujet, corps, login;
    std::optional<std::string> mot_de_passe_initial;
    long session_id = 0;
    long tentatives = 0;  // attempts before this one
    bool sans_mot_de_passe = false;  // an imported account, until staff issue an initial password
    std::string expediteur_email;  // the sender's address, "" when their account has none (Reply-To)
};
// Claims up to `max` mails that are due, for `bail` seconds (a worker that dies
// releases them when the claim runs out).
std::vector<Livraison> reserver(Db& db, const std::string& verrou, int max, long bail);
// Renews for `bail` seconds every mail and copy still claimed under `verrou` and
// waiting; true when this mail (stagiaire_id 0: the sending's copy) is one of them.
// A worker calls it before each mail: a claim that ran out (the worker was slower
// than its claim) may have been taken by another worker, and the mail is skipped.
bool prolonger(Db& db, const std::string& verrou, long bail, long envoi_id, long stagiaire_id);
std::vector<PieceJointe> pieces(Db& db, long envoi_id);
// The outcomes are written only under the claim `verrou`: false (nothing written)
// when the mail is no longer claimed by it.
bool envoye(Db& db, const std::string& verrou, long envoi_id, long stagiaire_id);
// Retried after `delai` seconds, or marked failed after `max_tentatives` attempts.
bool echec(Db& db, const std::string& verrou, long envoi_id, long stagiaire_id, const std::string& erreur, long delai,
           int max_tentatives);

// The sender's copy, due once every recipient is sent or failed.
struct Copie {
    long envoi_id = 0;
    std::string email, sujet, corps;
    long session_id = 0;
    std::string mois;  // "YYYY-MM-DD"
    long tentatives = 0;
};
std::vector<Copie> reserver_copies(Db& db, const std::string& verrou, int max, long bail);
std::vector<Destinataire> destinataires(Db& db, long envoi_id);
bool copie_envoyee(Db& db, const std::string& verrou, long envoi_id);
bool copie_echec(Db& db, const std::string& verrou, long envoi_id, const std::string& erreur, long delai,
                 int max_tentatives);

}  // namespace ope::envois
