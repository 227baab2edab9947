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

std::vector<Entree> lister(Db& db, const std::string& objet, std::optional<long> objet_id, int limite) {
    // One statement text: unused filters are bound as NULL.
    std::optional<std::string> filtre_objet;
    if (!objet.empty()) filtre_objet = objet;
    auto rs = db.query(
        "SELECT j.quand, COALESCE(CONCAT(u.prenom, ' ', u.nom, ' (', u.role, ')'), ''), j.action, j.detail,"
        " j.objet, COALESCE(j.objet_id, 0)"
        " FROM journal j LEFT JOIN utilisateur u ON u.id = j.utilisateur_id"
        " WHERE (? IS NULL OR j.objet = ?) AND (? IS NULL OR j.objet_id = ?)"
        " ORDER BY j.quand DESC, j.id DESC LIMIT ?",
        filtre_objet, filtre_objet, objet_id, objet_id, limite);
    std::vector<Entree> out;
    while (rs->next())
        out.push_back({col_str(*rs, 1), col_str(*rs, 2), col_str(*rs, 3), col_str(*rs, 4), col_str(*rs, 5),
                       col_long(*rs, 6)});
    return out;
}

std::vector<Entree> de_l_objet(Db& db, const std::string& objet, long objet_id, int limite) {
    return lister(db, objet, objet_id, limite);
}

}  // namespace ope::journal
