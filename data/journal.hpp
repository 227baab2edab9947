// The audit trail (journal): who changed what, when, with old and new values.
// An entry is written in the transaction of the change it records (noter takes
// the Transaction), so there is never a change without its entry, nor the reverse.
// Each entry names its object (objet, objet_id) and, when it is about a trainee,
// that trainee (journal.stagiaire_id): what the journal's person filter, the
// trainee's export and an erasure find.
#pragma once

#include "domain/statuts.hpp"
#include "fcgi/db.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ope::journal {

// One changed field: "email : ancienne → nouvelle".
struct Changement {
    std::string champ, avant, apres;
};
// Joins the changes as lines "champ : « avant » → « après »".
std::string detail(const std::vector<Changement>& changements);

// `par`: the account that made the change (nullopt: the system). `stagiaire`: the
// trainee the entry is about; an entry whose objet is "stagiaire" is about objet_id
// without saying it. An entry about a trainee writes their record's version
// (stagiaire.version_fiche): what the record shows changes with it.
void noter(Transaction& t, std::optional<long> par, ActionJournal action, const std::string& objet,
           std::optional<long> objet_id, const std::string& detail, std::optional<long> stagiaire = std::nullopt);

struct Entree {
    long id = 0;
    std::string quand;  // "YYYY-MM-DD HH:MM:SS"
    // Who: empty for the system (or an account that no longer exists).
    std::optional<long> utilisateur_id;
    std::string prenom, nom;
    std::optional<Role> role;
    std::optional<ActionJournal> action;  // nullopt: a code this version does not know
    std::string code_action;               // journal.action as stored
    std::string detail;
    std::string objet;
    long objet_id = 0;
};
// When the latest entry of `action` about that object was written ("YYYY-MM-DD
// HH:MM:SS"), "" when there is none.
std::string derniere(Db& db, const std::string& objet, long objet_id, ActionJournal action);

// Which entries: every criterion given must hold.
struct Filtre {
    std::string objet = {};                // "" : any object
    std::optional<long> objet_id = {};     // with objet
    std::optional<long> stagiaire = {};    // about that trainee (their record, account, attendance...)
    std::optional<long> utilisateur = {};  // made by that account, or about it
    std::optional<ActionJournal> action = {};
};
// Newest first, `limite` entries at most.
std::vector<Entree> lister(Db& db, const Filtre& filtre, int limite);

}  // namespace ope::journal
