#include "data/rapports.hpp"

#include "fcgi/parse.hpp"

#include <optional>

namespace ope::rapports {

namespace {

// GROUP_CONCAT's separator: a control character, which no stored text holds
// (domain/normalise's texte replaces them).
constexpr char kSeparateur = '\x1F';

std::vector<std::string> decouper(const std::string& liste) {
    std::vector<std::string> out;
    std::size_t debut = 0;
    while (!liste.empty() && debut <= liste.size()) {
        auto fin = liste.find(kSeparateur, debut);
        if (fin == std::string::npos) fin = liste.size();
        out.push_back(liste.substr(debut, fin - debut));
        debut = fin + 1;
    }
    return out;
}

// The counts of attendance rows by status, as selected by kCompterPresences.
const std::string kCompterPresences =
    "COUNT(p.atelier_id) AS prevus, COALESCE(SUM(p.statut = ?), 0) AS presents,"
    " COALESCE(SUM(p.statut = ?), 0) AS excuses, COALESCE(SUM(p.statut = ?), 0) AS absents,"
    " COALESCE(SUM(p.statut = ?), 0) AS non_renseignes";
std::vector<Value> statuts_de_presence() {
    return {code(Presence::present), code(Presence::excuse), code(Presence::absent), code(Presence::non_renseigne)};
}
Decompte lire_presences(const Row& r) {
    return {r.number("prevus"), r.number("presents"), r.number("excuses"), r.number("absents"),
            r.number("non_renseignes")};
}

}  // namespace

std::vector<LigneRsa> suivi_rsa(Db& db, const Mois& du, const Mois& au) {
    const std::string sep = std::string("'") + kSeparateur + "'";
    std::vector<Value> args = statuts_de_presence();
    args.insert(args.end(), {code(StatutFinancement::rsa), du.iso(), au.iso()});
    // One row per trainee: their RSA enrolments of the range, the workshops of those
    // sessions and their attendance rows (one per workshop, by the enrolment rules).
    auto rs = db.query_list(
        "SELECT s.id, s.civilite, s.nom, s.prenom,"
        " GROUP_CONCAT(DISTINCT NULLIF(i.numero_caf, '') ORDER BY i.numero_caf SEPARATOR " + sep + ") AS numeros_caf,"
        " GROUP_CONCAT(DISTINCT NULLIF(i.numero_cli, '') ORDER BY i.numero_cli SEPARATOR " + sep + ") AS numeros_cli,"
        " GROUP_CONCAT(DISTINCT CONCAT(f.mois, ' ', f.id) ORDER BY f.mois, f.id SEPARATOR " + sep + ") AS sessions, " +
            kCompterPresences +
            " FROM session_formation f"
            " JOIN inscription i ON i.session_id = f.id AND i.statut_financement = ?"
            " JOIN stagiaire s ON s.id = i.stagiaire_id"
            " LEFT JOIN atelier a ON a.session_id = f.id"
            " LEFT JOIN presence p ON p.atelier_id = a.id AND p.stagiaire_id = i.stagiaire_id"
            " WHERE f.mois BETWEEN ? AND ?"
            " GROUP BY s.id, s.civilite, s.nom, s.prenom ORDER BY s.nom, s.prenom, s.id",
        args);
    std::vector<LigneRsa> out;
    while (rs->next()) {
        Row r(*rs);
        LigneRsa l;
        l.stagiaire_id = r.number("id");
        l.civilite = r.text("civilite");
        l.nom = r.text("nom");
        l.prenom = r.text("prenom");
        l.numeros_caf = decouper(r.text("numeros_caf"));
        l.numeros_cli = decouper(r.text("numeros_cli"));
        for (const auto& s : decouper(r.text("sessions"))) {
            // "2031-03-01 12": the month (stored as its first day), then the number.
            auto espace = s.find(' ');
            auto mois = parse_mois(s.substr(0, espace));
            auto id = parse_positive(s.substr(espace + 1));
            if (mois && id) l.sessions.push_back({*id, *mois});
        }
        l.presences = lire_presences(r);
        out.push_back(std::move(l));
    }
    return out;
}

namespace {

// The month of a ROLLUP row: 1..12, nullopt for the year's total.
std::optional<long> mois_de(const Row& r) { return r.optional_number("mois"); }

Activite& ligne(ActiviteAnnee& a, const Row& r) {
    auto m = mois_de(r);
    return m && *m >= 1 && *m <= 12 ? a.mois[static_cast<std::size_t>(*m - 1)] : a.annee;
}

}  // namespace

ActiviteAnnee activite(Db& db, int annee) {
    ActiviteAnnee a;
    const std::string debut = Mois{annee, 1}.iso(), fin = Mois{annee + 1, 1}.iso();
    // Three aggregate statements, each a row per month and one for the year (ROLLUP):
    // counting sessions, enrolments and attendance rows in one join would multiply them.
    auto rs = db.query(
        "SELECT MONTH(f.mois) AS mois, COUNT(DISTINCT f.id) AS sessions, COUNT(a.id) AS ateliers"
        " FROM session_formation f LEFT JOIN atelier a ON a.session_id = f.id"
        " WHERE f.mois >= ? AND f.mois < ? GROUP BY MONTH(f.mois) WITH ROLLUP",
        debut, fin);
    while (rs->next()) {
        Row r(*rs);
        Activite& l = ligne(a, r);
        l.sessions = r.number("sessions");
        l.ateliers = r.number("ateliers");
    }

    std::string par_statut;
    std::vector<Value> args;
    for (std::size_t i = 0; i < kStatuts; ++i) {
        par_statut += ", COUNT(DISTINCT CASE WHEN i.statut_financement = ? THEN i.stagiaire_id END) AS statut_" +
                      std::to_string(i);
        args.emplace_back(code(kStatutsFinancement[i]));
    }
    args.insert(args.end(), {debut, fin});
    rs = db.query_list(
        "SELECT MONTH(f.mois) AS mois, COUNT(*) AS inscriptions, COUNT(DISTINCT i.stagiaire_id) AS stagiaires" +
            par_statut +
            ", COUNT(DISTINCT CASE WHEN i.statut_financement IS NULL THEN i.stagiaire_id END) AS a_renseigner"
            " FROM inscription i JOIN session_formation f ON f.id = i.session_id"
            " WHERE f.mois >= ? AND f.mois < ? GROUP BY MONTH(f.mois) WITH ROLLUP",
        args);
    while (rs->next()) {
        Row r(*rs);
        Activite& l = ligne(a, r);
        l.inscriptions = r.number("inscriptions");
        l.stagiaires = r.number("stagiaires");
        for (std::size_t i = 0; i < kStatuts; ++i) l.par_statut[i] = r.number(("statut_" + std::to_string(i)).c_str());
        l.statut_a_renseigner = r.number("a_renseigner");
    }

    args = statuts_de_presence();
    args.insert(args.end(), {debut, fin});
    rs = db.query_list("SELECT MONTH(f.mois) AS mois, " + kCompterPresences +
                           " FROM presence p JOIN atelier a ON a.id = p.atelier_id"
                           " JOIN session_formation f ON f.id = a.session_id"
                           " WHERE f.mois >= ? AND f.mois < ? GROUP BY MONTH(f.mois) WITH ROLLUP",
                       args);
    while (rs->next()) {
        Row r(*rs);
        ligne(a, r).presences = lire_presences(r);
    }
    return a;
}

}  // namespace ope::rapports
