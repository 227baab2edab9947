#include "data/journal.hpp"

namespace ope::journal {

std::string detail(const std::vector<Changement>& changements) {
    std::string out;
    for (const auto& c : changements)
        out += (out.empty() ? "" : "\n") + c.champ + " : « " + c.avant + " » → « " + c.apres + " »";
    return out;
}

void noter(Transaction& t, std::optional<long> par, const std::string& action, const std::string& objet,
           std::optional<long> objet_id, const std::string& detail) {
    t.db().exec("INSERT INTO journal (utilisateur_id, action, objet, objet_id, detail) VALUES (?, ?, ?, ?, ?)", par,
                action, objet, objet_id, detail);
}

std::string derniere(Db& db, const std::string& objet, long objet_id, const std::string& action) {
    auto rs = db.query("SELECT quand FROM journal WHERE objet = ? AND objet_id = ? AND action = ?"
                       " ORDER BY quand DESC, id DESC LIMIT 1",
                       objet, objet_id, action);
    return rs->next() ? Row(*rs).text("quand") : "";
}

std::vector<Entree> lister(Db& db, const std::string& objet, std::optional<long> objet_id, int limite) {
    // One statement text: unused filters are bound as NULL.
    std::optional<std::string> filtre_objet;
    if (!objet.empty()) filtre_objet = objet;
    auto rs = db.query(
        "SELECT j.quand, u.prenom, u.nom, u.role, j.action, j.detail, j.objet, j.objet_id"
        " FROM journal j LEFT JOIN utilisateur u ON u.id = j.utilisateur_id"
        " WHERE (? IS NULL OR j.objet = ?) AND (? IS NULL OR j.objet_id = ?)"
        " ORDER BY j.quand DESC, j.id DESC LIMIT ?",
        filtre_objet, filtre_objet, objet_id, objet_id, limite);
    std::vector<Entree> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.text("quand"), r.text("prenom"), r.text("nom"), parse_code<Role>(r.text("role")),
                       r.text("action"), r.text("detail"), r.text("objet"), r.number("objet_id")});
    }
    return out;
}

}  // namespace ope::journal
