// The import of trainees (see importation.hpp), and its page /emploi/import.
#include "handlers/importation.hpp"

#include "data/comptes.hpp"
#include "data/journal.hpp"
#include "data/sessions.hpp"
#include "domain/personnes.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"
#include "handlers/handlers.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace ope::handlers {

namespace importation {

namespace {

std::string nombre(long n) { return std::to_string(n); }

std::string pluriel(long n, const std::string& singulier, const std::string& pluriel) {
    return nombre(n) + " " + (n > 1 ? pluriel : singulier);
}

void refuser(Ligne& l, std::string motif) {
    l.issue = Issue::refusee;
    l.motif = std::move(motif);
}

void compter(Rapport& r) {
    r.creations = r.inscriptions = r.existantes = r.refusees = 0;
    for (const auto& l : r.lignes) {
        if (l.issue == Issue::creation) {
            ++r.creations;
            if (l.session_id) ++r.inscriptions;
        }
        if (l.issue == Issue::existante) ++r.existantes;
        if (l.issue == Issue::refusee) ++r.refusees;
    }
}

// The header: known columns, each once, civilite, nom and prenom among them; "" or why not.
std::string lire_entete(const std::vector<std::string>& cellules, std::vector<std::string>& colonnes) {
    std::string possibles;
    for (const auto& c : ImportLigneForm::colonnes()) possibles += (possibles.empty() ? "" : ", ") + c;
    for (const auto& cellule : cellules) {
        auto colonne = ImportLigneForm::colonne(cellule);
        if (!colonne)
            return "La première ligne doit nommer les colonnes : « " + cellule + " » n'en est pas une. Colonnes possibles : " +
                   possibles + ".";
        if (std::find(colonnes.begin(), colonnes.end(), *colonne) != colonnes.end())
            return "La colonne « " + *colonne + " » figure deux fois dans la première ligne.";
        colonnes.push_back(*colonne);
    }
    for (const char* requise : {"civilite", "nom", "prenom"})
        if (std::find(colonnes.begin(), colonnes.end(), requise) == colonnes.end())
            return std::string("La première ligne doit nommer les colonnes, dont civilite, nom et prenom : il manque « ") +
                   requise + " ». Colonnes possibles : " + possibles + ".";
    return "";
}

// "nom : Le nom est obligatoire. ; email : ..." (in the file's column order).
std::string motifs(const FormErrors& errors, const std::vector<std::string>& colonnes) {
    std::string out;
    auto ajouter = [&](const std::string& champ, const std::string& message) {
        out += (out.empty() ? "" : " ; ") + champ + " : " + message;
    };
    for (const auto& c : colonnes)
        if (auto it = errors.all().find(c); it != errors.all().end()) ajouter(c, it->second);
    for (const auto& [champ, message] : errors.all())
        if (std::find(colonnes.begin(), colonnes.end(), champ) == colonnes.end()) ajouter(champ, message);
    return out;
}

std::string libelle_session(const sessions::Session& s) { return "n° " + nombre(s.id) + " (" + s.mois.fr() + ")"; }

// The session a line names (by month or number), or why it cannot take it.
struct SessionVisee {
    std::optional<sessions::Session> session;
    std::string refus;
};

class Sessions {
public:
    explicit Sessions(Db& db) : db_(db) {}

    SessionVisee par_mois(const Mois& mois) {
        auto it = par_mois_.find(mois.iso());
        if (it == par_mois_.end()) {
            SessionVisee v;
            auto liste = sessions::du_mois(db_, mois);
            if (liste.empty()) v.refus = "aucune session en " + mois.fr() + ".";
            else if (liste.size() > 1) {
                v.refus = "plusieurs sessions en " + mois.fr() + " (";
                for (std::size_t i = 0; i < liste.size(); ++i) v.refus += (i ? ", n° " : "n° ") + nombre(liste[i].id);
                v.refus += ") : indiquez le numéro de la session.";
            } else {
                v = verifier(liste.front());
            }
            it = par_mois_.emplace(mois.iso(), v).first;
        }
        return it->second;
    }

