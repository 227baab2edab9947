// Step 12, the library: the manager names folders ("répertoires") and uploads
// documents into them; tutors browse and download ("Documents stagiaires").
#include "handlers/handlers.hpp"

#include "data/documents.hpp"
#include "domain/fichiers.hpp"
#include "domain/personnes.hpp"
#include "fcgi/config.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"

namespace ope::handlers {

namespace {

// What the library page's two forms show.
struct FormulairesBibliotheque {
    FormState depot{}, repertoire{};
};

void remplir_document(Dict& row, const documents::Document& d) {
    row.SetIntValue("ID", d.id);
    row.SetValue("NOM", d.nom_fichier);
    row.SetValue("TAILLE", taille_lisible(d.taille));
    row.SetValue("DATE", horodatage_fr(d.depose_le));
    row.SetValue("PAR", prenom_nom(d.depose_par_prenom, d.depose_par_nom));
}

Response bibliotheque(Request& req, Db& db, const FormulairesBibliotheque& formulaires = {}) {
    Dict dict("documents");
    dict.SetValue("TAILLE_MAX", taille_lisible(static_cast<long long>(config().document_max)));
    // The folder chosen for the upload: the one typed, else the one just shown.
    const std::string choisi = formulaires.depot.refused()
                                   ? formulaires.depot.value("repertoire")
                                   : submit<ChoixRepertoireForm>(req.query).value.repertoire;
    Dict* depot = dict.AddSectionDictionary("FORM_DEPOT");
    formulaires.depot.fill(*depot);
    formulaires.repertoire.fill(*dict.AddSectionDictionary("FORM_REPERTOIRE"));
    auto contenus = documents::par_repertoire(db);
    const auto repertoires = documents::repertoires(db);
    if (repertoires.empty()) depot->ShowSection("SANS_REPERTOIRE");
    for (const auto& r : repertoires) {
        Dict* rep = dict.AddSectionDictionary("REPERTOIRE");
        rep->SetValue("NOM", r.nom);
        rep->SetValue("NOMBRE", quantite(r.documents, "document", "documents"));
        if (r.documents == 0) rep->ShowSection("VIDE");
        Dict* o = depot->AddSectionDictionary("OPTION_REPERTOIRE");
        o->SetValue("NOM", r.nom);
        if (r.nom == choisi) o->ShowSection("CHOISI");
        for (const auto& d : contenus[r.nom]) remplir_document(*rep->AddSectionDictionary("DOCUMENT"), d);
    }
    const bool refus = formulaires.depot.refused() || formulaires.repertoire.refused();
    if (refus) dict.ShowSection("ERREURS");
    return page(req, "documents_bibliotheque", dict, "Documents", refus ? 422 : 200);
}

}  // namespace

Response documents_liste(Request& req, Db& db) { return bibliotheque(req, db); }

// One POST for both forms of the page: a new folder (field nouveau_repertoire) or
// a document (multipart: repertoire, fichier).
Response documents_ajouter(Request& req, Db& db) {
    if (RepertoireForm::est_envoye(req.form)) {
        auto form = submit<RepertoireForm>(req.form);
        if (form.ok() && !documents::creer_repertoire(db, form.value.nom, req.user->id))
            form.state.errors.add("nouveau_repertoire", "Ce répertoire existe déjà.");
        if (!form.ok()) return bibliotheque(req, db, {.repertoire = form.state});
        return apres(req, chemins::documents(), Avis::repertoire_cree);
    }
    auto form = submit<DocumentForm>(req.form, req.files, config().document_max);
    const auto& d = form.value;
    if (!d.repertoire.empty() && !documents::repertoire_existe(db, d.repertoire))
        form.state.errors.add("repertoire", "Choisissez un répertoire dans la liste.");
    if (!form.ok()) return bibliotheque(req, db, {.depot = form.state});
    documents::ajouter(db, d.repertoire, d.nom_fichier, d.type_mime, d.contenu, req.user->id);
    return apres(req, chemins::documents(d.repertoire), Avis::document_enregistre);
}

Response document_supprimer(Request& req, Db& db) {
    if (!documents::supprimer(db, req.id("did"), req.user->id)) throw HttpError(404);
    return apres(req, chemins::documents(), Avis::document_supprime);
}

Response repertoire_supprimer(Request& req, Db& db) {
    auto form = submit<SuppressionRepertoireForm>(req.form);
    if (!form.ok() || !documents::supprimer_repertoire(db, form.value.nom, req.user->id))
        throw HttpError(404, "Ce répertoire n'existe pas ou contient encore des documents.");
    return apres(req, chemins::documents(), Avis::repertoire_supprime);
}

// "Documents stagiaires": folders, then the documents of the chosen one.
Response documents_tuteur(Request& req, Db& db) {
    Dict dict("documents_tuteur");
    const std::string choisi = submit<ChoixRepertoireForm>(req.query).value.repertoire;
    bool trouve = false;
    const auto repertoires = documents::repertoires(db);
    if (repertoires.empty()) dict.ShowSection("AUCUN_REPERTOIRE");
    else if (choisi.empty()) dict.ShowSection("CHOISIR");
    for (const auto& r : repertoires) {
        Dict* rep = dict.AddSectionDictionary("REPERTOIRE");
        rep->SetValue("NOM", r.nom);
        rep->SetValue("URL", chemins::documents_tuteur(r.nom));
        rep->SetIntValue("NOMBRE", r.documents);
        if (r.nom == choisi) {
            rep->ShowSection("CHOISI");
            trouve = true;
        }
    }
    if (!choisi.empty()) {
        if (!trouve) throw HttpError(404, "Ce répertoire n'existe pas.");
        Dict* zone = dict.AddSectionDictionary("CONTENU");
        zone->SetValue("REPERTOIRE", choisi);
        auto liste = documents::du_repertoire(db, choisi);
        for (const auto& d : liste) remplir_document(*zone->AddSectionDictionary("DOCUMENT"), d);
        if (liste.empty()) zone->ShowSection("AUCUN");
    }
    return page(req, "documents_tuteur", dict, "Documents stagiaires");
}

Response document_telecharger(Request& req, Db& db) {
    long id = req.id("did");
    auto d = documents::trouver(db, id);
    auto bytes = documents::contenu(db, id);
    if (!d || !bytes) throw HttpError(404);
    return Response::attachment(std::move(*bytes), d->type_mime, d->nom_fichier);
}

}  // namespace ope::handlers
