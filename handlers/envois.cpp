// Step 12, "envoi documentation": the form (trainees with an e-mail, subject and
// body pre-filled from templates/mail, attachments from the library or the
// computer, 2 MB in all), the stored sending, and its delivery by the worker.
#include "handlers/handlers.hpp"
#include "data/journal.hpp"
#include "handlers/pages.hpp"

#include "data/comptes.hpp"
#include "data/documents.hpp"
#include "data/envois.hpp"
#include "data/inscriptions.hpp"
#include "data/sessions.hpp"
#include "fcgi/app.hpp"
#include "fcgi/config.hpp"
#include "fcgi/fichiers.hpp"
#include "fcgi/mail.hpp"
#include "fcgi/normalise.hpp"
#include "fcgi/parse.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace ope::handlers {

namespace {

// A message body: several lines kept, control characters other than line breaks
// and tabs removed, \r\n made \n.
Normalised texte_long(const std::string& s, std::size_t max_bytes) {
    if (!valid_utf8(s)) return {"", "Texte invalide (encodage)."};
    if (s.size() > max_bytes) return {"", "Message trop long."};
    std::string out;
    for (char c : s) {
        if (c == '\r') continue;
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') continue;
        out += c;
    }
    auto first = out.find_first_not_of(" \n\t");
    if (first == std::string::npos) return {"", ""};
    return {out.substr(first, out.find_last_not_of(" \n\t") - first + 1), ""};
}

std::string mois_fr(const std::string& iso) { return parse_mois(iso).value_or(Mois{}).fr(); }

struct Formulaire {
    sessions::Session session;
    std::vector<inscriptions::Fiche> inscrits;
};

Formulaire charger(Request& req, Db& db) {
    long id = req.id("id");
    auto session = sessions::trouver(db, id);
    if (!session) throw HttpError(404);
    return {*session, inscriptions::fiches_de_la_session(db, id)};
}

Response afficher(Request& req, Db& db, const Formulaire& f, const FormErrors* errors) {
    Dict dict("documentation");
    dict.SetIntValue("NUMERO", f.session.id);
    dict.SetValue("MOIS", f.session.mois.fr());
    dict.SetValue("PIECES_MAX", taille_lisible(static_cast<long long>(config().pieces_max)));
    dict.SetIntValue("PIECES_MAX_OCTETS", static_cast<long>(config().pieces_max));
    std::set<std::string> coches;
    if (errors) for (const auto& v : req.form.all("destinataire")) coches.insert(v);
    long avec = 0;
    for (const auto& i : f.inscrits) {
        const auto& s = i.stagiaire;
        Dict* row = dict.AddSectionDictionary(s.email.empty() ? "SANS_EMAIL" : "AVEC_EMAIL");
        row->SetIntValue("ID", s.id);
        row->SetValue("NOM_COMPLET", s.nom + " " + s.prenom);
        row->SetValue("EMAIL", s.email);
        if (!s.email.empty()) {
            ++avec;
            if (!errors || coches.count(std::to_string(s.id))) row->ShowSection("COCHE");
        }
    }
    if (avec == 0) dict.ShowSection("PERSONNE");
    std::set<std::string> docs_coches;
    if (errors) for (const auto& v : req.form.all("document_id")) docs_coches.insert(v);
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
            if (docs_coches.count(std::to_string(d.id))) o->ShowSection("COCHE");
        }
    }
    if (errors) {
        dict.SetValue("SUJET", req.form.get("sujet"));
        dict.SetValue("CORPS", req.form.get("corps"));
        errors->fill(dict);
    } else {
        Dict modele("documentation_mail");
        modele.SetIntValue("NUMERO", f.session.id);
        modele.SetValue("MOIS", f.session.mois.fr());
        modele.SetValue("EXPEDITEUR", req.user->prenom + " " + req.user->nom);
        auto sujet = expand_text("mail/documentation_sujet.tpl", modele);
        dict.SetValue("SUJET", sujet.substr(0, sujet.find_last_not_of("\n") + 1));
        dict.SetValue("CORPS", expand_text("mail/documentation_corps.tpl", modele));
    }
    const std::string titre = "Envoi documentation — session n° " + std::to_string(f.session.id) + " — " + f.session.mois.fr();
    dict.SetValue("TITRE", titre);
    return page(req, "envois_documentation", dict, titre, errors ? 422 : 200);
}

