// The audit journal, for the manager: every state change (who, when, what, old
// and new values), every login and every view of a welcome sheet, filtered by
// person (a trainee's record or an account), by session and by kind of event.
#include "handlers/handlers.hpp"

#include "data/journal.hpp"
#include "domain/personnes.hpp"
#include "handlers/formulaires.hpp"

namespace ope::handlers {

Response journal_liste(Request& req, Db& db) {
    constexpr int kLignes = 300;
    auto form = submit<JournalForm>(req.query);
    if (!form.ok()) throw HttpError(400, premier_message(form.state.errors));
    const JournalForm& f = form.value;
    journal::Filtre filtre{.stagiaire = f.stagiaire, .utilisateur = f.utilisateur, .action = f.action};
    if (f.session) filtre = {.objet = "session", .objet_id = f.session, .stagiaire = f.stagiaire,
                             .utilisateur = f.utilisateur, .action = f.action};

    Dict dict("journal");
    std::vector<std::string> filtres;
    if (f.stagiaire) {
        dict.SetIntValue("VALEUR_STAGIAIRE", *f.stagiaire);
        filtres.push_back("fiche stagiaire n° " + std::to_string(*f.stagiaire));
    }
    if (f.utilisateur) {
        dict.SetIntValue("VALEUR_UTILISATEUR", *f.utilisateur);
        filtres.push_back("compte n° " + std::to_string(*f.utilisateur));
    }
    if (f.session) {
        dict.SetIntValue("VALEUR_SESSION", *f.session);
        filtres.push_back("session n° " + std::to_string(*f.session));
    }
    if (f.action) filtres.push_back(std::string("« ") + libelle(*f.action) + " »");
    for (ActionJournal a : kActionsJournal) {
        Dict* option = dict.AddSectionDictionary("ACTION_OPTION");
        option->SetValue("CODE", code(a));
        option->SetValue("LIBELLE", libelle(a));
        if (f.action == a) option->ShowSection("CHOISIE");
    }
    if (!filtres.empty()) {
        std::string texte;
        for (const auto& t : filtres) texte += (texte.empty() ? "" : ", ") + t;
        dict.SetValueAndShowSection("FILTRE", texte, "FILTRE_ACTIF");
    }
    auto entrees = journal::lister(db, filtre, kLignes);
    if (entrees.size() >= static_cast<std::size_t>(kLignes))
        dict.SetValueAndShowSection("LIGNES", std::to_string(kLignes), "LIMITE");
    else if (!entrees.empty())
        dict.SetValueAndShowSection("NOMBRE", quantite(static_cast<long>(entrees.size()), "entrée", "entrées"),
                                    "NOMBRE_ENTREES");
    else
        dict.SetValueAndShowSection("MESSAGE", filtres.empty() ? "Aucune entrée : rien n'a encore été modifié."
                                                               : "Aucune entrée pour ce filtre.",
                                    "VIDE");
    for (const auto& e : entrees) {
        Dict* row = dict.AddSectionDictionary("ENTREE");
        row->SetValue("QUAND", horodatage_fr(e.quand));
        row->SetValue("QUI", e.role ? prenom_nom(e.prenom, e.nom) + " (" + std::string(libelle(*e.role)) + ")" : "—");
        if (e.utilisateur_id && e.role) {
            row->SetIntValue("QUI_ID", *e.utilisateur_id);
            row->ShowSection("LIEN_QUI");
        }
        // A code this version does not know (written by a newer one) is shown as stored.
        row->SetValue("ACTION", e.action ? libelle(*e.action) : e.code_action);
        row->SetValue("CODE_ACTION", e.code_action);
        row->SetValue("OBJET", e.objet);
        if (e.objet_id) {
            row->SetIntValue("OBJET_ID", e.objet_id);
            if (e.objet == "stagiaire") row->ShowSection("LIEN_STAGIAIRE");
            if (e.objet == "session") row->ShowSection("LIEN_SESSION");
            if (e.objet == "utilisateur") row->ShowSection("LIEN_UTILISATEUR");
        }
        add_lines(*row, "LIGNE", e.detail);
    }
    return page(req, "journal", dict, "Journal des modifications");
}

}  // namespace ope::handlers