    SessionVisee par_numero(long id) {
        auto it = par_numero_.find(id);
        if (it == par_numero_.end()) {
            auto s = sessions::trouver(db_, id);
            it = par_numero_.emplace(id, s ? verifier(*s) : SessionVisee{std::nullopt, "la session n° " + nombre(id) + " n'existe pas."})
                     .first;
        }
        return it->second;
    }

private:
    // The enrolment rules of inscriptions::inscrire that depend on the session.
    SessionVisee verifier(const sessions::Session& s) {
        auto r = inscriptions::session_prete(db_, s.id);
        if (r != inscriptions::Resultat::inscrit) return {std::nullopt, libelle_session(s) + " : " + inscriptions::message(r)};
        return {s, ""};
    }

    Db& db_;
    std::map<std::string, SessionVisee> par_mois_;
    std::map<long, SessionVisee> par_numero_;
};

std::string cle_identite(const stagiaires::Stagiaire& s) {
    return s.nom + "\n" + s.prenom + "\n" + (s.date_naissance ? s.date_naissance->iso() : "");
}

}  // namespace

std::string Rapport::resume() const {
    std::string s = "Fichier « " + fichier + " » (" + csv::nom(encodage) + ", séparateur « " + std::string(1, separateur) +
                    " », " + pluriel(static_cast<long>(lignes.size()), "ligne", "lignes") + ") : ";
    if (applique) {
        s += pluriel(creations, "fiche créée", "fiches créées");
        if (inscriptions) s += " (dont " + pluriel(inscriptions, "inscrite", "inscrites") + " à une session)";
    } else {
        s += pluriel(creations, "fiche à créer", "fiches à créer");
        if (inscriptions) s += " (dont " + pluriel(inscriptions, "à inscrire", "à inscrire") + " à une session)";
    }
    s += ", " + pluriel(existantes, "déjà enregistrée, laissée telle quelle", "déjà enregistrées, laissées telles quelles");
    s += ", " + pluriel(refusees, "ligne refusée", "lignes refusées") + ".";
    return s;
}

Rapport analyser(Db& db, std::string_view contenu, const std::string& fichier) {
    Rapport r;
    r.fichier = fichier;
    const auto lecture = csv::lire(contenu);
    r.encodage = lecture.encodage;
    r.separateur = lecture.separateur;
    if (!lecture.ok()) {
        r.erreur = lecture.erreur;
        return r;
    }
    if (lecture.enregistrements.size() < 2) {
        r.erreur = "Le fichier n'a aucune ligne de stagiaire sous la ligne des noms de colonnes.";
        return r;
    }
    std::vector<std::string> colonnes;
    r.erreur = lire_entete(lecture.enregistrements.front().champs, colonnes);
    if (!r.erreur.empty()) return r;

    // Each line through the form; the sessions it names.
    Sessions sessions(db);
    std::vector<std::size_t> lisibles;  // lines read without error
    std::vector<std::optional<Mois>> mois_demandes;
    for (std::size_t k = 1; k < lecture.enregistrements.size(); ++k) {
        const auto& e = lecture.enregistrements[k];
        Ligne& l = r.lignes.emplace_back();
        l.numero = e.ligne;
        mois_demandes.emplace_back();
        if (e.champs.size() != colonnes.size()) {
            refuser(l, nombre(static_cast<long>(e.champs.size())) + " champs au lieu de " +
                           nombre(static_cast<long>(colonnes.size())) +
                           " (les colonnes de la première ligne) : vérifiez les séparateurs et les guillemets.");
            continue;
        }
        Params champs;
        for (std::size_t i = 0; i < colonnes.size(); ++i) champs.add(colonnes[i], e.champs[i]);
        auto form = submit<ImportLigneForm>(champs);
        const auto& f = form.value;
        l.nom_complet = civilite_nom_prenom(f.fiche.civilite, f.fiche.nom, f.fiche.prenom);
        if (f.fiche.nom.empty() || f.fiche.prenom.empty())  // refused: as typed
            l.nom_complet = nom_prenom(champs.get("nom"), champs.get("prenom"));
        if (!form.ok()) {
            refuser(l, motifs(form.state.errors, colonnes));
            continue;
        }
        l.issue = Issue::creation;
        l.fiche = f.fiche;
        l.login_demande = f.login;
        l.financement = f.financement;
        l.session_id = f.session_id;
        mois_demandes.back() = f.session_mois;
        lisibles.push_back(r.lignes.size() - 1);
    }

    // Records on file that look like the same person: left alone.
    std::vector<stagiaires::Stagiaire> lot;
    for (auto i : lisibles) lot.push_back(r.lignes[i].fiche);
    const auto correspondances = stagiaires::doublons_du_lot(db, lot);
    // The same person twice in the file: the first line counts.
    std::map<std::string, long> par_email, par_identite;
    for (std::size_t k = 0; k < lisibles.size(); ++k) {
        Ligne& l = r.lignes[lisibles[k]];
        if (const auto& c = correspondances[k]) {
            l.issue = Issue::existante;
            l.stagiaire_id = c->id;
            l.motif = c->meme_email ? "même e-mail" : "mêmes nom, prénom et date de naissance";
            continue;
        }
        const std::string identite = cle_identite(l.fiche);
        auto email = l.fiche.email.empty() ? par_email.end() : par_email.find(l.fiche.email);
        auto meme = par_identite.find(identite);
        if (email != par_email.end() || meme != par_identite.end()) {
            l.issue = Issue::existante;
            l.motif = email != par_email.end() ? "même e-mail que la ligne " + nombre(email->second)
                                               : "mêmes nom, prénom et date de naissance que la ligne " + nombre(meme->second);
            continue;
        }
        if (!l.fiche.email.empty()) par_email.emplace(l.fiche.email, l.numero);
        par_identite.emplace(identite, l.numero);
    }

    // The lines to create: their session, their login.
    std::vector<std::string> demandes;
    for (std::size_t i = 0; i < r.lignes.size(); ++i) {
        Ligne& l = r.lignes[i];
        if (l.issue != Issue::creation) continue;
        if (mois_demandes[i] || l.session_id) {
            const auto visee = mois_demandes[i] ? sessions.par_mois(*mois_demandes[i]) : sessions.par_numero(*l.session_id);
            if (!visee.session) {
                refuser(l, "session : " + visee.refus);
                continue;
            }
            l.session_id = visee.session->id;
            l.session = libelle_session(*visee.session);
        }
        if (!l.login_demande.empty()) demandes.push_back(l.login_demande);
    }
    const auto pris = comptes::logins_pris(db, demandes);
    std::set<std::string> demandes_avant;
    for (auto& l : r.lignes) {
        if (l.issue != Issue::creation || l.login_demande.empty()) continue;
        if (pris.count(l.login_demande) || !demandes_avant.insert(l.login_demande).second) {
            l.motif = "identifiant « " + l.login_demande + " » déjà pris : un autre lui sera donné.";
            l.login_demande.clear();
        }
    }
    compter(r);
    return r;
}

Rapport appliquer(Db& db, std::string_view contenu, const std::string& fichier, std::optional<long> par,
                  const std::string& qui) {
    Rapport r = analyser(db, contenu, fichier);
    if (!r.applicable()) return r;
    Transaction t(db);
    for (auto& l : r.lignes) {
        if (l.issue != Issue::creation) continue;
        stagiaires::OptionsCreation options;
        options.login = l.login_demande;
        options.mot_de_passe_initial = false;
        options.origine = "fiche importée du fichier « " + fichier + " », ligne " + nombre(l.numero);
        const auto creation = stagiaires::creer(t, l.fiche, par, options);
        l.stagiaire_id = creation.id;
        l.login = creation.login;
        if (!l.session_id) continue;
        const auto resultat = inscriptions::inscrire(t, *l.session_id, creation.id, l.financement, par);
        if (resultat != inscriptions::Resultat::inscrit) {
            // The session changed since the analysis: nothing of the file is written.
            for (auto& autre : r.lignes) autre.login.clear();
            refuser(l, "session : " + l.session + " : " + inscriptions::message(resultat));
            compter(r);
            return r;
        }
    }
    r.applique = true;  // what the journal says
    journal::noter(t, par, ActionJournal::import, "import", std::nullopt, r.resume() + (qui.empty() ? "" : "\n" + qui));
    t.commit();
    return r;
}

}  // namespace importation

