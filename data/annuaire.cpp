#include "data/annuaire.hpp"

namespace ope::annuaire {

namespace {

const char* const kColonnes =
    "a.stagiaire_id, a.civilite, a.nom, a.prenom, a.adresse, a.code_postal, a.ville, a.tel_portable, a.tel_fixe,"
    " a.email";

Entree lire(const Row& r) {
    return {r.number("stagiaire_id"), r.text("civilite"),     r.text("nom"),      r.text("prenom"),
            r.text("adresse"),        r.text("code_postal"),  r.text("ville"),    r.text("tel_portable"),
            r.text("tel_fixe"),       r.text("email")};
}

}  // namespace

std::vector<Entree> de_la_session(Db& db, long session_id) {
    auto rs = db.query(std::string("SELECT ") + kColonnes +
                           " FROM inscription i JOIN annuaire_stagiaire a ON a.stagiaire_id = i.stagiaire_id"
                           " WHERE i.session_id = ? ORDER BY a.nom, a.prenom, a.stagiaire_id",
                       session_id);
    std::vector<Entree> out;
    while (rs->next()) out.push_back(lire(Row(*rs)));
    return out;
}

std::vector<Session> du_stagiaire(Db& db, long stagiaire_id) {
    // Every session of the trainee (LEFT JOIN: also those where nobody else appears).
    auto rs = db.query(std::string("SELECT f.id AS session_id, f.mois, f.intitule, ") + kColonnes +
                           " FROM inscription moi JOIN session_formation f ON f.id = moi.session_id"
                           " LEFT JOIN (inscription i JOIN annuaire_stagiaire a ON a.stagiaire_id = i.stagiaire_id)"
                           " ON i.session_id = moi.session_id AND i.stagiaire_id <> moi.stagiaire_id"
                           " WHERE moi.stagiaire_id = ?"
                           " ORDER BY f.mois DESC, f.id DESC, a.nom, a.prenom, a.stagiaire_id",
                       stagiaire_id);
    std::vector<Session> out;
    while (rs->next()) {
        Row r(*rs);
        if (out.empty() || out.back().id != r.number("session_id"))
            out.push_back({r.number("session_id"), parse_mois(r.text("mois")).value_or(Mois{}), r.text("intitule"), {}});
        if (r.optional_number("stagiaire_id")) out.back().stagiaires.push_back(lire(r));
    }
    return out;
}

std::optional<Entree> entree(Db& db, long stagiaire_id) {
    auto rs = db.query(std::string("SELECT ") + kColonnes + " FROM annuaire_stagiaire a WHERE a.stagiaire_id = ?",
                       stagiaire_id);
    if (!rs->next()) return std::nullopt;
    return lire(Row(*rs));
}

}  // namespace ope::annuaire
