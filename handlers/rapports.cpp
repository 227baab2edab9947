// The association's reports, for the tutors and the manager: the RSA follow-up
// ("processus suivi RSA", what a referent of the Département or of the CAF asks
// for) and the activity of a year month by month. Print pages (A4 landscape) whose
// table is also the CSV download: one list of headings and rows for both.
#include "handlers/handlers.hpp"

#include "data/rapports.hpp"
#include "data/sessions.hpp"
#include "domain/csv.hpp"
#include "domain/rapports.hpp"
#include "fcgi/config.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"

#include <set>

namespace ope::handlers {

namespace {

// A report's table: its headings, and rows of cells as they are printed and downloaded.
struct Tableau {
    struct Colonne {
        std::string titre;
        // Its cells' CSS class (static/impression.css): "nombre" (a count: right-aligned, as
        // narrow as its heading allows), "numero" (an identifier, never broken), "sessions".
        std::string classe = "";
    };
    std::vector<Colonne> colonnes;
    std::vector<std::vector<std::string>> lignes;

    // The CSV download: headings, then the rows.
    Response csv(const std::string& nom_fichier) const {
        std::vector<std::vector<std::string>> tout;
        std::vector<std::string> titres;
        for (const auto& c : colonnes) titres.push_back(c.titre);
        tout.push_back(std::move(titres));
        tout.insert(tout.end(), lignes.begin(), lignes.end());
        return Response::attachment(csv::fichier(tout), csv::kType, nom_fichier);
    }
    // The table (templates/print/tableau.tpl, included as {{>TABLEAU}}), with `total`
    // (a row of the same width) at its foot.
    // No row: the page says so in words (AUCUNE_LIGNE) and draws no empty table.
    void remplir(Dict& page, const std::vector<std::string>& total = {}) const {
        if (lignes.empty()) {
            page.ShowSection("AUCUNE_LIGNE");
            return;
        }
        Dict& dict = *page.AddIncludeDictionary("TABLEAU");
        dict.SetFilename("print/tableau.tpl");
        auto classe = [](Dict& d, const Colonne& c) {
            if (!c.classe.empty()) d.SetValueAndShowSection("CLASSE", c.classe, "A_CLASSE");
        };
        for (const auto& c : colonnes) {
            Dict* e = dict.AddSectionDictionary("ENTETE");
            e->SetValue("TITRE", c.titre);
            classe(*e, c);
        }
        auto cellules = [&](Dict& ligne, const std::vector<std::string>& valeurs) {
            for (std::size_t i = 0; i < valeurs.size() && i < colonnes.size(); ++i) {
                Dict* cellule = ligne.AddSectionDictionary("CELLULE");
                cellule->SetValue("TEXTE", valeurs[i]);
                classe(*cellule, colonnes[i]);
            }
        };
        for (const auto& l : lignes) cellules(*dict.AddSectionDictionary("LIGNE"), l);
        if (!total.empty()) cellules(*dict.AddSectionDictionary("TOTAL"), total);
        dict.SetIntValue("COLONNES", static_cast<long>(colonnes.size()));
    }
};

std::string nombre(long n) { return std::to_string(n); }

// The moment the report is made, as people write it ("14/03/2031 à 10h05").
std::string maintenant() { return horodatage_fr(maintenant_local()); }

// What every report shows at its top.
void entete(Dict& dict, const std::string& titre, const std::string& periode) {
    dict.SetValue("ASSOCIATION", config().association);
    dict.SetValue("TITRE", titre);
    dict.SetValue("PERIODE", periode);
    dict.SetValue("IMPRIME_LE", maintenant());
}

// Present, excused, absent, not entered: the attendance columns of both reports.
void colonnes_presences(Tableau& t) {
    for (auto p : {Presence::present, Presence::excuse, Presence::absent, Presence::non_renseigne}) {
        std::string titre = libelle(p);
        if (titre[0] >= 'a' && titre[0] <= 'z') titre[0] = static_cast<char>(titre[0] - 'a' + 'A');  // "Présent"
        t.colonnes.push_back({titre, "nombre"});
    }
}
void cellules_presences(std::vector<std::string>& ligne, const Decompte& d) {
    for (long n : {d.presents, d.excuses, d.absents, d.non_renseignes}) ligne.push_back(nombre(n));
}

std::string libelle_session(const rapports::SessionSuivie& s) {
    return "n° " + nombre(s.id) + " (" + s.mois.fr() + ")";
}

std::string joindre(const std::vector<std::string>& valeurs) {
    std::string out;
    for (const auto& v : valeurs) out += (out.empty() ? "" : ", ") + v;
    return out;
}

}  // namespace

// "Suivi RSA": one row per trainee enrolled with the RSA status in the sessions of
// the period, their CAF and CLI numbers, sessions and attendance; totals.
Response rapport_rsa(Request& req, Db& db) {
    auto form = submit<RapportRsaForm>(req.query);
    if (!form.ok()) throw HttpError(400, premier_message(form.state.errors));
    const auto& [du, au, csv] = form.value;
    const auto lignes = rapports::suivi_rsa(db, du, au);

    Tableau t;
    t.colonnes = {{"Civilité"},         {"Nom"},           {"Prénom"},
                  {"N° CAF", "numero"}, {"N° CLI", "numero"}, {"Session(s)", "sessions"},
                  {"Ateliers prévus", "nombre"}};
    colonnes_presences(t);
    t.colonnes.push_back({"Taux de présence", "nombre"});
    Decompte total;
    std::set<long> sessions;
    for (const auto& l : lignes) {
        std::vector<std::string> libelles;
        for (const auto& s : l.sessions) {
            libelles.push_back(libelle_session(s));
            sessions.insert(s.id);
        }
        std::vector<std::string> ligne = {l.civilite, l.nom, l.prenom, joindre(l.numeros_caf), joindre(l.numeros_cli),
                                          joindre(libelles), nombre(l.presences.prevus)};
        cellules_presences(ligne, l.presences);
        ligne.push_back(taux_lisible(taux_presence(l.presences)));
        t.lignes.push_back(std::move(ligne));
        total += l.presences;
    }
    const std::string periode = du == au ? du.fr() : "de " + du.fr() + " à " + au.fr();
    if (csv) return t.csv("suivi-rsa-" + du.iso().substr(0, 7) + "-" + au.iso().substr(0, 7) + ".csv");

    Dict dict("rapport_rsa");
    entete(dict, "Suivi des stagiaires au RSA", "Sessions " + periode);
    dict.SetValue("VALEUR_DU", du.fr());  // "février 2031", which parse_mois reads back
    dict.SetValue("VALEUR_AU", au.fr());
    dict.SetValue("URL_CSV", chemins::rapport_rsa(du, au, true));
    dict.SetIntValue("STAGIAIRES", static_cast<long>(lignes.size()));
    dict.SetIntValue("SESSIONS", static_cast<long>(sessions.size()));
    std::vector<std::string> totaux = {"", "Total", nombre(static_cast<long>(lignes.size())) + " stagiaire(s)", "", "",
                                       nombre(static_cast<long>(sessions.size())) + " session(s)", nombre(total.prevus)};
    cellules_presences(totaux, total);
    totaux.push_back(taux_lisible(taux_presence(total)));
    t.remplir(dict, lignes.empty() ? std::vector<std::string>{} : totaux);
    return print_page(req, "rapport_rsa", dict, "Suivi RSA — " + periode, true);
}

// The activity of a year: per month of the sessions, sessions, workshops, enrolments,
// trainees by funding status, attendance; a bar chart of the enrolments.
Response rapport_sessions(Request& req, Db& db) {
    auto form = submit<RapportActiviteForm>(req.query);
    if (!form.ok()) throw HttpError(400, premier_message(form.state.errors));
    const auto& [annee, csv] = form.value;
    const auto a = rapports::activite(db, annee);

    Tableau t;
    t.colonnes = {{"Mois"}, {"Sessions", "nombre"}, {"Ateliers", "nombre"}, {"Inscriptions", "nombre"},
                  {"Stagiaires", "nombre"}};
    for (auto statut : kStatutsFinancement) t.colonnes.push_back({libelle(statut), "nombre"});
    t.colonnes.push_back({"À renseigner", "nombre"});
    t.colonnes.push_back({"Taux de présence", "nombre"});
    auto cellules = [](std::string mois, const rapports::Activite& m) {
        std::vector<std::string> ligne = {std::move(mois), nombre(m.sessions), nombre(m.ateliers),
                                          nombre(m.inscriptions), nombre(m.stagiaires)};
        for (long n : m.par_statut) ligne.push_back(nombre(n));
        ligne.push_back(nombre(m.statut_a_renseigner));
        ligne.push_back(taux_lisible(taux_presence(m.presences)));
        return ligne;
    };
    std::vector<Donnee> barres;
    for (int m = 1; m <= 12; ++m) {
        const auto& mois = a.mois[static_cast<std::size_t>(m - 1)];
        t.lignes.push_back(cellules(Mois{annee, m}.fr(), mois));
        const auto taux = taux_presence(mois.presences);
        barres.push_back({std::string(nom_du_mois(m)), taux ? taux_lisible(taux) : "", mois.inscriptions});
    }
    const auto total = cellules("Année " + nombre(annee), a.annee);
    if (csv) {
        t.lignes.push_back(total);
        return t.csv("activite-" + nombre(annee) + ".csv");
    }

    Dict dict("rapport_sessions");
    entete(dict, "Activité des sessions de formation", "Année " + nombre(annee));
    dict.SetIntValue("ANNEE", annee);
    dict.SetValue("URL_CSV", chemins::rapport_sessions(annee, true));
    for (int y : sessions::annees(db, std::nullopt)) {
        Dict* o = dict.AddSectionDictionary("AUTRE_ANNEE");
        o->SetIntValue("ANNEE", y);
        o->SetValue("URL", chemins::rapport_sessions(y));
        if (y == annee) o->ShowSection("CHOISIE");
    }
    t.remplir(dict, total);

    // The chart: one bar per month, its enrolments above it, its attendance rate under its name.
    const auto h = histogramme(barres, 1000, 180);
    Dict* g = dict.AddSectionDictionary("GRAPHIQUE");
    g->SetIntValue("LARGEUR", static_cast<long>(h.largeur));
    g->SetIntValue("HAUTEUR", static_cast<long>(h.hauteur));
    g->SetIntValue("ANNEE", annee);
    auto decimal = [](Dict& d, const char* nom, double v) { d.SetFormattedValue(nom, "%.1f", v); };
    decimal(*g, "GAUCHE", h.gauche);
    decimal(*g, "DROITE", h.droite);
    decimal(*g, "BASE", h.base);
    for (const auto& grad : h.graduations) {
        Dict* d = g->AddSectionDictionary("GRADUATION");
        d->SetIntValue("VALEUR", grad.valeur);
        decimal(*d, "Y", grad.y);
        decimal(*d, "X_TEXTE", h.gauche - 6);
        decimal(*d, "GAUCHE", h.gauche);
        decimal(*d, "DROITE", h.droite);
    }
    for (const auto& b : h.barres) {
        Dict* d = g->AddSectionDictionary("BARRE");
        decimal(*d, "X", b.x);
        decimal(*d, "Y", b.y);
        decimal(*d, "LARGEUR", b.largeur);
        decimal(*d, "HAUTEUR", b.hauteur);
        decimal(*d, "CENTRE", b.centre);
        decimal(*d, "Y_VALEUR", b.y - 5);
        decimal(*d, "Y_ETIQUETTE", h.base + 16);
        decimal(*d, "Y_SOUS_ETIQUETTE", h.base + 32);
        d->SetIntValue("VALEUR", b.valeur);
        d->SetValue("ETIQUETTE", b.etiquette);
        d->SetValue("SOUS_ETIQUETTE", b.sous_etiquette);
    }
    return print_page(req, "rapport_sessions", dict, "Activité " + nombre(annee), true);
}

}  // namespace ope::handlers
