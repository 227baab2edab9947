// Nothing entered is lost by one click: removing an enrolment or a workshop whose
// attendance was already entered shows first what would be lost, and a form that
// repeats the removal with confirmer=1 (works without JavaScript).
#include "handlers/pages.hpp"

#include "domain/normalise.hpp"
#include "domain/personnes.hpp"

namespace ope::handlers {

Response confirmer_retrait(Request& req, const Confirmation& c, const std::vector<presences::Perte>& pertes) {
    Dict dict("confirmation");
    dict.SetValue("TITRE", c.titre);
    dict.SetValue("QUESTION", c.question);
    dict.SetValue("ACTION", c.action);
    dict.SetValue("RETOUR", c.retour);
    dict.SetValue("BOUTON", c.bouton);
    for (const auto& p : pertes) {
        Dict* row = dict.AddSectionDictionary("PERTE");
        row->SetValue("DATE", p.date.fr());
        row->SetValue("ATELIER", p.intitule);
        row->SetValue("STAGIAIRE", nom_prenom(p.nom, p.prenom));
        row->SetValue("STATUT", libelle(p.statut));
        row->SetValue("CLASSE", code(p.statut));
        row->SetValue("COMMENTAIRE", p.commentaire);
    }
    const long n = static_cast<long>(pertes.size());
    dict.SetValue("PERTES", quantite(n, "présence déjà saisie serait effacée", "présences déjà saisies seraient effacées"));
    if (req.user->role == Role::responsable) dict.ShowSection("RESPONSABLE");
    return page(req, "confirmation", dict, c.titre);
}

}  // namespace ope::handlers
