// Step 12, "envoi documentation": the form (trainees with an e-mail, subject and
// body pre-filled from templates/mail, attachments from the library or the
// computer, 2 MB in all) and the stored sending. The mail worker
// (worker/courriels.hpp) delivers it.
#include "handlers/handlers.hpp"

#include "data/comptes.hpp"
#include "data/documents.hpp"
#include "data/envois.hpp"
#include "data/inscriptions.hpp"
#include "data/sessions.hpp"
#include "domain/fichiers.hpp"
#include "domain/personnes.hpp"
#include "fcgi/config.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"

#include <set>

namespace ope::handlers {

namespace {

struct Envoi {
    sessions::Session session;
    std::vector<inscriptions::Fiche> inscrits;
};

Envoi charger(Request& req, Db& db) {
    long id = req.id("id");
    auto session = sessions::trouver(db, id);
    if (!session) throw HttpError(404);
    return {*session, inscriptions::fiches_de_la_session(db, id)};
}

// The form as it opens: every trainee with an e-mail ticked, the subject and body
// from templates/mail.
FormState formulaire_initial(Request& req, const Envoi& e) {
    Dict modele("documentation_mail");
    modele.SetIntValue("NUMERO", e.session.id);
    modele.SetValue("MOIS", e.session.mois.fr());
    modele.SetValue("EXPEDITEUR", prenom_nom(req.user->prenom, req.user->nom));
    FormState form;
    auto sujet = expand_text("mail/documentation_sujet.tpl", modele);
    form.values.add("sujet", sujet.substr(0, sujet.find_last_not_of("\n") + 1));
    auto corps = expand_text("mail/documentation_corps.tpl", modele);
    corps.erase(0, corps.find_first_not_of('\n'));  // the template's comment line
    form.values.add("corps", corps);
    for (const auto& i : e.inscrits)
        if (!i.stagiaire.email.empty()) form.values.add("destinataire", std::to_string(i.stagiaire.id));
    return form;
}

Response afficher(Request& req, Db& db, const Envoi& e, const FormState& form) {
    Dict dict("documentation");
    // The sender's copy and the trainees' answers (Reply-To) go to the sender's address.
    const auto expediteur = comptes::par_id(db, req.user->id);
    if (expediteur && !expediteur->email.empty())
        dict.SetValueAndShowSection("EMAIL_EXPEDITEUR", expediteur->email, "AVEC_EMAIL_EXPEDITEUR");
    else dict.ShowSection("SANS_EMAIL_EXPEDITEUR");
    dict.SetIntValue("NUMERO", e.session.id);
    dict.SetValue("MOIS", e.session.mois.fr());
    dict.SetValue("PIECES_MAX", taille_lisible(static_cast<long long>(config().pieces_max)));
    dict.SetIntValue("PIECES_MAX_OCTETS", static_cast<long>(config().pieces_max));
    form.fill(dict);
    const auto coches = form.values.all("destinataire");
    const std::set<std::string> destinataires(coches.begin(), coches.end());
    long avec = 0;
    for (const auto& i : e.inscrits) {
        const auto& s = i.stagiaire;
        Dict* row = dict.AddSectionDictionary(s.email.empty() ? "SANS_EMAIL" : "AVEC_EMAIL");
        row->SetIntValue("ID", s.id);
        row->SetValue("NOM_COMPLET", nom_prenom(s.nom, s.prenom));
        row->SetValue("EMAIL", s.email);
        if (!s.email.empty()) {
            ++avec;
            if (destinataires.count(std::to_string(s.id))) row->ShowSection("COCHE");
        }
    }
    if (avec == 0) dict.ShowSection("PERSONNE");
    const auto ids = form.values.all("document_id");
    const std::set<std::string> documents_coches(ids.begin(), ids.end());
    // One statement for the whole library, whatever the number of folders.
    for (const auto& [repertoire, liste] : documents::par_repertoire(db)) {
        Dict* rep = dict.AddSectionDictionary("REPERTOIRE");
        rep->SetValue("NOM", repertoire);
        for (const auto& d : liste) {
            Dict* o = rep->AddSectionDictionary("DOCUMENT");
            o->SetIntValue("ID", d.id);
            o->SetValue("NOM", d.nom_fichier);
            o->SetIntValue("OCTETS", d.taille);
            o->SetValue("TAILLE", taille_lisible(d.taille));
            if (documents_coches.count(std::to_string(d.id))) o->ShowSection("COCHE");
        }
    }
    const std::string titre = "Envoi documentation — session n° " + std::to_string(e.session.id) + " — " + e.session.mois.fr();
    dict.SetValue("TITRE", titre);
    return page(req, "envois_documentation", dict, titre, form.refused() ? 422 : 200);
}

}  // namespace

Response documentation_form(Request& req, Db& db) {
    auto e = charger(req, db);
    return afficher(req, db, e, formulaire_initial(req, e));
}

Response documentation_envoyer(Request& req, Db& db) {
    auto e = charger(req, db);
    auto form = submit<DocumentationForm>(req.form, req.files);
    auto& errors = form.state.errors;
    const auto& f = form.value;

    envois::NouvelEnvoi envoi;
    envoi.session_id = e.session.id;
    envoi.expediteur_id = req.user->id;
    envoi.sujet = f.sujet;
    envoi.corps = f.corps;
    std::set<long> possibles;
    for (const auto& i : e.inscrits)
        if (!i.stagiaire.email.empty()) possibles.insert(i.stagiaire.id);
    std::set<long> choisis;
    for (long id : f.destinataires) {
        if (!possibles.count(id))
            errors.add("destinataire", "Un destinataire choisi n'est pas un stagiaire de cette session ayant un e-mail.");
        else choisis.insert(id);
    }
    envoi.stagiaires.assign(choisis.begin(), choisis.end());

    // Attachments: the library's chosen documents and the uploaded files, 2 MB in all.
    std::size_t total = 0;
    std::set<long> docs;
    for (long id : f.documents) {
        auto d = documents::trouver(db, id);
        if (!d) {
            errors.add("pieces", "Un document choisi n'existe plus dans la bibliothèque.");
            continue;
        }
        if (!docs.insert(id).second) continue;
        total += static_cast<std::size_t>(d->taille);
        if (total <= config().pieces_max)
            envoi.pieces.push_back({d->nom_fichier, d->type_mime, documents::contenu(db, id).value_or("")});
    }
    for (const auto& p : f.pieces) {
        total += p.contenu->size();
        if (total <= config().pieces_max) envoi.pieces.push_back({p.nom_fichier, p.type_mime, *p.contenu});
    }
    if (total > config().pieces_max)
        errors.add("pieces", "Les pièces jointes font " + taille_lisible(static_cast<long long>(total)) + " au total : " +
                                 taille_lisible(static_cast<long long>(config().pieces_max)) +
                                 " au plus. Rien n'a été envoyé ; retirez des pièces jointes.");
    if (!form.ok()) return afficher(req, db, e, form.state);

    auto compte = comptes::par_id(db, req.user->id);
    envoi.copie_email = compte ? compte->email : "";
    envois::creer(db, envoi);
    return apres(req, chemins::session(e.session.id, "envois"), Avis::envoi_enregistre);
}

}  // namespace ope::handlers
