// The audit trail (journal): who changed what, when, with old and new values.
// An entry is written in the transaction of the change it records (noter takes
// the Transaction), so there is never a change without its entry, nor the reverse.
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

// `par`: the account that made the change (nullopt: the system).
void noter(Transaction& t, std::optional<long> par, const std::string& action, const std::string& objet,
           std::optional<long> objet_id, const std::string& detail);

struct Entree {
    std::string quand;  // "YYYY-MM-DD HH:MM:SS"
    // Who: empty for the system.
    std::string prenom, nom;
    std::optional<Role> role;
    std::string action, detail;
    std::string objet;
    long objet_id = 0;
};
// When the latest entry of `action` about that object was written ("YYYY-MM-DD
// HH:MM:SS"), "" when there is none.
std::string derniere(Db& db, const std::string& objet, long objet_id, const std::string& action);

// Newest first; objet empty: every entry.
std::vector<Entree> lister(Db& db, const std::string& objet, std::optional<long> objet_id, int limite);

}  // namespace ope::journal
