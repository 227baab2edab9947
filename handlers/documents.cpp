// Step 12, the library: the manager names folders ("répertoires") and uploads
// documents into them; tutors browse and download ("Documents stagiaires").
#include "handlers/handlers.hpp"
#include "data/journal.hpp"

#include "data/documents.hpp"
#include "fcgi/config.hpp"
#include "fcgi/fichiers.hpp"
#include "fcgi/normalise.hpp"
#include "fcgi/parse.hpp"
#include "fcgi/render.hpp"

namespace ope::handlers {

namespace {

void remplir_document(Dict& row, const documents::Document& d) {
    row.SetIntValue("ID", d.id);
    row.SetValue("NOM", d.nom_fichier);
    row.SetValue("TAILLE", taille_lisible(d.taille));
    row.SetValue("DATE", d.depose_le);
    row.SetValue("PAR", d.depose_par);
}

Response bibliotheque(Request& req, Db& db, const FormErrors* errors) {
    Dict dict("documents");
    dict.SetValue("TAILLE_MAX", taille_lisible(static_cast<long long>(config().document_max)));
    const std::string choisi = errors ? req.form.get("repertoire") : req.query.get("repertoire");
    auto contenus = documents::par_repertoire(db);
    for (const auto& r : documents::repertoires(db)) {
        Dict* rep = dict.AddSectionDictionary("REPERTOIRE");
        rep->SetValue("NOM", r.nom);
        rep->SetIntValue("NOMBRE", r.documents);
        if (r.documents == 0) rep->ShowSection("VIDE");
        Dict* o = dict.AddSectionDictionary("OPTION_REPERTOIRE");
        o->SetValue("NOM", r.nom);
        if (r.nom == choisi) o->ShowSection("CHOISI");
        for (const auto& d : contenus[r.nom]) remplir_document(*rep->AddSectionDictionary("DOCUMENT"), d);
    }
    if (errors) {
        keep_values(dict, req.form);
        errors->fill(dict);
    }
    if (req.query.get("ok") == "1" && !errors) dict.ShowSection("ENREGISTRE");
    return page(req, "documents_bibliotheque", dict, "Documents", errors ? 422 : 200);
}

}  // namespace

Response documents_liste(Request& req, Db& db) { return bibliotheque(req, db, nullptr); }

// One POST for both forms of the page: a new folder (field nouveau_repertoire) or
// a document (multipart: repertoire, fichier).
Response documents_ajouter(Request& req, Db& db) {
    FormErrors errors;
    if (req.form.has("nouveau_repertoire")) {
        auto nom = texte(req.form.get("nouveau_repertoire"), 100);
        if (!nom.ok()) errors.add("nouveau_repertoire", nom.error);
        else if (nom.value.empty()) errors.add("nouveau_repertoire", "Donnez un nom au répertoire.");
        else if (!documents::creer_repertoire(db, nom.value)) errors.add("nouveau_repertoire", "Ce répertoire existe déjà.");
        if (!errors.empty()) return bibliotheque(req, db, &errors);
        journal::noter(db, req.user->id, "creation_repertoire", "document", std::nullopt, nom.value);
        return Response::redirect("/emploi/documents?ok=1");
    }
    const std::string& repertoire = req.form.get("repertoire");
    if (repertoire.empty() || !documents::repertoire_existe(db, repertoire))
        errors.add("repertoire", "Choisissez un répertoire dans la liste.");
    const UploadedFile* fichier = nullptr;
    for (const auto& f : req.files)
        if (f.field == "fichier") fichier = &f;
    std::optional<std::string> type;
    if (!fichier || fichier->content.empty()) {
        errors.add("fichier", "Choisissez un fichier (non vide).");
    } else if (fichier->content.size() > config().document_max) {
        errors.add("fichier", "Fichier trop volumineux : " + taille_lisible(static_cast<long long>(config().document_max)) +
                                  " au plus.");
    } else if (!(type = type_de_document(fichier->filename, fichier->content))) {
        errors.add("fichier", "Type de fichier refusé : seuls les PDF, documents bureautiques (Word, Excel, "
                              "PowerPoint, LibreOffice), images PNG/JPEG et textes sont acceptés, et le contenu doit "
                              "correspondre à l'extension.");
    }
    if (!errors.empty()) return bibliotheque(req, db, &errors);
    long id = documents::ajouter(db, repertoire, nom_de_fichier_sur(fichier->filename), *type, fichier->content, req.user->id);
    journal::noter(db, req.user->id, "depot", "document", id, repertoire + " / " + nom_de_fichier_sur(fichier->filename));
    return Response::redirect("/emploi/documents?ok=1&repertoire=" + url_encode(repertoire));
}

Response document_supprimer(Request& req, Db& db) {
    if (!documents::supprimer(db, req.id("did"))) throw HttpError(404);
    journal::noter(db, req.user->id, "suppression", "document", req.id("did"), "");
    return Response::redirect("/emploi/documents");
}

Response repertoire_supprimer(Request& req, Db& db) {
    if (!documents::supprimer_repertoire(db, req.form.get("repertoire")))
        throw HttpError(404, "Ce répertoire n'existe pas ou contient encore des documents.");
    journal::noter(db, req.user->id, "suppression_repertoire", "document", std::nullopt, req.form.get("repertoire"));
    return Response::redirect("/emploi/documents");
}

// "Documents stagiaires": folders, then the documents of the chosen one.
Response documents_tuteur(Request& req, Db& db) {
    Dict dict("documents_tuteur");
    const std::string& choisi = req.query.get("repertoire");
    bool trouve = false;
    auto contenus = documents::par_repertoire(db);
    for (const auto& r : documents::repertoires(db)) {
        Dict* rep = dict.AddSectionDictionary("REPERTOIRE");
        rep->SetValue("NOM", r.nom);
        rep->SetValue("URL", "/emploi/tuteur/documents?repertoire=" + url_encode(r.nom));
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
    Response res;
    res.content_type = d->type_mime;
    res.body = std::move(*bytes);
    res.headers.emplace_back("Content-Disposition", content_disposition(d->nom_fichier));
    return res;
}

}  // namespace ope::handlers
