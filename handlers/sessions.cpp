// Steps 1 and 2: "Gestion des sessions", "Ajouter une session", the session page
// with its tutors and trainers.
#include "handlers/handlers.hpp"
#include "handlers/pages.hpp"

#include "data/ateliers.hpp"
#include "data/comptes.hpp"
#include "data/contenu_session.hpp"
#include "data/envois.hpp"
#include "data/inscriptions.hpp"
#include "data/sessions.hpp"
#include "data/stagiaires.hpp"
#include "data/versions.hpp"
#include "domain/json.hpp"
#include "domain/personnes.hpp"
#include "fcgi/memoire.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"

namespace ope::handlers {

namespace {

// How many sessions the list shows when no year is chosen.
constexpr int kDernieresSessions = 50;
// How many trainees an enrolment search offers: a short list, refined by typing more.
constexpr int kChoixStagiaires = 20;

std::string libelle_du_choix(const stagiaires::Stagiaire& s);

std::optional<long> formateur_filtre(const Request& req) {
    if (req.user->role == Role::formateur) return req.user->id;
    return std::nullopt;
}

void remplir_options_personnel(Dict& zone, Db& db, const FormState& form) {
    for (const auto& c : comptes::personnel(db)) {
        for (const char* section : {"OPTION_TUTEUR", "OPTION_FORMATEUR"}) {
            Dict* o = zone.AddSectionDictionary(section);
            o->SetIntValue("ID", c.id);
            o->SetValue("NOM_COMPLET", prenom_nom(c.prenom, c.nom));
            o->SetValue("ROLE", libelle(c.role));
            if (c.email.empty()) o->ShowSection("SANS_EMAIL");
            if (form.value("utilisateur_id") == std::to_string(c.id)) o->ShowSection("CHOISI");
        }
    }
}

// The trainees of the session and, for tutors and the manager, the enrolment form
// whose drop-down is filtered by a search (?q=) so it stays short with thousands of records.
void remplir_inscrits(Request& req, Db& db, Dict& dict, long session_id,
                      const std::vector<inscriptions::Inscrit>& inscrits, const FormState& form) {
    const bool inscrit = req.user->role == Role::tuteur || req.user->role == Role::responsable;
    dict.SetIntValue("NOMBRE_INSCRITS", static_cast<long>(inscrits.size()));
    for (const auto& i : inscrits) {
        Dict* row = dict.AddSectionDictionary("INSCRIT");
        row->SetIntValue("STAGIAIRE_ID", i.stagiaire_id);
        row->SetValue("NOM_COMPLET", civilite_nom_prenom(i.civilite, i.nom, i.prenom));
        // A trainer sees who is enrolled, not how they are funded.
        if (!voit_financement(req.user->role)) {
        } else if (i.statut) {
            row->SetValueAndShowSection("STATUT", libelle(*i.statut), "FINANCEMENT");
        } else {
            row->ShowSection("FINANCEMENT_MANQUANT");
        }
        row->ShowSection(inscrit ? "AVEC_FICHE" : "SANS_FICHE");
        if (inscrit) row->ShowSection("DESINSCRIRE");
    }
    if (inscrits.empty()) dict.ShowSection("AUCUN_INSCRIT");
    if (!inscrit) return;

    // The enrolment form: the trainee found by a search (?q=, typed: a malformed one
    // finds nobody), with the funding, as on the record.
    Dict* zone = dict.AddSectionDictionary("FORM_INSCRIPTION");
    const std::string recherche = submit<RechercheForm>(req.query).value.q;
    zone->SetValue("Q", recherche);
    FormErrors ignorees;
    long choisi = InscriptionForm::parse(form.values, ignorees).stagiaire_id;
    bool choisi_liste = false;
    auto option = [&](const stagiaires::Stagiaire& s) {
        Dict* o = zone->AddSectionDictionary("CHOIX");
        o->SetIntValue("ID", s.id);
        o->SetValue("LIBELLE", libelle_du_choix(s));
        if (s.id == choisi) o->ShowSection("CHOISI");
        choisi_liste = choisi_liste || s.id == choisi;
    };
    if (recherche.empty()) {
        zone->ShowSection("CHERCHER");
    } else {
        auto trouves = stagiaires::rechercher(db, recherche, 1, kChoixStagiaires, session_id);
        // Only one found: already chosen.
        if (trouves.lignes.size() == 1 && !choisi) choisi = trouves.lignes.front().id;
        for (const auto& s : trouves.lignes) option(s);
        if (trouves.total == 0) zone->ShowSection("AUCUN_CHOIX");
        else zone->SetValueAndShowSection("NOMBRE", quantite(trouves.total, "stagiaire trouvé", "stagiaires trouvés"), "TROUVES");
        if (trouves.total > kChoixStagiaires) zone->SetValueAndShowSection("MAX", std::to_string(kChoixStagiaires), "AFFINER");
    }
    // A refused form keeps the trainee that was chosen.
    if (choisi && !choisi_liste)
        if (auto s = stagiaires::trouver(db, choisi)) option(*s);
    options_statut_financement(*zone, form);
    form.fill(*zone);
}

// A trainee as an enrolment list offers them: "DUPONT Élodie (né·e le 14/05/1988) — Lille".
std::string libelle_du_choix(const stagiaires::Stagiaire& s) {
    return nom_prenom(s.nom, s.prenom) + (s.date_naissance ? " (né·e le " + s.date_naissance->fr() + ")" : "") +
           (s.ville.empty() ? "" : " — " + s.ville);
}

std::string etat_du_destinataire(const envois::Destinataire& d) {
    switch (d.statut) {
        case EtatEnvoi::envoye: return "envoyé le " + horodatage_fr(d.envoye_le);
        case EtatEnvoi::echec: return "échec : " + d.erreur;
        case EtatEnvoi::en_attente: break;
    }
    return d.tentatives > 0 ? "en attente (nouvel essai prévu ; " + d.erreur + ")" : "en attente";
}

// Past "envoi documentation" of the session, with each recipient's status.
void remplir_envois(Db& db, Dict& dict, long session_id) {
    Dict* zone = dict.AddSectionDictionary("ENVOIS");
    auto liste = envois::de_la_session(db, session_id);
    for (const auto& e : liste) {
        Dict* row = zone->AddSectionDictionary("ENVOI");
        row->SetValue("QUAND", horodatage_fr(e.cree_le));
        row->SetValue("SUJET", e.sujet);
        row->SetValue("EXPEDITEUR", prenom_nom(e.expediteur_prenom, e.expediteur_nom));
        std::string pieces;
        for (const auto& p : e.pieces) pieces += (pieces.empty() ? "" : ", ") + p;
        row->SetValue("PIECES", pieces.empty() ? "aucune" : pieces);
        row->SetValue("COPIE", e.copie_statut == EtatEnvoi::envoye ? "envoyée"
                               : e.copie_statut == EtatEnvoi::echec ? "non envoyée"
                                                                    : "en attente");
        for (const auto& d : e.destinataires) {
            Dict* dd = row->AddSectionDictionary("DESTINATAIRE");
            dd->SetValue("NOM", nom_prenom(d.nom, d.prenom));
            dd->SetValue("EMAIL", d.email);
            dd->SetValue("CLASSE", code(d.statut));
            dd->SetValue("STATUT", etat_du_destinataire(d));
        }
    }
    if (liste.empty()) zone->ShowSection("AUCUN_ENVOI");
}

long session_existante(Request& req, Db& db) {
    long id = req.id("id");
    if (!sessions::trouver(db, id)) throw HttpError(404);
    return id;
}

}  // namespace

void verifier_acces_session(const Request& req, Db& db, long session_id) {
    if (req.user->role == Role::formateur && !sessions::est_intervenant(db, session_id, req.user->id, Role::formateur)) {
        if (!sessions::trouver(db, session_id)) throw HttpError(404);
        throw HttpError(403, "Vous n'êtes pas formateur de cette session.");
    }
}

Response sessions_liste(Request& req, Db& db) {
    auto filtre = submit<AnneeForm>(req.query);
    if (!filtre.ok()) throw HttpError(400, premier_message(filtre.state.errors));
    const auto annee = filtre.value.annee;
    auto formateur = formateur_filtre(req);
    Dict dict("sessions_liste");
    if (req.user->role == Role::responsable) dict.ShowSection("PEUT_AJOUTER");
    for (int a : sessions::annees(db, formateur)) {
        Dict* y = dict.AddSectionDictionary("ANNEE");
        y->SetIntValue("ANNEE", a);
        if (annee == a) y->ShowSection("CHOISIE");
    }
    if (annee) dict.SetIntValue("ANNEE_CHOISIE", *annee);
    else dict.SetValueAndShowSection("LIMITE", std::to_string(kDernieresSessions), "DERNIERES");
    auto liste = sessions::lister(db, annee, formateur, kDernieresSessions);
    for (const auto& r : liste) {
        Dict* s = dict.AddSectionDictionary("SESSION");
        s->SetIntValue("ID", r.session.id);
        s->SetValue("MOIS", r.session.mois.fr());
        s->SetValue("INTITULE", r.session.intitule);
        s->SetValue("TUTEURS", liste_prenom_nom(r.tuteurs));
        s->SetValue("FORMATEURS", liste_prenom_nom(r.formateurs));
        s->SetIntValue("ATELIERS", r.ateliers);
        s->SetIntValue("STAGIAIRES", r.stagiaires);
    }
    if (liste.empty()) dict.ShowSection("AUCUNE");
    return page(req, "sessions_liste", dict, "Gestion des sessions");
}

namespace {

Response formulaire_session(Request& req, const FormState& form) {
    Dict dict("sessions_ajouter");
    form.fill(dict);
    return page(req, "sessions_ajouter", dict, "Ajouter une session", form.refused() ? 422 : 200);
}

}  // namespace

Response sessions_ajouter_form(Request& req, Db&) { return formulaire_session(req, {}); }

Response sessions_ajouter(Request& req, Db& db) {
    auto form = submit<SessionForm>(req.form);
    if (!form.ok()) return formulaire_session(req, form.state);
    long id = sessions::creer(db, form.value.mois, form.value.intitule, req.user->id);
    return apres(req, chemins::session(id), Avis::session_creee);
}

namespace {

// "Modifier la session": its month and title, and deleting it while nobody is enrolled.
Response formulaire_modification(Request& req, Db& db, const sessions::Session& s, const FormState& form,
                                 const FormState& suppression = {}) {
    Dict dict("sessions_modifier");
    dict.SetIntValue("NUMERO", s.id);
    dict.SetValue("MOIS", s.mois.fr());
    form.fill(*dict.AddSectionDictionary("FORM_SESSION"));
    Dict* zone = dict.AddSectionDictionary("FORM_SUPPRESSION");
    const long inscrits = static_cast<long>(inscriptions::de_la_session(db, s.id).size());
    if (inscrits > 0)
        zone->SetValueAndShowSection("INSCRITS", quantite(inscrits, "stagiaire inscrit", "stagiaires inscrits"), "IMPOSSIBLE");
    else
        zone->SetValueAndShowSection(
            "ATELIERS", quantite(static_cast<long>(ateliers::de_la_session(db, s.id).size()), "atelier", "ateliers"), "POSSIBLE");
    suppression.fill(*zone);
    const bool refus = form.refused() || suppression.refused();
    return page(req, "sessions_modifier", dict, "Modifier la session n° " + std::to_string(s.id), refus ? 422 : 200);
}

sessions::Session session_trouvee(Request& req, Db& db) {
    auto s = sessions::trouver(db, req.id("id"));
    if (!s) throw HttpError(404);
    return *s;
}

}  // namespace

Response session_modifier_form(Request& req, Db& db) {
    auto s = session_trouvee(req, db);
    return formulaire_modification(req, db, s, SessionForm::state_of(s.mois, s.intitule));
}

Response session_modifier(Request& req, Db& db) {
    auto s = session_trouvee(req, db);
    auto form = submit<SessionForm>(req.form);
    if (!form.ok()) return formulaire_modification(req, db, s, form.state);
    if (!sessions::modifier(db, {s.id, form.value.mois, form.value.intitule}, req.user->id)) throw HttpError(404);
    return apres(req, chemins::session(s.id), Avis::session_modifiee);
}

Response session_supprimer(Request& req, Db& db) {
    auto s = session_trouvee(req, db);
    auto resultat = sessions::supprimer(db, s.id, req.user->id);
    FormState refus;
    switch (resultat.etat) {
        case sessions::Suppression::Etat::supprimee: return apres(req, chemins::sessions(), Avis::session_supprimee);
        case sessions::Suppression::Etat::inconnue: throw HttpError(404);
        case sessions::Suppression::Etat::inscrits:
            refus.errors.add("session", "La session ne peut pas être supprimée : " +
                                            quantite(resultat.nombre, "stagiaire y est inscrit", "stagiaires y sont inscrits") +
                                            ". Désinscrivez-les d'abord depuis la page de la session.");
            break;
        case sessions::Suppression::Etat::envois:
            refus.errors.add("session", "La session ne peut pas être supprimée : de la documentation a été envoyée à ses "
                                        "stagiaires (" + quantite(resultat.nombre, "envoi", "envois") +
                                            "), et ces envois sont conservés.");
            break;
    }
    return formulaire_modification(req, db, s, SessionForm::state_of(s.mois, s.intitule), refus);
}

namespace {

// The session page as each role sees it without a search or a refused form, by the
// session's three versions (data/contenu_session.hpp): about 30 KB for 25 trainees.
Memoire<PageCommune> pages_de_session(8 * 1024 * 1024);

std::string titre_de_la_session(const sessions::Session& s) {
    return "Session n° " + std::to_string(s.id) + " — " + s.mois.fr();
}

// Fills the session page's dictionary; its status is 422 when a form was refused.
int remplir_session(Request& req, Db& db, Dict& dict, const contenu_session::Contenu& contenu,
                    const FormulairesSession& formulaires) {
    const sessions::Session* session = &contenu.session;
    const bool gere = req.user->role == Role::responsable;
    bool refus = formulaires.intervenant.refused() || formulaires.atelier.refused() ||
                 formulaires.inscription.refused();

    dict.SetIntValue("NUMERO", session->id);
    dict.SetValue("MOIS", session->mois.fr());
    if (!session->intitule.empty()) dict.SetValueAndShowSection("INTITULE", session->intitule, "A_INTITULE");
    if (req.user->role != Role::formateur) dict.ShowSection("PEUT_INSCRIRE");
    if (gere) dict.ShowSection("PEUT_GERER");

    for (const auto& i : contenu.intervenants) {
        Dict* row = dict.AddSectionDictionary(i.role == Role::tuteur ? "TUTEUR" : "FORMATEUR");
        row->SetIntValue("UTILISATEUR_ID", i.utilisateur_id);
        row->SetValue("NOM_COMPLET", prenom_nom(i.prenom, i.nom));
        if (!i.actif) row->ShowSection("INACTIF");
        else if (i.email.empty()) row->ShowSection("SANS_EMAIL");
        if (gere) row->ShowSection("RETIRER");
    }
    if (gere) {
        Dict* zone = dict.AddSectionDictionary("FORM_INTERVENANT");
        remplir_options_personnel(*zone, db, formulaires.intervenant);
        formulaires.intervenant.fill(*zone);
    }

    const auto& liste = contenu.ateliers;
    for (const auto& a : liste) {
        Dict* row = dict.AddSectionDictionary("ATELIER");
        row->SetIntValue("ID", a.id);
        row->SetValue("DATE_FR", a.date.fr());
        row->SetValue("INTITULE", a.intitule);
        row->SetValue("CYCLE_LIBELLE", libelle(a.cycle));
        // Accepted, but shown: a date outside the session's month is usually a typo.
        if (!session->mois.contient(a.date)) row->SetValueAndShowSection("MOIS_SESSION", session->mois.fr(), "HORS_DU_MOIS");
        if (!gere) {
            row->ShowSection("LECTURE");
            continue;
        }
        // In place editing: what was typed when it was refused, else the workshop.
        Dict* edition = row->AddSectionDictionary("MODIFIABLE");
        auto refuse = formulaires.ateliers.find(a.id);
        if (refuse != formulaires.ateliers.end()) {
            refuse->second.fill(*edition);
            refus = refus || refuse->second.refused();
        } else {
            AtelierForm::state_of(a.date, a.intitule, a.cycle).fill(*edition);
        }
    }
    if (liste.empty()) dict.ShowSection("AUCUN_ATELIER");
    if (gere) formulaires.atelier.fill(*dict.AddSectionDictionary("FORM_ATELIER"));

    remplir_inscrits(req, db, dict, session->id, contenu.inscrits, formulaires.inscription);
    if (req.user->role != Role::formateur) remplir_envois(db, dict, session->id);

    dict.SetValue("TITRE", titre_de_la_session(*session));
    return refus ? 422 : 200;
}

}  // namespace

// Without a search, what every user of a role sees of the session is kept at its
// versions: the request pays the login, which reads the versions too.
Response session_page(Request& req, Db& db) {
    const long session_id = req.id("id");
    if (!submit<RechercheForm>(req.query).value.q.empty()) return afficher_session(req, db, session_id);
    verifier_acces_session(req, db, session_id);
    const auto versions = lire_versions(req, db, contenu_session::kVersions, session_id);
    if (!versions) throw HttpError(404);
    const std::string cle = std::to_string(session_id) + " " + std::string(code(req.user->role));
    if (auto commune = pages_de_session.trouver(cle, *versions)) return page(req, *commune);
    // Read after the versions (Memoire::garder), kept at those read with it.
    const auto etat = contenu_session::etat(db, session_id);
    if (!etat) throw HttpError(404);
    Dict dict("session_page");
    remplir_session(req, db, dict, *contenu_session::lire(db, *etat), {});
    auto commune = std::make_shared<const PageCommune>(page_commune("sessions_page", dict, titre_de_la_session(etat->session)));
    pages_de_session.garder(cle, etat->versions(), commune, commune->contenu.size());
    return page(req, *commune);
}

Response afficher_session(Request& req, Db& db, long session_id, const FormulairesSession& formulaires) {
    verifier_acces_session(req, db, session_id);
    const auto contenu = contenu_session::lire(db, session_id);
    if (!contenu) throw HttpError(404);
    Dict dict("session_page");
    const int status = remplir_session(req, db, dict, *contenu, formulaires);
    return page(req, "sessions_page", dict, titre_de_la_session(contenu->session), status);
}

// The enrolment form's search as JavaScript asks it while a name is typed: the first
// trainees found, not enrolled in the session yet, as JSON
// {"total": n, "stagiaires": [{"id": 12, "libelle": "DUPONT Élodie — Lille"}]}.
Response session_recherche_stagiaires(Request& req, Db& db) {
    const long session_id = session_existante(req, db);
    auto form = submit<RechercheForm>(req.query);
    if (!form.ok()) throw HttpError(400, premier_message(form.state.errors));
    stagiaires::Page trouves;
    if (!form.value.q.empty()) trouves = stagiaires::rechercher(db, form.value.q, 1, kChoixStagiaires, session_id);
    std::string json = "{\"total\": " + std::to_string(trouves.total) + ", \"stagiaires\": [";
    for (std::size_t i = 0; i < trouves.lignes.size(); ++i) {
        const auto& s = trouves.lignes[i];
        json += (i ? ", " : "") + std::string("{\"id\": ") + std::to_string(s.id) +
                ", \"libelle\": " + json::chaine(libelle_du_choix(s)) + "}";
    }
    return Response::json(json + "]}");
}

Response intervenant_ajouter(Request& req, Db& db) {
    long session_id = session_existante(req, db);
    auto form = submit<IntervenantForm>(req.form);
    if (form.ok()) {
        auto compte = comptes::par_id(db, form.value.utilisateur_id);
        if (!compte || !compte->actif || compte->role == Role::stagiaire) {
            form.state.errors.add("utilisateur_id", "Choisissez une personne dans la liste.");
        } else {
            sessions::ajouter_intervenant(db, session_id, {compte->id, compte->prenom, compte->nom, form.value.role, compte->actif, compte->email},
                                          req.user->id);
            return apres(req, chemins::session(session_id), Avis::intervenant_ajoute);
        }
    }
    return afficher_session(req, db, session_id, {.intervenant = form.state});
}

Response intervenant_retirer(Request& req, Db& db) {
    long session_id = session_existante(req, db);
    auto role = parse_code<Role>(req.path_params.at("role"));
    if (role != Role::tuteur && role != Role::formateur) throw HttpError(404);
    sessions::retirer_intervenant(db, session_id, req.id("uid"), *role, req.user->id);
    return apres(req, chemins::session(session_id), Avis::intervenant_retire);
}

}  // namespace ope::handlers
