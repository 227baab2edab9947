// Step 5: enrolment, from the session page and from the record.
#include "handlers/handlers.hpp"
#include "handlers/pages.hpp"

#include "data/inscriptions.hpp"
#include "data/sessions.hpp"
#include "data/stagiaires.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "domain/personnes.hpp"
#include "handlers/formulaires.hpp"

namespace ope::handlers {

// On the session page, in one go with the funding (or "à renseigner", set later on the record).
Response session_inscrire(Request& req, Db& db) {
    long session_id = req.id("id");
    if (!sessions::trouver(db, session_id)) throw HttpError(404);
    auto form = submit<InscriptionForm>(req.form);
    if (form.ok()) {
        auto resultat =
            inscriptions::inscrire(db, session_id, form.value.stagiaire_id, form.value.financement, req.user->id);
        if (resultat == inscriptions::Resultat::inscrit)
            return apres(req, chemins::session(session_id, "stagiaires"), Avis::stagiaire_inscrit);
        form.state.errors.add("stagiaire_id", inscriptions::message(resultat));
    }
    return afficher_session(req, db, session_id, {.inscription = form.state});
}

Response session_desinscrire(Request& req, Db& db) {
    long session_id = req.id("id");
    const long stagiaire_id = req.id("sid");
    auto session = sessions::trouver(db, session_id);
    if (!session) throw HttpError(404);
    auto form = submit<ConfirmationForm>(req.form);
    auto retrait = inscriptions::desinscrire(db, session_id, stagiaire_id, req.user->id, form.value.confirmer);
    switch (retrait.etat) {
        case presences::Retrait::Etat::fait: break;
        case presences::Retrait::Etat::inconnu: throw HttpError(404);
        case presences::Retrait::Etat::a_confirmer: {
            auto s = stagiaires::trouver(db, stagiaire_id);
            const std::string nom = s ? civilite_nom_prenom(s->civilite, s->nom, s->prenom) : "ce stagiaire";
            const std::string numero = std::to_string(session_id);
            return confirmer_retrait(
                req,
                {"Désinscrire " + nom + " de la session n° " + numero + " ?",
                 "Désinscrire " + nom + " de la session n° " + numero + " (" + session->mois.fr() +
                     ") effacerait ses présences déjà saisies.",
                 chemins::desinscription(session_id, stagiaire_id),
                 chemins::session(session_id, "stagiaires"), "Désinscrire quand même"},
                retrait.pertes);
        }
    }
    return apres(req, chemins::session(session_id, "stagiaires"), Avis::stagiaire_desinscrit);
}

// On the record, zone "Sessions de formation", "ajouter une session".
Response stagiaire_inscrire(Request& req, Db& db) {
    long stagiaire_id = req.id("id");
    if (!stagiaires::trouver(db, stagiaire_id)) throw HttpError(404);
    auto form = submit<InscriptionFicheForm>(req.form);
    if (form.ok()) {
        auto resultat =
            inscriptions::inscrire(db, form.value.session_id, stagiaire_id, form.value.financement, req.user->id);
        if (resultat == inscriptions::Resultat::inscrit)
            return apres(req, chemins::fiche(stagiaire_id, "sessions"), Avis::stagiaire_inscrit);
        form.state.errors.add("session_id", inscriptions::message(resultat));
    }
    return afficher_fiche(req, db, stagiaire_id, {.inscription = form.state});
}

Response stagiaire_financement(Request& req, Db& db) {
    long stagiaire_id = req.id("id");
    long session_id = req.id("sessid");
    if (!stagiaires::trouver(db, stagiaire_id)) throw HttpError(404);
    auto form = submit<FinancementForm>(req.form);
    if (!form.ok()) return afficher_fiche(req, db, stagiaire_id, {.financements = {{session_id, form.state}}});
    if (!inscriptions::modifier_financement(db, session_id, stagiaire_id, form.value.financement, req.user->id))
        throw HttpError(404);
    return apres(req, chemins::fiche(stagiaire_id, "sessions"), Avis::financement_enregistre);
}

}  // namespace ope::handlers
