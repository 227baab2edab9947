#include "handlers/handlers.hpp"
#include "data/journal.hpp"
#include "handlers/pages.hpp"

#include "data/ateliers.hpp"
#include "data/comptes.hpp"
#include "data/envois.hpp"
#include "data/inscriptions.hpp"
#include "data/sessions.hpp"
#include "data/stagiaires.hpp"
#include "fcgi/normalise.hpp"
#include "fcgi/parse.hpp"

namespace ope::handlers {

namespace {

// How many sessions the list shows when no year is chosen.
constexpr int kDernieresSessions = 50;
// How many trainees the enrolment drop-down offers (found by a search, or the newest).
constexpr int kChoixStagiaires = 50;

std::string chemin_session(long id) { return "/emploi/sessions/" + std::to_string(id); }

std::optional<long> formateur_filtre(const Request& req) {
    if (req.user->role == Role::formateur) return req.user->id;
    return std::nullopt;
}


struct IntervenantForm {
    long utilisateur_id = 0;
    std::string role;

    static IntervenantForm parse(const Params& form, Db& db, FormErrors& errors) {
        IntervenantForm f;
        f.role = form.get("role");
        if (f.role != "tuteur" && f.role != "formateur") errors.add("role", "Choisissez tuteur ou formateur.");
        auto id = parse_positive(form.get("utilisateur_id"));
        auto compte = id ? comptes::par_id(db, *id) : std::nullopt;
        if (!compte || !compte->actif || compte->role == Role::stagiaire)
            errors.add("utilisateur_id", "Choisissez une personne dans la liste.");
        else
            f.utilisateur_id = compte->id;
        return f;
    }
};

void remplir_options_personnel(Dict& dict, Db& db) {
    for (const auto& c : comptes::personnel(db)) {
        for (const char* section : {"OPTION_TUTEUR", "OPTION_FORMATEUR"}) {
            Dict* o = dict.AddSectionDictionary(section);
            o->SetIntValue("ID", c.id);
            o->SetValue("NOM_COMPLET", c.prenom + " " + c.nom);
            o->SetValue("ROLE", role_name(c.role));
        }
    }
}

// The trainees of the session and, for tutors and the manager, the enrolment form
// whose drop-down is filtered by a search (?q=) so it stays short with thousands of records.
void remplir_inscrits(Request& req, Db& db, Dict& dict, long session_id, const FormulaireEnErreur* erreur) {
    const bool inscrit = req.user->role == Role::tuteur || req.user->role == Role::responsable;
    auto inscrits = inscriptions::de_la_session(db, session_id);
    dict.SetIntValue("NOMBRE_INSCRITS", static_cast<long>(inscrits.size()));
    for (const auto& i : inscrits) {
        Dict* row = dict.AddSectionDictionary("INSCRIT");
        row->SetIntValue("STAGIAIRE_ID", i.stagiaire_id);
        row->SetValue("NOM_COMPLET", i.civilite + " " + i.nom + " " + i.prenom);
        if (i.statut_libelle) row->SetValueAndShowSection("STATUT", *i.statut_libelle, "FINANCEMENT");
        else row->ShowSection("FINANCEMENT_MANQUANT");
        row->ShowSection(inscrit ? "AVEC_FICHE" : "SANS_FICHE");
        if (inscrit) row->ShowSection("DESINSCRIRE");
    }
    if (inscrits.empty()) dict.ShowSection("AUCUN_INSCRIT");
    if (!inscrit) return;

    Dict* zone = dict.AddSectionDictionary("FORM_INSCRIPTION");
    auto q = texte(req.query.get("q"), 100);
    const std::string recherche = q.ok() ? q.value : "";
    zone->SetValue("Q", recherche);
    auto choix = recherche.empty() ? stagiaires::recents(db, kChoixStagiaires)
                                   : stagiaires::rechercher(db, recherche, 1, kChoixStagiaires).lignes;
    for (const auto& s : choix) {
        Dict* o = zone->AddSectionDictionary("CHOIX");
        o->SetIntValue("ID", s.id);
        o->SetValue("LIBELLE", s.nom + " " + s.prenom + (s.date_naissance ? " (né·e le " + s.date_naissance->fr() + ")" : "") +
                                   (s.ville.empty() ? "" : " — " + s.ville));
    }
    if (recherche.empty()) zone->ShowSection("RECENTS");
    else if (choix.empty()) zone->ShowSection("AUCUN_CHOIX");
    if (erreur) erreur->erreurs.fill(*zone);
}

// Past "envoi documentation" of the session, with each recipient's status.
void remplir_envois(Request& req, Db& db, Dict& dict, long session_id) {
    Dict* zone = dict.AddSectionDictionary("ENVOIS");
    if (req.query.get("envoi") == "1") zone->ShowSection("ENVOI_ENREGISTRE");
    auto liste = envois::de_la_session(db, session_id);
    for (const auto& e : liste) {
        Dict* row = zone->AddSectionDictionary("ENVOI");
        row->SetValue("QUAND", e.cree_le);
        row->SetValue("SUJET", e.sujet);
        row->SetValue("EXPEDITEUR", e.expediteur);
        std::string pieces;
        for (const auto& p : e.pieces) pieces += (pieces.empty() ? "" : ", ") + p;
        row->SetValue("PIECES", pieces.empty() ? "aucune" : pieces);
        row->SetValue("COPIE", e.copie_statut == "envoye" ? "envoyée" : e.copie_statut == "echec" ? "non envoyée" : "en attente");
        for (const auto& d : e.destinataires) {
            Dict* dd = row->AddSectionDictionary("DESTINATAIRE");
            dd->SetValue("NOM", d.nom_complet);
            dd->SetValue("EMAIL", d.email);
            dd->SetValue("CLASSE", d.statut);
            dd->SetValue("STATUT", d.statut == "envoye" ? "envoyé le " + d.envoye_le
                                   : d.statut == "echec" ? "échec : " + d.erreur
                                   : d.tentatives > 0 ? "en attente (nouvel essai prévu ; " + d.erreur + ")"
                                                      : "en attente");
        }
    }
    if (liste.empty()) zone->ShowSection("AUCUN_ENVOI");
}

}  // namespace

void verifier_acces_session(const Request& req, Db& db, long session_id) {
    if (req.user->role == Role::formateur && !sessions::est_intervenant(db, session_id, req.user->id, "formateur")) {
        if (!sessions::trouver(db, session_id)) throw HttpError(404);
        throw HttpError(403, "Vous n'êtes pas formateur de cette session.");
    }
}

Response sessions_liste(Request& req, Db& db) {
    std::optional<int> annee;
    if (req.query.has("annee") && !req.query.get("annee").empty()) {
        auto a = parse_positive(req.query.get("annee"));
        if (!a || *a < 1900 || *a > 2200) throw HttpError(400, "Année invalide : indiquez une année, par exemple 2031.");
        annee = static_cast<int>(*a);
    }
    auto filtre = formateur_filtre(req);
    Dict dict("sessions_liste");
    if (req.user->role == Role::responsable) dict.ShowSection("PEUT_AJOUTER");
    for (int a : sessions::annees(db, filtre)) {
        Dict* y = dict.AddSectionDictionary("ANNEE");
        y->SetIntValue("ANNEE", a);
        if (annee == a) y->ShowSection("CHOISIE");
    }
    if (annee) dict.SetIntValue("ANNEE_CHOISIE", *annee);
    else dict.SetValueAndShowSection("LIMITE", std::to_string(kDernieresSessions), "DERNIERES");
    auto liste = sessions::lister(db, annee, filtre, kDernieresSessions);
    for (const auto& r : liste) {
        Dict* s = dict.AddSectionDictionary("SESSION");
        s->SetIntValue("ID", r.session.id);
        s->SetValue("MOIS", r.session.mois.fr());
        s->SetValue("INTITULE", r.session.intitule);
        s->SetValue("TUTEURS", r.tuteurs);
        s->SetValue("FORMATEURS", r.formateurs);
        s->SetIntValue("ATELIERS", r.ateliers);
        s->SetIntValue("STAGIAIRES", r.stagiaires);
    }
    if (liste.empty()) dict.ShowSection("AUCUNE");
    return page(req, "sessions_liste", dict, "Gestion des sessions");
}

Response sessions_ajouter_form(Request& req, Db&) {
    Dict dict("sessions_ajouter");
    return page(req, "sessions_ajouter", dict, "Ajouter une session");
}

Response sessions_ajouter(Request& req, Db& db) {
    FormErrors errors;
    auto form = SessionForm::parse(req.form, errors);
    if (!errors.empty()) {
        Dict dict("sessions_ajouter");
        keep_values(dict, req.form);
        errors.fill(dict);
        return page(req, "sessions_ajouter", dict, "Ajouter une session", 422);
    }
    long id = sessions::creer(db, form.mois, form.intitule, req.user->id);
    journal::noter(db, req.user->id, "creation", "session", id, form.mois.fr() + " " + form.intitule);
    return Response::redirect(chemin_session(id));
}

Response session_page(Request& req, Db& db) {
    return afficher_session(req, db, req.id("id"));
}

Response afficher_session(Request& req, Db& db, long session_id, const FormulaireEnErreur* erreur) {
    verifier_acces_session(req, db, session_id);
    auto session = sessions::trouver(db, session_id);
    if (!session) throw HttpError(404);
    const bool gere = req.user->role == Role::responsable;

    Dict dict("session_page");
    dict.SetIntValue("NUMERO", session->id);
    dict.SetValue("MOIS", session->mois.fr());
    if (!session->intitule.empty()) dict.SetValueAndShowSection("INTITULE", session->intitule, "A_INTITULE");
    if (req.user->role != Role::formateur) dict.ShowSection("PEUT_INSCRIRE");
    if (gere) {
        dict.ShowSection("PEUT_GERER");
        remplir_options_personnel(dict, db);
    }

    for (const auto& i : sessions::intervenants(db, session_id)) {
        Dict* row = dict.AddSectionDictionary(i.role == "tuteur" ? "TUTEUR" : "FORMATEUR");
        row->SetIntValue("UTILISATEUR_ID", i.utilisateur_id);
        row->SetValue("NOM_COMPLET", i.prenom + " " + i.nom);
        row->SetValue("ROLE", i.role);
        if (gere) row->ShowSection("RETIRER");
    }

    auto liste = ateliers::de_la_session(db, session_id);
    for (const auto& a : liste) {
        Dict* row = dict.AddSectionDictionary("ATELIER");
        const std::string form_id = "atelier-" + std::to_string(a.id);
        const bool en_erreur = erreur && erreur->nom == form_id;
        row->SetIntValue("ID", a.id);
        row->SetValue("DATE_FR", a.date.fr());
        row->SetValue("CYCLE_LIBELLE", ateliers::libelle_cycle(a.cycle));
        // In place editing keeps what was typed when it was refused.
        row->SetValue("DATE", en_erreur ? erreur->valeurs->get("date") : a.date.iso());
        row->SetValue("INTITULE", en_erreur ? erreur->valeurs->get("intitule") : a.intitule);
        const std::string cycle = en_erreur ? erreur->valeurs->get("cycle") : std::to_string(a.cycle);
        if (cycle == "1") row->ShowSection("CYCLE1");
        if (cycle == "2") row->ShowSection("CYCLE2");
        if (en_erreur) erreur->erreurs.fill(*row);
        row->ShowSection(gere ? "MODIFIABLE" : "LECTURE");
    }
    if (liste.empty()) dict.ShowSection("AUCUN_ATELIER");

    remplir_inscrits(req, db, dict, session_id, erreur && erreur->nom == "inscription" ? erreur : nullptr);
    if (req.user->role != Role::formateur) remplir_envois(req, db, dict, session_id);

    // The two creation forms; the one that was refused shows what was typed and why.
    for (const std::string nom : {"atelier", "intervenant"}) {
        const std::string section = nom == "atelier" ? "FORM_ATELIER" : "FORM_INTERVENANT";
        if (!erreur || erreur->nom != nom) {
            dict.ShowSection(section);
            continue;
        }
        Dict* zone = dict.AddSectionDictionary(section);
        keep_values(*zone, *erreur->valeurs);
        erreur->erreurs.fill(*zone);
        if (erreur->valeurs->get("cycle") == "2") zone->ShowSection("CYCLE2");
    }
    std::string titre = "Session n° " + std::to_string(session->id) + " — " + session->mois.fr();
    dict.SetValue("TITRE", titre);
    return page(req, "sessions_page", dict, titre, erreur ? 422 : 200);
}

Response intervenant_ajouter(Request& req, Db& db) {
    long session_id = req.id("id");
    if (!sessions::trouver(db, session_id)) throw HttpError(404);
    FormulaireEnErreur erreur{"intervenant", &req.form, {}};
    auto form = IntervenantForm::parse(req.form, db, erreur.erreurs);
    if (!erreur.erreurs.empty()) return afficher_session(req, db, session_id, &erreur);
    if (sessions::ajouter_intervenant(db, session_id, form.utilisateur_id, form.role))
        journal::noter(db, req.user->id, "ajout_" + form.role, "session", session_id,
                       "compte " + std::to_string(form.utilisateur_id));
    return Response::redirect(chemin_session(session_id));
}

Response intervenant_retirer(Request& req, Db& db) {
    long session_id = req.id("id");
    const std::string& role = req.path_params.at("role");
    if (!sessions::trouver(db, session_id) || (role != "tuteur" && role != "formateur")) throw HttpError(404);
    sessions::retirer_intervenant(db, session_id, req.id("uid"), role);
    journal::noter(db, req.user->id, "retrait_" + role, "session", session_id, "compte " + std::to_string(req.id("uid")));
    return Response::redirect(chemin_session(session_id));
}

}  // namespace ope::handlers
