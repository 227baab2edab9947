// The site's directory ("l'annuaire du site", the consent boxes of step 4): a
// trainee sees the other trainees of their own sessions, staff those of a session
// they choose; only what each trainee consented to publish (data/annuaire.hpp reads
// nothing else). A trainee sees and changes their own consent on their page.
#include "handlers/handlers.hpp"
#include "handlers/pages.hpp"

#include "data/annuaire.hpp"
#include "data/sessions.hpp"
#include "data/stagiaires.hpp"
#include "domain/personnes.hpp"
#include "handlers/formulaires.hpp"

namespace ope::handlers {

namespace {

// How many sessions the staff's choice offers (the newest), as on the trainee record.
constexpr int kSessionsProposees = 60;

// A published entry (templates/pages/annuaire_fiche.tpl, included as {{>FICHE}}).
void remplir_entree(Dict& section, const annuaire::Entree& e) {
    Dict& d = *section.AddIncludeDictionary("FICHE");
    d.SetFilename("pages/annuaire_fiche.tpl");
    d.SetValue("NOM_COMPLET", civilite_nom_prenom(e.civilite, e.nom, e.prenom));
    if (!e.email.empty()) d.SetValueAndShowSection("EMAIL", e.email, "A_EMAIL");
    if (auto t = telephones(e.tel_portable, e.tel_fixe); !t.empty()) d.SetValueAndShowSection("TELEPHONES", t, "A_TELEPHONES");
    if (auto a = adresse_postale(e.adresse, e.code_postal, e.ville); !a.empty())
        d.SetValueAndShowSection("ADRESSE", a, "A_ADRESSE");
}

void remplir_session(Dict& d, long id, const Mois& mois, const std::string& intitule,
                     const std::vector<annuaire::Entree>& entrees) {
    d.SetIntValue("NUMERO", id);
    d.SetValue("MOIS", mois.fr());
    d.SetValue("INTITULE", intitule);
    for (const auto& e : entrees) remplir_entree(*d.AddSectionDictionary("ENTREE"), e);
    if (entrees.empty()) d.ShowSection("PERSONNE");
}

}  // namespace

Response annuaire(Request& req, Db& db) {
    Dict dict("annuaire");
    if (req.user->role == Role::stagiaire) {
        // Their own sessions, whatever the query says: the id comes from the account.
        dict.ShowSection("STAGIAIRE");
        auto sessions = annuaire::du_stagiaire(db, req.user->stagiaire_id.value_or(0));
        for (const auto& s : sessions) remplir_session(*dict.AddSectionDictionary("SESSION"), s.id, s.mois, s.intitule, s.stagiaires);
        if (sessions.empty()) dict.ShowSection("AUCUNE_SESSION");
        return page(req, "annuaire", dict, "Annuaire des stagiaires");
    }

    auto choix = submit<AnnuaireForm>(req.query);
    if (!choix.ok()) throw HttpError(404, premier_message(choix.state.errors));
    const auto session_id = choix.value.session;
    dict.ShowSection("PERSONNEL");
    const std::optional<long> formateur =
        req.user->role == Role::formateur ? std::optional<long>(req.user->id) : std::nullopt;
    bool choisie_listee = false;
    for (const auto& session : sessions::dernieres(db, formateur, kSessionsProposees)) {
        option_session(dict, session, session.id == session_id);
        choisie_listee = choisie_listee || session.id == session_id;
    }
    if (session_id) {
        verifier_acces_session(req, db, *session_id);
        auto session = sessions::trouver(db, *session_id);
        if (!session) throw HttpError(404);
        if (!choisie_listee) option_session(dict, *session, true);
        remplir_session(*dict.AddSectionDictionary("SESSION"), session->id, session->mois, session->intitule,
                        annuaire::de_la_session(db, session->id));
    }
    return page(req, "annuaire", dict, "Annuaire des stagiaires");
}

void section_annuaire(Dict& page, Db& db, const stagiaires::Stagiaire& s) {
    Dict* d = page.AddSectionDictionary("FORM_PARUTION");
    ParutionForm::state_of(s).fill(*d);
    if (s.parution_confirmee_le.empty()) d->ShowSection("NON_CONFIRME");
    else if (auto e = annuaire::entree(db, s.id)) remplir_entree(*d->AddSectionDictionary("APERCU"), *e);
    else d->ShowSection("ABSENT");
}

}  // namespace ope::handlers
