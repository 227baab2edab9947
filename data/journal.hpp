// The audit trail (journal): who changed what, when, with old and new values.
#pragma once

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

void noter(Db& db, std::optional<long> utilisateur_id, const std::string& action, const std::string& objet,
           std::optional<long> objet_id, const std::string& detail);

struct Entree {
    std::string quand;   // "YYYY-MM-DD HH:MM:SS"
    std::string qui;     // "Prénom NOM (role)", or "" for the system
    std::string action, detail;
    std::string objet;
    long objet_id = 0;
};
// Newest first; objet empty: every entry.
std::vector<Entree> lister(Db& db, const std::string& objet, std::optional<long> objet_id, int limite);
// Newest first.
std::vector<Entree> de_l_objet(Db& db, const std::string& objet, long objet_id, int limite);

}  // namespace ope::journal