// ---------------------------------------------------------------- the page

namespace {

// Lines listed on the page per kind (the command line lists every refused one).
constexpr std::size_t kLignesMontrees = 500;
constexpr int kImportsMontres = 20;

Response afficher_import(Request& req, Db& db, const FormState& form, const importation::Rapport* rapport = nullptr,
                         int status = 200) {
    Dict dict("import");
    Dict* zone = dict.AddSectionDictionary("FORM_IMPORT");
    form.fill(*zone);
    std::string colonnes;
    for (const auto& c : ImportLigneForm::colonnes()) colonnes += (colonnes.empty() ? "" : ", ") + c;
    dict.SetValue("COLONNES", colonnes);
    if (rapport) {
        using importation::Issue;
        Dict* r = dict.AddSectionDictionary("RAPPORT");
        r->SetValue("FICHIER", rapport->fichier);
        r->SetValue("ENCODAGE", csv::nom(rapport->encodage));
        r->SetValue("SEPARATEUR", std::string(1, rapport->separateur));
        r->SetIntValue("LIGNES", static_cast<long>(rapport->lignes.size()));
        r->SetIntValue("CREATIONS", rapport->creations);
        r->SetIntValue("INSCRIPTIONS", rapport->inscriptions);
        r->SetIntValue("EXISTANTES", rapport->existantes);
        r->SetIntValue("REFUSEES", rapport->refusees);
        r->ShowSection(rapport->applicable() ? "APPLICABLE" : "A_CORRIGER");
        std::map<Issue, std::size_t> montrees;
        const std::map<Issue, const char*> sections = {
            {Issue::creation, "CREATION"}, {Issue::existante, "EXISTANTE"}, {Issue::refusee, "REFUSEE"}};
        for (const auto& l : rapport->lignes) {
            if (montrees[l.issue]++ >= kLignesMontrees) continue;
            Dict* d = r->AddSectionDictionary(sections.at(l.issue));
            d->SetIntValue("NUMERO", l.numero);
            d->SetValue("NOM_COMPLET", l.nom_complet);
            d->SetValue("MOTIF", l.motif);
            d->SetValue("SESSION", l.session);
            d->SetValue("LOGIN", l.login_demande);
            if (l.stagiaire_id) {
                d->SetValueAndShowSection("URL", chemins::fiche(l.stagiaire_id), "LIEN");
                d->SetIntValue("ID", l.stagiaire_id);
            }
        }
        for (const auto& [issue, section] : sections) {
            const std::size_t n = montrees[issue];
            if (n > kLignesMontrees) {
                Dict* plus = r->AddSectionDictionary(std::string(section) + "_AUTRES");
                plus->SetIntValue("NOMBRE", static_cast<long>(n - kLignesMontrees));
            }
            if (n) r->ShowSection("LISTE_" + std::string(section));
        }
    }
    const auto imports = journal::lister(db, {.objet = "import"}, kImportsMontres);
    if (imports.empty()) dict.ShowSection("AUCUN_IMPORT");
    for (const auto& e : imports) {
        Dict* row = dict.AddSectionDictionary("IMPORT");
        row->SetValue("QUAND", horodatage_fr(e.quand));
        row->SetValue("QUI", e.role ? prenom_nom(e.prenom, e.nom) : "ligne de commande");
        add_lines(*row, "LIGNE", e.detail);
    }
    return page(req, "import", dict, "Import des stagiaires de l'ancien site", status);
}

}  // namespace

Response import_form(Request& req, Db& db) { return afficher_import(req, db, {}); }

Response import_envoyer(Request& req, Db& db) {
    auto form = submit<ImportForm>(req.form, req.files);
    if (!form.ok()) return afficher_import(req, db, form.state, nullptr, 422);
    const auto& f = form.value;
    const auto rapport = f.appliquer ? importation::appliquer(db, *f.contenu, f.nom_fichier, req.user->id, "")
                                     : importation::analyser(db, *f.contenu, f.nom_fichier);
    if (!rapport.erreur.empty()) {
        form.state.errors.add("fichier", rapport.erreur);
        return afficher_import(req, db, form.state, nullptr, 422);
    }
    if (rapport.applique) return apres(req, chemins::import(), Avis::import_enregistre);
    // A dry run answers with its report; applying a file with refused lines is refused.
    return afficher_import(req, db, form.state, &rapport, f.appliquer ? 422 : 200);
}

}  // namespace ope::handlers
