// Step 3: the workshops of a session ("Ajouter un atelier", edited in place on the
// session page, deleted by the manager).
#include "handlers/handlers.hpp"
#include "handlers/pages.hpp"

#include "data/ateliers.hpp"
#include "data/sessions.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"

namespace ope::handlers {

namespace {

sessions::Session session_existante(Request& req, Db& db) {
    auto s = sessions::trouver(db, req.id("id"));
    if (!s) throw HttpError(404);
    return *s;
}

ateliers::Atelier atelier_de(long id, long session_id, const AtelierForm& f) {
    return {id, session_id, f.date, f.intitule, f.cycle};
}

}  // namespace

Response atelier_ajouter(Request& req, Db& db) {
    const auto session = session_existante(req, db);
    const long session_id = session.id;
    auto form = submit<AtelierForm>(req.form);
    if (!form.ok()) return afficher_session(req, db, session_id, {.atelier = form.state});
    long id = ateliers::creer(db, atelier_de(0, session_id, form.value), req.user->id);
    return apres(req, chemins::atelier(session_id, id),
                 session.mois.contient(form.value.date) ? Avis::atelier_ajoute : Avis::atelier_ajoute_hors_du_mois);
}

Response atelier_modifier(Request& req, Db& db) {
    const auto session = session_existante(req, db);
    const long session_id = session.id;
    long atelier_id = req.id("aid");
    if (!ateliers::trouver(db, session_id, atelier_id)) throw HttpError(404);
    auto form = submit<AtelierForm>(req.form);
    if (!form.ok()) return afficher_session(req, db, session_id, {.ateliers = {{atelier_id, form.state}}});
    if (!ateliers::modifier(db, atelier_de(atelier_id, session_id, form.value), req.user->id)) throw HttpError(404);
    return apres(req, chemins::session(session_id, "ateliers"),
                 session.mois.contient(form.value.date) ? Avis::atelier_modifie : Avis::atelier_modifie_hors_du_mois);
}

Response atelier_supprimer(Request& req, Db& db) {
    const long session_id = session_existante(req, db).id;
    const long atelier_id = req.id("aid");
    auto form = submit<ConfirmationForm>(req.form);
    // Read before: once confirmed, it is gone.
    auto atelier = ateliers::trouver(db, session_id, atelier_id);
    auto retrait = ateliers::supprimer(db, session_id, atelier_id, req.user->id, form.value.confirmer);
    switch (retrait.etat) {
        case presences::Retrait::Etat::fait: break;
        case presences::Retrait::Etat::inconnu: throw HttpError(404);
        case presences::Retrait::Etat::a_confirmer: {
            const std::string quoi = atelier ? "l'atelier « " + atelier->intitule + " » du " + atelier->date.fr() : "cet atelier";
            return confirmer_retrait(req,
                                     {"Supprimer " + quoi + " ?",
                                      "Supprimer " + quoi + " effacerait les présences déjà saisies pour cet atelier.",
                                      chemins::atelier_suppression(session_id, atelier_id),
                                      chemins::atelier(session_id, atelier_id), "Supprimer quand même"},
                                     retrait.pertes);
        }
    }
    return apres(req, chemins::session(session_id, "ateliers"), Avis::atelier_supprime);
}

}  // namespace ope::handlers