// The footer of one trainee's mail: their own login details.
void remplir_pied(Dict& d, const envois::Livraison& l) {
    d.SetValue("SITE", config().site_url);
    d.SetValue("LOGIN", l.login);
    if (l.mot_de_passe_initial) d.SetValueAndShowSection("MOT_DE_PASSE", *l.mot_de_passe_initial, "INITIAL");
    else d.ShowSection("CHOISI");
}

std::string html_du_corps(const std::string& sujet, const std::string& corps, const envois::Livraison* l) {
    Dict d("courriel_html");
    d.SetValue("SUJET", sujet);
    add_lines(d, "LIGNE", corps);
    if (l) remplir_pied(*d.AddSectionDictionary("PIED"), *l);
    return expand("mail/courriel.html.tpl", d);
}

}  // namespace

Response documentation_form(Request& req, Db& db) { return afficher(req, db, charger(req, db), nullptr); }

Response documentation_envoyer(Request& req, Db& db) {
    auto f = charger(req, db);
    FormErrors errors;
    auto sujet = texte(req.form.get("sujet"), 200);
    if (!sujet.ok()) errors.add("sujet", sujet.error);
    else if (sujet.value.empty()) errors.add("sujet", "Donnez un objet au message.");
    auto corps = texte_long(req.form.get("corps"), 50000);
    if (!corps.ok()) errors.add("corps", corps.error);
    else if (corps.value.empty()) errors.add("corps", "Le message est vide.");

    envois::NouvelEnvoi e;
    e.session_id = f.session.id;
    e.expediteur_id = req.user->id;
    e.sujet = sujet.value;
    e.corps = corps.value;
    std::set<long> possibles;
    for (const auto& i : f.inscrits)
        if (!i.stagiaire.email.empty()) possibles.insert(i.stagiaire.id);
    std::set<long> choisis;
    for (const auto& v : req.form.all("destinataire")) {
        auto id = parse_positive(v);
        if (!id || !possibles.count(*id)) errors.add("destinataire", "Un destinataire choisi n'est pas un stagiaire de cette session ayant un e-mail.");
        else choisis.insert(*id);
    }
    if (choisis.empty() && !errors.has("destinataire")) errors.add("destinataire", "Cochez au moins un stagiaire.");
    e.stagiaires.assign(choisis.begin(), choisis.end());

    std::size_t total = 0;
    std::set<long> docs;
    for (const auto& v : req.form.all("document_id")) {
        auto id = parse_positive(v);
        auto d = id ? documents::trouver(db, *id) : std::nullopt;
        if (!d) {
            errors.add("pieces", "Un document choisi n'existe plus dans la bibliothèque.");
            continue;
        }
        if (!docs.insert(*id).second) continue;
        total += static_cast<std::size_t>(d->taille);
        if (total <= config().pieces_max) e.pieces.push_back({d->nom_fichier, d->type_mime, documents::contenu(db, *id).value_or("")});
    }
    for (const auto& file : req.files) {
        if (file.field != "piece_jointe" || file.content.empty()) continue;
        total += file.content.size();
        auto type = type_de_document(file.filename, file.content);
        if (!type) errors.add("pieces", "« " + nom_de_fichier_sur(file.filename) + " » : type de fichier refusé (PDF, bureautique, images et textes seulement, contenu conforme à l'extension).");
        else if (total <= config().pieces_max) e.pieces.push_back({nom_de_fichier_sur(file.filename), *type, file.content});
    }
    if (total > config().pieces_max)
        errors.add("pieces", "Les pièces jointes font " + taille_lisible(static_cast<long long>(total)) + " au total : " +
                                 taille_lisible(static_cast<long long>(config().pieces_max)) +
                                 " au plus. Rien n'a été envoyé ; retirez des pièces jointes.");
    if (!errors.empty()) return afficher(req, db, f, &errors);

    auto compte = comptes::par_id(db, req.user->id);
    e.copie_email = compte ? compte->email : "";
    long envoi = envois::creer(db, e);
    journal::noter(db, req.user->id, "envoi_documentation", "session", f.session.id,
                   "envoi " + std::to_string(envoi) + " à " + std::to_string(e.stagiaires.size()) + " stagiaire(s) : " + e.sujet);
    return Response::redirect("/emploi/sessions/" + std::to_string(f.session.id) + "?envoi=1#envois");
}

