// The audit journal, for the manager: every state change (who, when, what, old
// and new values), filtered by trainee or by session.
#include "handlers/handlers.hpp"

#include "data/journal.hpp"
#include "fcgi/parse.hpp"
#include "fcgi/render.hpp"

namespace ope::handlers {

Response journal_liste(Request& req, Db& db) {
    constexpr int kLignes = 300;
    std::string objet;
    std::optional<long> id;
    for (const char* filtre : {"stagiaire", "session"}) {
        if (req.query.get(filtre).empty()) continue;
        id = parse_positive(req.query.get(filtre));
        if (!id) throw HttpError(400, "Filtre invalide : indiquez un numéro.");
        objet = filtre;
    }
    Dict dict("journal");
    if (!objet.empty()) {
        dict.SetValue("FILTRE", (objet == "stagiaire" ? "stagiaire n° " : "session n° ") + std::to_string(*id));
        dict.ShowSection("FILTRE_ACTIF");
    }
    dict.SetIntValue("LIGNES", kLignes);
    auto entrees = journal::lister(db, objet, id, kLignes);
    for (const auto& e : entrees) {
        Dict* row = dict.AddSectionDictionary("ENTREE");
        row->SetValue("QUAND", e.quand);
        row->SetValue("QUI", e.qui.empty() ? "—" : e.qui);
        row->SetValue("ACTION", e.action);
        row->SetValue("OBJET", e.objet);
        if (e.objet_id) {
            row->SetIntValue("OBJET_ID", e.objet_id);
            if (e.objet == "stagiaire" || e.objet == "session") row->ShowSection("LIEN_" + std::string(e.objet == "stagiaire" ? "STAGIAIRE" : "SESSION"));
        }
        add_lines(*row, "LIGNE", e.detail);
    }
    if (entrees.empty()) dict.ShowSection("VIDE");
    return page(req, "journal", dict, "Journal des modifications");
}

}  // namespace ope::handlers
