// Step 4: trainee records ("fiche du stagiaire") and their search; step 8: checking
// and completing the data.
#include "handlers/handlers.hpp"
#include "handlers/pages.hpp"

#include "data/inscriptions.hpp"
#include "data/journal.hpp"
#include "data/sessions.hpp"
#include "data/stagiaires.hpp"
#include "fcgi/normalise.hpp"
#include "fcgi/parse.hpp"

#include <algorithm>

namespace ope::handlers {

namespace {

constexpr int kParPage = 25;

std::string chemin_fiche(long id) { return "/emploi/stagiaires/" + std::to_string(id); }

void remplir_ligne(Dict& row, const stagiaires::Stagiaire& s) {
    row.SetIntValue("ID", s.id);
    row.SetValue("CIVILITE", s.civilite);
    row.SetValue("NOM", s.nom);
    row.SetValue("PRENOM", s.prenom);
    row.SetValue("EMAIL", s.email);
    row.SetValue("TELEPHONE", s.tel_portable.empty() ? s.tel_fixe : s.tel_portable);
    row.SetValue("VILLE", s.ville);
    row.SetValue("DATE_NAISSANCE", s.date_naissance ? s.date_naissance->fr() : "");
}

Response formulaire_ajout(Request& req, Dict& dict, int status) {
    return page(req, "stagiaires_ajouter", dict, "Ajouter un stagiaire", status);
}

}  // namespace

Response stagiaires_recherche(Request& req, Db& db) {
    auto q = texte(req.query.get("q"), 100);
    if (!q.ok()) throw HttpError(400, "Recherche invalide : " + q.error);
    long numero = 1;
    if (!req.query.get("page").empty()) {
        auto p = parse_positive(req.query.get("page"));
        if (!p || *p > 100000) throw HttpError(400, "Numéro de page invalide.");
        numero = *p;
    }
    auto resultat = stagiaires::rechercher(db, q.value, numero, kParPage);
    Dict dict("stagiaires_recherche");
    dict.SetValue("Q", q.value);
    const bool au_dela = resultat.total > stagiaires::kCompteMax;
    dict.SetValue("TOTAL", au_dela ? "Plus de " + std::to_string(stagiaires::kCompteMax) : std::to_string(resultat.total));
    dict.SetValue("PLURIEL", resultat.total > 1 ? "s" : "");
    if (au_dela) dict.ShowSection("AFFINER");
    for (const auto& s : resultat.lignes) remplir_ligne(*dict.AddSectionDictionary("STAGIAIRE"), s);
    if (resultat.total == 0) dict.ShowSection("AUCUN");
    long pages = (std::min(resultat.total, stagiaires::kCompteMax) + kParPage - 1) / kParPage;
    if (pages > 1) {
        Dict* nav = dict.AddSectionDictionary("PAGINATION");
        nav->SetIntValue("PAGE", numero);
        nav->SetIntValue("PAGES", pages);
        const std::string base = "/emploi/stagiaires?q=" + url_encode(q.value) + "&page=";
        if (numero > 1) nav->SetValueAndShowSection("URL", base + std::to_string(numero - 1), "PRECEDENTE");
        if (numero < pages) nav->SetValueAndShowSection("URL", base + std::to_string(numero + 1), "SUIVANTE");
    }
    return page(req, "stagiaires_recherche", dict, "Recherche des stagiaires OPE");
}

Response stagiaires_ajouter_form(Request& req, Db&) {
    Dict dict("stagiaires_ajouter");
    // Consent to appear in the directory is given by default (the procedure's rule).
    Dict& champs = champs_stagiaire(dict);
    for (const char* s : {"PARUTION_ADRESSE", "PARUTION_TELEPHONE", "PARUTION_EMAIL"}) champs.ShowSection(s);
    return formulaire_ajout(req, dict, 200);
}

Response stagiaires_ajouter(Request& req, Db& db) {
    FormErrors errors;
    auto s = parse_stagiaire(req.form, errors);
    Dict dict("stagiaires_ajouter");
    if (!errors.empty()) {
        Dict& champs = champs_stagiaire(dict);
        remplir_saisie(champs, req.form);
        errors.fill(champs);
        errors.fill(dict);
        return formulaire_ajout(req, dict, 422);
    }
    if (req.form.get("confirmer_doublon") != "1") {
        auto doublons = stagiaires::doublons_probables(db, s);
        if (!doublons.empty()) {
            remplir_saisie(champs_stagiaire(dict), req.form);
            for (const auto& d : doublons) remplir_ligne(*dict.AddSectionDictionary("DOUBLON"), d);
            dict.ShowSection("DOUBLONS");
            return formulaire_ajout(req, dict, 422);
        }
    }
    auto creation = stagiaires::creer(db, s, req.user->id);
    return Response::redirect(chemin_fiche(creation.id));
}

Response afficher_fiche(Request& req, Db& db, long id, const FormulaireEnErreur* erreur) {
    auto s = stagiaires::trouver(db, id);
    if (!s) throw HttpError(404);
    Dict dict("stagiaires_fiche");
    dict.SetIntValue("ID", s->id);
    dict.SetValue("TITRE", s->civilite + " " + s->prenom + " " + s->nom);
    dict.SetValue("MODIFIE_LE", s->modifie_le);
    if (auto ids = stagiaires::identifiants(db, id)) dict.SetValue("LOGIN", ids->login);

    // The personal data form: what was typed when it was refused, else the record.
    Dict& champs = champs_stagiaire(dict);
    if (erreur && erreur->nom == "donnees") {
        remplir_saisie(champs, *erreur->valeurs);
        erreur->erreurs.fill(champs);
        erreur->erreurs.fill(dict);
    } else {
        remplir_stagiaire(champs, *s);
    }

    for (const auto& e : stagiaires::etudes(db, id)) {
        Dict* row = dict.AddSectionDictionary("ETUDE");
        row->SetIntValue("ETUDE_ID", e.id);
        row->SetValue("ANNEE", e.annee ? std::to_string(*e.annee) : "");
        row->SetValue("DIPLOME", e.diplome);
        row->SetValue("SPECIALITE", e.specialite);
        row->SetValue("ETABLISSEMENT", e.etablissement);
    }

    auto statuts = inscriptions::statuts(db);
    auto inscrites = inscriptions::du_stagiaire(db, id);
    for (const auto& i : inscrites) {
        Dict* row = dict.AddSectionDictionary("INSCRIPTION");
        const std::string form_id = "financement-" + std::to_string(i.session_id);
        const bool en_erreur = erreur && erreur->nom == form_id;
        row->SetIntValue("SESSION_ID", i.session_id);
        row->SetValue("MOIS", i.mois.fr());
        row->SetValue("INTITULE", i.intitule);
        if (!i.financement.statut) row->ShowSection("FINANCEMENT_MANQUANT");
        const Params* v = en_erreur ? erreur->valeurs : nullptr;
        row->SetValue("NUMERO_CAF", v ? v->get("numero_caf") : i.financement.numero_caf);
        row->SetValue("NUMERO_CLI", v ? v->get("numero_cli") : i.financement.numero_cli);
        row->SetValue("COMPLEMENT", v ? v->get("complement_financement") : i.financement.complement);
        remplir_statuts(*row, statuts, v ? v->get("statut_financement") : i.financement.statut.value_or(""));
        if (en_erreur) erreur->erreurs.fill(*row);
    }
    if (inscrites.empty()) dict.ShowSection("AUCUNE_SESSION");

    // "ajouter une session": the newest sessions, and the enrolment form's state.
    Dict* ajout = dict.AddSectionDictionary("AJOUT_SESSION");
    const bool ajout_refuse = erreur && erreur->nom == "inscription";
    const std::string choisie = ajout_refuse ? erreur->valeurs->get("session_id") : "";
    auto option = [&](const sessions::Session& session) {
        Dict* o = ajout->AddSectionDictionary("SESSION_OPTION");
        o->SetIntValue("ID", session.id);
        o->SetValue("LIBELLE", "n° " + std::to_string(session.id) + " — " + session.mois.fr() +
                                   (session.intitule.empty() ? "" : " — " + session.intitule));
        if (std::to_string(session.id) == choisie) o->ShowSection("CHOISIE");
    };
    bool choisie_listee = false;
    for (const auto& r : sessions::lister(db, std::nullopt, std::nullopt, 60)) {
        option(r.session);
        choisie_listee = choisie_listee || std::to_string(r.session.id) == choisie;
    }
    // A refused form keeps the session that was chosen, even an older one.
    if (!choisie_listee && !choisie.empty())
        if (auto id = parse_positive(choisie))
            if (auto session = sessions::trouver(db, *id)) option(*session);
    remplir_statuts(*ajout, statuts, ajout_refuse ? erreur->valeurs->get("statut_financement") : "");
    if (ajout_refuse) {
        keep_values(*ajout, *erreur->valeurs);
        erreur->erreurs.fill(*ajout);
        ajout->ShowSection("OUVERT");
    }

    // Who changed what and when, the trainee's own changes included (newest first).
    for (const auto& e : journal::de_l_objet(db, "stagiaire", id, 30)) {
        Dict* row = dict.AddSectionDictionary("HISTORIQUE");
        row->SetValue("QUAND", e.quand);
        row->SetValue("QUI", e.qui.empty() ? "—" : e.qui);
        if (e.action == "modification_par_stagiaire") row->ShowSection("PAR_STAGIAIRE");
        add_lines(*row, "CHANGEMENT", e.detail);
    }

    if (erreur && erreur->nom == "etude") {
        Dict* zone = dict.AddSectionDictionary("FORM_ETUDE");
        keep_values(*zone, *erreur->valeurs);
        erreur->erreurs.fill(*zone);
    } else {
        dict.ShowSection("FORM_ETUDE");
    }
    return page(req, "stagiaires_fiche", dict, "Fiche du stagiaire " + s->prenom + " " + s->nom,
                erreur ? 422 : 200);
}

Response stagiaire_fiche(Request& req, Db& db) { return afficher_fiche(req, db, req.id("id"), nullptr); }

Response stagiaire_modifier(Request& req, Db& db) {
    long id = req.id("id");
    FormulaireEnErreur erreur{"donnees", &req.form, {}};
    auto s = parse_stagiaire(req.form, erreur.erreurs);
    if (!erreur.erreurs.empty()) return afficher_fiche(req, db, id, &erreur);
    s.id = id;
    if (!stagiaires::modifier(db, s, req.user->id, "modification")) throw HttpError(404);
    return Response::redirect(chemin_fiche(id));
}

Response etude_ajouter(Request& req, Db& db) {
    long id = req.id("id");
    if (!stagiaires::trouver(db, id)) throw HttpError(404);
    FormulaireEnErreur erreur{"etude", &req.form, {}};
    stagiaires::Etude e;
    const std::string& annee = req.form.get("annee");
    if (!annee.empty()) {
        auto a = parse_positive(annee);
        if (!a || *a < 1930 || *a > 2200) erreur.erreurs.add("annee", "Année invalide : par exemple 2015.");
        else e.annee = static_cast<int>(*a);
    }
    for (auto [name, target] : {std::pair{"diplome", &e.diplome}, std::pair{"specialite", &e.specialite},
                                std::pair{"etablissement", &e.etablissement}}) {
        auto t = texte(req.form.get(name), 200);
        if (!t.ok()) erreur.erreurs.add(name, t.error);
        *target = t.value;
    }
    if (e.diplome.empty() && !erreur.erreurs.has("diplome"))
        erreur.erreurs.add("diplome", "Indiquez le diplôme ou le niveau.");
    if (!erreur.erreurs.empty()) return afficher_fiche(req, db, id, &erreur);
    stagiaires::ajouter_etude(db, id, e);
    journal::noter(db, req.user->id, "ajout_etude", "stagiaire", id, e.diplome + " " + e.specialite + " " + e.etablissement);
    return Response::redirect(chemin_fiche(id) + "#etudes");
}

Response etude_supprimer(Request& req, Db& db) {
    long id = req.id("id");
    if (!stagiaires::supprimer_etude(db, id, req.id("eid"))) throw HttpError(404);
    journal::noter(db, req.user->id, "suppression_etude", "stagiaire", id, "étude " + std::to_string(req.id("eid")));
    return Response::redirect(chemin_fiche(id) + "#etudes");
}

}  // namespace ope::handlers
