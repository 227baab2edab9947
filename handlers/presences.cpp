// Step 9: "validation des présences": per workshop, each enrolled trainee is
// present, absent or excused, with an optional comment shown on their page; a
// grid of the whole session with attendance rates.
#include "handlers/handlers.hpp"
#include "handlers/pages.hpp"

#include "data/ateliers.hpp"
#include "data/inscriptions.hpp"
#include "data/presences.hpp"
#include "data/sessions.hpp"
#include "fcgi/normalise.hpp"
#include "fcgi/parse.hpp"

#include <ctime>
#include <map>

namespace ope::handlers {

namespace {

using Cle = std::pair<long, long>;  // (atelier, stagiaire)

const char* kStatuts[] = {"present", "absent", "excuse", "non_renseigne"};

std::string aujourd_hui() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char buf[11];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

// "statut_12_34" -> (12, 34) for prefix "statut_".
std::optional<Cle> cle_du_champ(const std::string& name, const std::string& prefix) {
    if (name.rfind(prefix, 0) != 0) return std::nullopt;
    std::string rest = name.substr(prefix.size());
    auto sep = rest.find('_');
    if (sep == std::string::npos) return std::nullopt;
    auto a = parse_positive(rest.substr(0, sep));
    auto s = parse_positive(rest.substr(sep + 1));
    if (!a || !s) return std::nullopt;
    return Cle{*a, *s};
}

// Present out of entered statuses, "—" when nothing is entered yet.
std::string taux(long presents, long renseignes) {
    if (renseignes == 0) return "—";
    return std::to_string((presents * 100 + renseignes / 2) / renseignes) + " %";
}

std::string lettre(const std::string& statut) {
    if (statut == "present") return "P";
    if (statut == "absent") return "A";
    if (statut == "excuse") return "E";
    return "·";
}

// Default workshop: the most recent one, up to today, that still has rows never
// validated; else the first one with such rows; else the last one.
long atelier_par_defaut(const std::vector<ateliers::Atelier>& liste, const std::vector<presences::Ligne>& lignes) {
    std::map<long, bool> a_valider;
    for (const auto& l : lignes)
        if (l.valide_le.empty()) a_valider[l.atelier_id] = true;
    const std::string today = aujourd_hui();
    long choix = 0;
    for (const auto& a : liste)
        if (a_valider.count(a.id) && a.date.iso() <= today) choix = a.id;
    if (choix) return choix;
    for (const auto& a : liste)
        if (a_valider.count(a.id)) return a.id;
    return liste.back().id;
}

struct Saisies {
    std::map<Cle, presences::Saisie> valeurs;
    FormErrors erreurs;
};

Saisies lire_saisies(const Params& form, const std::map<Cle, presences::Ligne>& existantes) {
    Saisies out;
    for (const auto& [name, value] : form.items()) {
        if (name == "csrf") continue;
        auto statut = cle_du_champ(name, "statut_");
        auto commentaire = cle_du_champ(name, "commentaire_");
        auto cle = statut ? statut : commentaire;
        if (!cle || !existantes.count(*cle)) {
            out.erreurs.add("presences", "Le formulaire mentionne un atelier ou un stagiaire qui n'est pas dans cette session.");
            continue;
        }
        auto& saisie = out.valeurs[*cle];
        if (saisie.atelier_id == 0) {
            const auto& l = existantes.at(*cle);
            saisie = {cle->first, cle->second, l.statut, l.commentaire};
        }
        if (statut) {
            if (!presences::statut_valide(value)) out.erreurs.add("presences", "Statut de présence inconnu : choisissez présent, absent, absent excusé ou non renseigné.");
            else saisie.statut = value;
        } else {
            auto t = texte(value, 1000);
            if (!t.ok()) out.erreurs.add("presences", "Commentaire invalide : " + t.error);
            else saisie.commentaire = t.value;
        }
    }
    if (out.valeurs.empty() && out.erreurs.empty()) out.erreurs.add("presences", "Aucune présence à enregistrer.");
    return out;
}

Response afficher(Request& req, Db& db, long session_id, std::optional<long> atelier_demande, const Saisies* refus) {
    auto session = sessions::trouver(db, session_id);
    if (!session) throw HttpError(404);
    auto liste = ateliers::de_la_session(db, session_id);
    auto inscrits = inscriptions::de_la_session(db, session_id);
    auto lignes = presences::de_la_session(db, session_id);
    std::map<Cle, presences::Ligne> par_cle;
    for (const auto& l : lignes) par_cle[{l.atelier_id, l.stagiaire_id}] = l;

    Dict dict("validation");
    dict.SetIntValue("NUMERO", session->id);
    const std::string titre = "Validation des présences — session n° " + std::to_string(session->id) + " — " + session->mois.fr();
    dict.SetValue("TITRE", titre);
    if (req.query.get("enregistre") == "1" && !refus) dict.ShowSection("ENREGISTRE");
    if (refus) refus->erreurs.fill(dict);
    if (liste.empty() || inscrits.empty()) {
        dict.SetValueAndShowSection("MESSAGE", liste.empty() ? "Cette session n'a encore aucun atelier."
                                                             : "Aucun stagiaire n'est inscrit à cette session.",
                                    "VIDE");
        return page(req, "presences_validation", dict, titre, refus ? 422 : 200);
    }

    long atelier_id = atelier_demande.value_or(0);
    if (atelier_demande) {
        bool trouve = false;
        for (const auto& a : liste) trouve = trouve || a.id == *atelier_demande;
        if (!trouve) throw HttpError(404, "Cet atelier n'appartient pas à cette session.");
    } else {
        atelier_id = atelier_par_defaut(liste, lignes);
    }

    // The workshop picker and the grid's columns.
    std::map<long, std::pair<long, long>> par_atelier;  // presents, entered
    for (const auto& a : liste) {
        Dict* o = dict.AddSectionDictionary("CHOIX_ATELIER");
        o->SetIntValue("ID", a.id);
        o->SetValue("LIBELLE", a.date.fr() + " — " + a.intitule + " (cycle " + std::to_string(a.cycle) + ")");
        if (a.id == atelier_id) {
            o->ShowSection("CHOISI");
            dict.SetIntValue("ATELIER_ID", a.id);
            dict.SetValue("ATELIER", a.date.fr() + " — " + a.intitule);
            dict.SetValue("CYCLE", ateliers::libelle_cycle(a.cycle));
        }
        Dict* col = dict.AddSectionDictionary("COLONNE");
        col->SetValue("DATE", a.date.fr().substr(0, 5));
        col->SetValue("INTITULE", a.intitule);
        col->SetIntValue("ID", a.id);
    }

    for (const auto& i : inscrits) {
        const Cle cle{atelier_id, i.stagiaire_id};
        const auto& ligne = par_cle[cle];
        std::string statut = ligne.statut, commentaire = ligne.commentaire;
        if (refus && refus->valeurs.count(cle)) {
            statut = refus->valeurs.at(cle).statut;
            commentaire = refus->valeurs.at(cle).commentaire;
        }
        Dict* row = dict.AddSectionDictionary("STAGIAIRE");
        row->SetIntValue("STAGIAIRE_ID", i.stagiaire_id);
        row->SetValue("NOM_COMPLET", i.nom + " " + i.prenom);
        row->SetValue("COMMENTAIRE", commentaire);
        row->SetValue("VALIDE", ligne.valide_le.empty() ? "" : "validé par " + ligne.valide_par + " le " + ligne.valide_le);
        for (const char* s : kStatuts) {
            Dict* choix = row->AddSectionDictionary("STATUT");
            choix->SetValue("VALEUR", s);
            choix->SetValue("LIBELLE", presences::libelle(s));
            if (statut == s) choix->ShowSection("COCHE");
        }

        Dict* grille = dict.AddSectionDictionary("LIGNE_GRILLE");
        grille->SetValue("NOM_COMPLET", i.nom + " " + i.prenom);
        long presents = 0, renseignes = 0;
        for (const auto& a : liste) {
            const auto& l = par_cle[{a.id, i.stagiaire_id}];
            Dict* cell = grille->AddSectionDictionary("CASE");
            cell->SetValue("LETTRE", lettre(l.statut));
            cell->SetValue("LIBELLE", presences::libelle(l.statut));
            cell->SetValue("CLASSE", l.statut.empty() ? "non_renseigne" : l.statut);
            if (l.statut != "non_renseigne" && !l.statut.empty()) {
                ++renseignes;
                ++par_atelier[a.id].second;
                if (l.statut == "present") {
                    ++presents;
                    ++par_atelier[a.id].first;
                }
            }
        }
        grille->SetValue("TAUX", taux(presents, renseignes));
    }
    for (const auto& a : liste) dict.AddSectionDictionary("TAUX_ATELIER")->SetValue("TAUX", taux(par_atelier[a.id].first, par_atelier[a.id].second));
    dict.ShowSection("AVEC_ATELIERS");
    return page(req, "presences_validation", dict, titre, refus ? 422 : 200);
}

}  // namespace

Response validation_form(Request& req, Db& db) {
    std::optional<long> atelier;
    if (req.query.has("atelier")) {
        atelier = parse_positive(req.query.get("atelier"));
        if (!atelier) throw HttpError(404, "Atelier inconnu.");
    }
    return afficher(req, db, req.id("id"), atelier, nullptr);
}

Response validation(Request& req, Db& db) {
    long session_id = req.id("id");
    if (!sessions::trouver(db, session_id)) throw HttpError(404);
    std::map<Cle, presences::Ligne> existantes;
    for (auto& l : presences::de_la_session(db, session_id)) existantes[{l.atelier_id, l.stagiaire_id}] = l;
    auto saisies = lire_saisies(req.form, existantes);
    std::optional<long> atelier;
    if (!saisies.valeurs.empty()) atelier = saisies.valeurs.begin()->first.first;
    if (!saisies.erreurs.empty()) return afficher(req, db, session_id, atelier, &saisies);
    std::vector<presences::Saisie> liste;
    for (const auto& [cle, s] : saisies.valeurs) liste.push_back(s);
    presences::enregistrer(db, session_id, liste, req.user->id);
    return Response::redirect("/emploi/sessions/" + std::to_string(session_id) + "/validation?atelier=" +
                              std::to_string(*atelier) + "&enregistre=1");
}

}  // namespace ope::handlers
