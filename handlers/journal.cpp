// The audit journal, for the manager: every state change (who, when, what, old
// and new values), filtered by trainee or by session.
#include "handlers/handlers.hpp"

#include "data/journal.hpp"
#include "domain/personnes.hpp"
#include "handlers/formulaires.hpp"

#include <map>

namespace ope::handlers {

namespace {

// What an entry's action code (data/, journal::noter) says to a person; a code
// without a sentence here is shown with spaces for its underscores.
std::string action_lisible(const std::string& code) {
    static const std::map<std::string, std::string, std::less<>> kActions = {
        {"ajout_atelier", "atelier ajouté"},          {"ajout_etude", "étude ajoutée"},
        {"ajout_formateur", "formateur ajouté"},      {"ajout_tuteur", "tuteur ajouté"},
        {"creation", "création"},                     {"creation_compte", "compte créé"},
        {"creation_repertoire", "répertoire créé"},   {"depot", "document déposé"},
        {"desinscription", "désinscription"},         {"envoi_documentation", "envoi documentation"},
        {"financement", "financement modifié"},       {"inscription", "inscription"},
        {"modification", "modification"},             {"modification_atelier", "atelier modifié"},
        {"modification_compte", "compte modifié"},    {"modification_par_stagiaire", "modification par le stagiaire"},
        {"mot_de_passe", "mot de passe changé"},      {"nouveau_mot_de_passe", "nouveau mot de passe initial"},
        {"presence", "présence"},                     {"retrait_formateur", "formateur retiré"},
        {"retrait_tuteur", "tuteur retiré"},          {"suppression", "suppression"},
        {"suppression_atelier", "atelier supprimé"},  {"suppression_etude", "étude supprimée"},
        {"suppression_repertoire", "répertoire supprimé"},
    };
    if (auto it = kActions.find(code); it != kActions.end()) return it->second;
    std::string texte = code;
    for (char& c : texte)
        if (c == '_') c = ' ';
    return texte;
}

}  // namespace

Response journal_liste(Request& req, Db& db) {
    constexpr int kLignes = 300;
    auto filtre = submit<JournalForm>(req.query);
    if (!filtre.ok()) throw HttpError(400, premier_message(filtre.state.errors));
    const auto& [objet, id] = filtre.value;
    Dict dict("journal");
    if (!objet.empty()) {
        dict.SetValue("FILTRE", (objet == "stagiaire" ? "fiche stagiaire n° " : "session n° ") + std::to_string(*id));
        dict.ShowSection("FILTRE_ACTIF");
        dict.SetValue(objet == "stagiaire" ? "VALEUR_STAGIAIRE" : "VALEUR_SESSION", std::to_string(*id));
    }
    auto entrees = journal::lister(db, objet, id, kLignes);
    if (entrees.size() >= static_cast<std::size_t>(kLignes))
        dict.SetValueAndShowSection("LIGNES", std::to_string(kLignes), "LIMITE");
    else if (!entrees.empty())
        dict.SetValueAndShowSection("NOMBRE", quantite(static_cast<long>(entrees.size()), "entrée", "entrées"),
                                    "NOMBRE_ENTREES");
    else
        dict.SetValueAndShowSection("MESSAGE", objet.empty() ? "Aucune entrée : rien n'a encore été modifié."
                                                             : "Aucune entrée pour ce filtre : rien n'y a encore été modifié.",
                                    "VIDE");
    for (const auto& e : entrees) {
        Dict* row = dict.AddSectionDictionary("ENTREE");
        row->SetValue("QUAND", horodatage_fr(e.quand));
        row->SetValue("QUI", e.role ? prenom_nom(e.prenom, e.nom) + " (" + std::string(libelle(*e.role)) + ")" : "—");
        row->SetValue("ACTION", action_lisible(e.action));
        row->SetValue("OBJET", e.objet);
        if (e.objet_id) {
            row->SetIntValue("OBJET_ID", e.objet_id);
            if (e.objet == "stagiaire") row->ShowSection("LIEN_STAGIAIRE");
            if (e.objet == "session") row->ShowSection("LIEN_SESSION");
        }
        add_lines(*row, "LIGNE", e.detail);
    }
    return page(req, "journal", dict, "Journal des modifications");
}

}  // namespace ope::handlers
