#include "data/journal.hpp"

namespace ope::journal {

std::string detail(const std::vector<Changement>& changements) {
    std::string out;
    for (const auto& c : changements)
        out += (out.empty() ? "" : "\n") + c.champ + " : « " + c.avant + " » → « " + c.apres + " »";
    return out;
}

void noter(Transaction& t, std::optional<long> par, ActionJournal action, const std::string& objet,
           std::optional<long> objet_id, const std::string& detail, std::optional<long> stagiaire) {
    if (!stagiaire && objet == "stagiaire") stagiaire = objet_id;
    t.db().exec("INSERT INTO journal (utilisateur_id, action, objet, objet_id, detail, stagiaire_id)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                par, std::string(code(action)), objet, objet_id, detail, stagiaire);
    // What the trainee's record shows changed with this entry: its version, which keys
    // the record kept in memory (sql/013_version_fiche.sql, handlers/stagiaires.cpp).
    // modifie_le (ON UPDATE CURRENT_TIMESTAMP) says when their data changed: kept.
    if (stagiaire)
        t.db().exec("UPDATE stagiaire SET version_fiche = version_fiche + 1, modifie_le = modifie_le WHERE id = ?",
                    *stagiaire);
}

std::string derniere(Db& db, const std::string& objet, long objet_id, ActionJournal action) {
    auto rs = db.query("SELECT quand FROM journal WHERE objet = ? AND objet_id = ? AND action = ?"
                       " ORDER BY quand DESC, id DESC LIMIT 1",
                       objet, objet_id, std::string(code(action)));
    return rs->next() ? Row(*rs).text("quand") : "";
}

std::vector<Entree> lister(Db& db, const Filtre& filtre, int limite) {
    // Only the criteria given go into the statement, so that each shape uses its index
    // (objet, stagiaire_id, utilisateur_id or action, each followed by quand).
    std::string where = "WHERE 1 = 1";
    std::vector<Value> args;
    if (!filtre.objet.empty()) {
        where += " AND j.objet = ?";
        args.emplace_back(filtre.objet);
        if (filtre.objet_id) {
            where += " AND j.objet_id = ?";
            args.emplace_back(*filtre.objet_id);
        }
    }
    if (filtre.stagiaire) {
        where += " AND j.stagiaire_id = ?";
        args.emplace_back(*filtre.stagiaire);
    }
    if (filtre.utilisateur) {
        where += " AND (j.utilisateur_id = ? OR (j.objet = 'utilisateur' AND j.objet_id = ?))";
        args.emplace_back(*filtre.utilisateur);
        args.emplace_back(*filtre.utilisateur);
    }
    if (filtre.action) {
        where += " AND j.action = ?";
        args.emplace_back(std::string(code(*filtre.action)));
    }
    args.emplace_back(static_cast<long>(limite));
    auto rs = db.query_list(
        "SELECT j.id, j.quand, j.utilisateur_id, u.prenom, u.nom, u.role, j.action, j.detail, j.objet, j.objet_id"
        " FROM journal j LEFT JOIN utilisateur u ON u.id = j.utilisateur_id " +
            where + " ORDER BY j.quand DESC, j.id DESC LIMIT ?",
        args);
    std::vector<Entree> out;
    while (rs->next()) {
        Row r(*rs);
        Entree e;
        e.id = r.number("id");
        e.quand = r.text("quand");
        e.utilisateur_id = r.optional_number("utilisateur_id");
        e.prenom = r.text("prenom");
        e.nom = r.text("nom");
        e.role = parse_code<Role>(r.text("role"));
        e.code_action = r.text("action");
        e.action = parse_code<ActionJournal>(e.code_action);
        e.detail = r.text("detail");
        e.objet = r.text("objet");
        e.objet_id = r.number("objet_id");
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace ope::journal
