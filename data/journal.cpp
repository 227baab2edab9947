#include "data/journal.hpp"

namespace ope::journal {

std::string detail(const std::vector<Changement>& changements) {
    std::string out;
    for (const auto& c : changements)
        out += (out.empty() ? "" : "\n") + c.champ + " : « " + c.avant + " » → « " + c.apres + " »";
    return out;
}

void noter(Db& db, std::optional<long> utilisateur_id, const std::string& action, const std::string& objet,
           std::optional<long> objet_id, const std::string& detail) {
    db.exec("INSERT INTO journal (utilisateur_id, action, objet, objet_id, detail) VALUES (?, ?, ?, ?, ?)",
            utilisateur_id, action, objet, objet_id, detail);
}

std::vector<Entree> de_l_objet(Db& db, const std::string& objet, long objet_id, int limite) {
    auto rs = db.query(
        "SELECT j.quand, COALESCE(CONCAT(u.prenom, ' ', u.nom, ' (', u.role, ')'), ''), j.action, j.detail"
        " FROM journal j LEFT JOIN utilisateur u ON u.id = j.utilisateur_id"
        " WHERE j.objet = ? AND j.objet_id = ? ORDER BY j.quand DESC, j.id DESC LIMIT ?",
        objet, objet_id, limite);
    std::vector<Entree> out;
    while (rs->next()) out.push_back({col_str(*rs, 1), col_str(*rs, 2), col_str(*rs, 3), col_str(*rs, 4)});
    return out;
}

}  // namespace ope::journal