namespace courriels {

int distribuer(Db& db, Expediteur& expediteur, const Config& config, const std::string& verrou) {
    constexpr long kBail = 600;  // a claimed mail is retried by another worker after 10 minutes
    int traites = 0;
    // Exponential back-off: retry, 2 × retry, 4 × retry... capped at one hour.
    auto delai = [&](long tentatives) {
        long d = config.mail_retry_seconds;
        for (long i = 0; i < tentatives && d < 3600; ++i) d *= 2;
        return std::min(d, 3600L);
    };
    std::map<long, std::vector<PieceJointe>> pieces;
    for (const auto& l : envois::reserver(db, verrou, 20, kBail)) {
        if (!pieces.count(l.envoi_id)) pieces[l.envoi_id] = envois::pieces(db, l.envoi_id);
        Courriel c;
        c.expediteur = config.mail_from;
        c.destinataire = l.email;
        c.sujet = l.sujet;
        Dict pied("pied");
        remplir_pied(pied, l);
        c.texte = l.corps + "\n" + expand_text("mail/pied.txt.tpl", pied);
        c.html = html_du_corps(l.sujet, l.corps, &l);
        c.pieces = pieces[l.envoi_id];
        c.message_id = "<envoi-" + std::to_string(l.envoi_id) + "-" + std::to_string(l.stagiaire_id) + "@ope>";
        try {
            expediteur.envoyer(c);
            envois::envoye(db, l.envoi_id, l.stagiaire_id);
        } catch (const std::exception& ex) {
            log_line("mail to trainee " + std::to_string(l.stagiaire_id) + " of sending " + std::to_string(l.envoi_id) +
                     " failed: " + ex.what());
            envois::echec(db, l.envoi_id, l.stagiaire_id, ex.what(), delai(l.tentatives), config.mail_max_attempts);
        }
        ++traites;
    }
    for (const auto& copie : envois::reserver_copies(db, verrou, 5, kBail)) {
        Dict d("copie");
        d.SetIntValue("NUMERO", copie.session_id);
        d.SetValue("MOIS", mois_fr(copie.mois));
        d.SetValue("CORPS", copie.corps);
        for (const auto& dest : envois::destinataires(db, copie.envoi_id)) {
            Dict* row = d.AddSectionDictionary("DESTINATAIRE");
            row->SetValue("NOM", dest.nom_complet);
            row->SetValue("EMAIL", dest.email);
            row->SetValue("STATUT", dest.statut == "envoye" ? "envoyé" : "échec (" + dest.erreur + ")");
        }
        std::string noms;
        auto pj = envois::pieces(db, copie.envoi_id);
        for (const auto& p : pj) noms += (noms.empty() ? "" : ", ") + p.nom_fichier;
        d.SetValue("PIECES", noms.empty() ? "aucune" : noms);
        Courriel c;
        c.expediteur = config.mail_from;
        c.destinataire = copie.email;
        c.sujet = "Copie : " + copie.sujet;
        c.texte = expand_text("mail/copie.txt.tpl", d);
        c.html = html_du_corps(c.sujet, c.texte, nullptr);
        c.pieces = pj;
        c.message_id = "<envoi-" + std::to_string(copie.envoi_id) + "-copie@ope>";
        try {
            expediteur.envoyer(c);
            envois::copie_envoyee(db, copie.envoi_id);
        } catch (const std::exception& ex) {
            log_line("copy of sending " + std::to_string(copie.envoi_id) + " failed: " + ex.what());
            envois::copie_echec(db, copie.envoi_id, ex.what(), delai(copie.tentatives), config.mail_max_attempts);
        }
        ++traites;
    }
    return traites;
}

}  // namespace courriels

}  // namespace ope::handlers
