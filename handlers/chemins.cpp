#include "handlers/chemins.hpp"

#include "fcgi/parse.hpp"

namespace ope::chemins {

namespace {

std::string nombre(long n) { return std::to_string(n); }

std::string avec_repertoire(std::string chemin, std::string_view repertoire) {
    if (!repertoire.empty()) chemin += "?repertoire=" + url_encode(repertoire);
    return chemin;
}

}  // namespace

std::string avec_ancre(std::string chemin, std::string_view ancre) {
    if (!ancre.empty()) (chemin += '#') += ancre;
    return chemin;
}

std::string sessions() { return "/emploi/sessions"; }

std::string session(long id, std::string_view ancre) { return avec_ancre(sessions() + "/" + nombre(id), ancre); }

std::string session_modifier(long id) { return session(id) + "/modifier"; }

std::string atelier(long session_id, long atelier_id) { return session(session_id, "atelier-" + nombre(atelier_id)); }

std::string atelier_suppression(long session_id, long atelier_id) {
    return session(session_id) + "/ateliers/" + nombre(atelier_id) + "/supprimer";
}

std::string desinscription(long session_id, long stagiaire_id) {
    return session(session_id) + "/stagiaires/" + nombre(stagiaire_id) + "/supprimer";
}

std::string validation(long session_id, std::optional<long> atelier) {
    std::string chemin = session(session_id) + "/validation";
    if (atelier) chemin += "?atelier=" + nombre(*atelier);
    return chemin;
}

std::string stagiaires(std::string_view q, long page) {
    std::string chemin = "/emploi/stagiaires";
    if (!q.empty() || page > 1) chemin += "?q=" + url_encode(q);
    if (page > 1) chemin += "&page=" + nombre(page);
    return chemin;
}

std::string fiche(long stagiaire_id, std::string_view ancre) {
    return avec_ancre("/emploi/stagiaires/" + nombre(stagiaire_id), ancre);
}

std::string accueil(long stagiaire_id) { return fiche(stagiaire_id) + "/accueil"; }

std::string documents(std::string_view repertoire) { return avec_repertoire("/emploi/documents", repertoire); }

std::string documents_tuteur(std::string_view repertoire) {
    return avec_repertoire("/emploi/tuteur/documents", repertoire);
}

std::string intervenants() { return "/emploi/intervenants"; }

std::string intervenant(long utilisateur_id) { return intervenants() + "/" + nombre(utilisateur_id); }

std::string mot_de_passe_compte() { return "/compte/mot-de-passe"; }

std::string espace(std::string_view ancre) { return avec_ancre("/espace", ancre); }

std::string connexion() { return "/connexion"; }

namespace {

// "YYYY-MM" (what a month field holds).
std::string mois(const Mois& m) { return m.iso().substr(0, 7); }

std::string en_csv(std::string chemin, bool csv) { return csv ? chemin + "&format=csv" : chemin; }

}  // namespace

std::string rapport_rsa(const Mois& du, const Mois& au, bool csv) {
    return en_csv("/emploi/rapports/rsa?du=" + mois(du) + "&au=" + mois(au), csv);
}

std::string rapport_sessions(int annee, bool csv) {
    return en_csv("/emploi/rapports/sessions?annee=" + nombre(annee), csv);
}

std::string annuaire(std::optional<long> session) {
    return session ? "/annuaire?session=" + nombre(*session) : "/annuaire";
}

std::string import() { return "/emploi/import"; }

}  // namespace ope::chemins
