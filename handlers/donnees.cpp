// Personal data (issue 15, docs/donnees-personnelles.md): a trainee's data as one
// JSON document, for the manager and for the trainee themselves (access and
// portability); the erasure of a trainee, after a page that says what it removes.
#include "handlers/handlers.hpp"

#include "data/donnees.hpp"
#include "domain/normalise.hpp"
#include "domain/personnes.hpp"
#include "fcgi/config.hpp"
#include "fcgi/mail.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"
#include "handlers/pages.hpp"

namespace ope::handlers {

namespace {

Response exporter(Request& req, Db& db, long stagiaire_id) {
    auto d = donnees::dossier(db, stagiaire_id);
    if (!d) throw HttpError(404);
    donnees::noter_export(db, stagiaire_id, req.user->id);
    return Response::attachment(donnees::en_json(*d, maintenant_utc()), "application/json; charset=utf-8",
                                "donnees-stagiaire-" + std::to_string(stagiaire_id) + ".json");
}

}  // namespace

Response stagiaire_export(Request& req, Db& db) { return exporter(req, db, req.id("id")); }

Response espace_export(Request& req, Db& db) {
    if (!req.user->stagiaire_id) throw HttpError(404);
    return exporter(req, db, *req.user->stagiaire_id);
}

Response stagiaire_anonymiser(Request& req, Db& db) {
    const long id = req.id("id");
    auto form = submit<ConfirmationForm>(req.form);
    if (!form.value.confirmer) {
        // Nothing is lost by one click: this page says what would go, and asks again.
        auto a = donnees::apercu(db, id);
        if (!a) throw HttpError(404);
        Dict dict("anonymiser");
        dict.SetIntValue("ID", id);
        dict.SetValue("NOM_COMPLET", prenom_nom(a->prenom, a->nom));
        dict.SetValue("ACTION", chemins::fiche(id) + "/anonymiser");
        dict.SetValue("RETOUR", chemins::fiche(id));
        dict.SetValue("ANONYME", donnees::nom_anonyme(id));
        dict.SetValue("ETUDES", quantite(a->etudes, "étude", "études"));
        dict.SetValue("COMMENTAIRES", quantite(a->commentaires, "commentaire", "commentaires"));
        dict.SetValue("INSCRIPTIONS", quantite(a->inscriptions, "inscription", "inscriptions"));
        dict.SetValue("PRESENCES", quantite(a->presences, "présence saisie", "présences saisies"));
        dict.SetValue("ENVOIS", quantite(a->envois, "envoi", "envois"));
        dict.SetValue("ENTREES", quantite(a->entrees_journal, "entrée", "entrées"));
        if (a->compte) dict.ShowSection("COMPTE");
        if (a->deja_anonymise) dict.ShowSection("DEJA");
        return page(req, "stagiaires_anonymiser", dict, "Anonymiser la fiche n° " + std::to_string(id) + " ?");
    }
    auto adresses = donnees::anonymiser(db, id, req.user->id, "anonymisation demandée par le responsable");
    if (!adresses) throw HttpError(404);
    // After the commit: the mails written as files (no mail server) addressed to them.
    supprimer_courriels_ecrits(config().mail_dir, id, *adresses);
    return apres(req, chemins::fiche(id), Avis::stagiaire_anonymise);
}

}  // namespace ope::handlers
