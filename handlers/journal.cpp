// The audit journal, for the manager: every state change (who, when, what, old
// and new values), filtered by trainee or by session.
#include "handlers/handlers.hpp"

#include "data/journal.hpp"
#include "domain/personnes.hpp"
#include "handlers/formulaires.hpp"

namespace ope::handlers {

Response journal_liste(Request& req, Db& db) {
    constexpr int kLignes = 300;
    auto filtre = submit<JournalForm>(req.query);
    if (!filtre.ok()) throw HttpError(400, premier_message(filtre.state.errors));
    const auto& [objet, id] = filtre.value;
    Dict dict("journal");
    if (!objet.empty()) {
        dict.SetValue("FILTRE", (objet == "stagiaire" ? "stagiaire n° " : "session n° ") + std::to_string(*id));
        dict.ShowSection("FILTRE_ACTIF");
    }
    dict.SetIntValue("LIGNES", kLignes);
    auto entrees = journal::lister(db, objet, id, kLignes);
    for (const auto& e : entrees) {
        Dict* row = dict.AddSectionDictionary("ENTREE");
        row->SetValue("QUAND", horodatage_fr(e.quand));
        row->SetValue("QUI", e.role ? prenom_nom(e.prenom, e.nom) + " (" + std::string(libelle(*e.role)) + ")" : "—");
        row->SetValue("ACTION", e.action);
        row->SetValue("OBJET", e.objet);
        if (e.objet_id) {
            row->SetIntValue("OBJET_ID", e.objet_id);
            if (e.objet == "stagiaire") row->ShowSection("LIEN_STAGIAIRE");
            if (e.objet == "session") row->ShowSection("LIEN_SESSION");
        }
        add_lines(*row, "LIGNE", e.detail);
    }
    if (entrees.empty()) dict.ShowSection("VIDE");
    return page(req, "journal", dict, "Journal des modifications");
}

}  // namespace ope::handlers
