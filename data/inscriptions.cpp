#include "data/inscriptions.hpp"

namespace ope::inscriptions {

std::vector<StatutFinancement> statuts(Db& db) {
    auto rs = db.query("SELECT code, libelle, exige_caf_cli FROM statut_financement ORDER BY ordre, libelle");
    std::vector<StatutFinancement> out;
    while (rs->next()) out.push_back({col_str(*rs, 1), col_str(*rs, 2), col_long(*rs, 3) != 0});
    return out;
}

std::string message(Resultat r) {
    switch (r) {
        case Resultat::inscrit: return "";
        case Resultat::session_inconnue: return "Cette session n'existe pas.";
        case Resultat::stagiaire_inconnu: return "Ce stagiaire n'existe pas.";
        case Resultat::session_sans_atelier:
            return "Impossible d'inscrire un stagiaire : la session n'a encore aucun atelier. "
                   "Créez d'abord au moins un atelier.";
        case Resultat::deja_inscrit: return "Ce stagiaire est déjà inscrit à cette session.";
    }
    return "";
}

Resultat inscrire(Db& db, long session_id, long stagiaire_id, const Financement& f) {
    Transaction t(db);
    // The session row is locked: a workshop created at the same moment (ateliers::creer
    // takes the same lock) cannot miss this trainee, nor this enrolment miss it.
    auto session = db.query("SELECT id FROM session_formation WHERE id = ? FOR UPDATE", session_id);
    if (!session->next()) return Resultat::session_inconnue;
    if (!db.query("SELECT id FROM stagiaire WHERE id = ?", stagiaire_id)->next()) return Resultat::stagiaire_inconnu;
    auto count = db.query("SELECT COUNT(*) FROM atelier WHERE session_id = ?", session_id);
    count->next();
    if (col_long(*count, 1) == 0) return Resultat::session_sans_atelier;
    try {
        db.exec("INSERT INTO inscription (session_id, stagiaire_id, statut_financement, numero_caf, numero_cli,"
                " complement_financement) VALUES (?, ?, ?, ?, ?, ?)",
                session_id, stagiaire_id, f.statut, f.numero_caf, f.numero_cli, f.complement);
    } catch (const sql::SQLException& e) {
        if (is_duplicate_key(e)) return Resultat::deja_inscrit;
        throw;
    }
    db.exec("INSERT INTO presence (atelier_id, stagiaire_id) SELECT id, ? FROM atelier WHERE session_id = ?",
            stagiaire_id, session_id);
    t.commit();
    return Resultat::inscrit;
}

bool desinscrire(Db& db, long session_id, long stagiaire_id) {
    Transaction t(db);
    db.query("SELECT id FROM session_formation WHERE id = ? FOR UPDATE", session_id);
    db.exec("DELETE p FROM presence p JOIN atelier a ON a.id = p.atelier_id"
            " WHERE a.session_id = ? AND p.stagiaire_id = ?",
            session_id, stagiaire_id);
    bool deleted = db.exec("DELETE FROM inscription WHERE session_id = ? AND stagiaire_id = ?", session_id,
                           stagiaire_id) > 0;
    t.commit();
    return deleted;
}

bool modifier_financement(Db& db, long session_id, long stagiaire_id, const Financement& f) {
    auto rs = db.query("SELECT 1 FROM inscription WHERE session_id = ? AND stagiaire_id = ?", session_id, stagiaire_id);
    if (!rs->next()) return false;
    db.exec("UPDATE inscription SET statut_financement = ?, numero_caf = ?, numero_cli = ?,"
            " complement_financement = ? WHERE session_id = ? AND stagiaire_id = ?",
            f.statut, f.numero_caf, f.numero_cli, f.complement, session_id, stagiaire_id);
    return true;
}

std::vector<Inscrit> de_la_session(Db& db, long session_id) {
    auto rs = db.query(
        "SELECT s.id, s.civilite, s.nom, s.prenom, sf.libelle FROM inscription i"
        " JOIN stagiaire s ON s.id = i.stagiaire_id"
        " LEFT JOIN statut_financement sf ON sf.code = i.statut_financement"
        " WHERE i.session_id = ? ORDER BY s.nom, s.prenom, s.id",
        session_id);
    std::vector<Inscrit> out;
    while (rs->next())
        out.push_back({col_long(*rs, 1), col_str(*rs, 2), col_str(*rs, 3), col_str(*rs, 4), col_opt(*rs, 5)});
    return out;
}

std::vector<Fiche> fiches_de_la_session(Db& db, long session_id) {
    auto rs = db.query(
        std::string("SELECT ") + stagiaires::kColonnesS + ", COALESCE(sf.libelle, '') FROM inscription i"
        " JOIN stagiaire s ON s.id = i.stagiaire_id"
        " LEFT JOIN statut_financement sf ON sf.code = i.statut_financement"
        " WHERE i.session_id = ? ORDER BY s.nom, s.prenom, s.id",
        session_id);
    std::vector<Fiche> out;
    while (rs->next()) out.push_back({stagiaires::lire(*rs), col_str(*rs, 16)});
    return out;
}

std::vector<SessionDuStagiaire> du_stagiaire(Db& db, long stagiaire_id) {
    auto rs = db.query(
        "SELECT f.id, f.mois, f.intitule, i.statut_financement, i.numero_caf, i.numero_cli,"
        " i.complement_financement, COALESCE(sf.libelle, '') FROM inscription i"
        " JOIN session_formation f ON f.id = i.session_id"
        " LEFT JOIN statut_financement sf ON sf.code = i.statut_financement"
        " WHERE i.stagiaire_id = ? ORDER BY f.mois DESC, f.id DESC",
        stagiaire_id);
    std::vector<SessionDuStagiaire> out;
    while (rs->next()) {
        SessionDuStagiaire s;
        s.session_id = col_long(*rs, 1);
        s.mois = parse_mois(col_str(*rs, 2)).value_or(Mois{});
        s.intitule = col_str(*rs, 3);
        s.financement = {col_opt(*rs, 4), col_str(*rs, 5), col_str(*rs, 6), col_str(*rs, 7)};
        s.statut_libelle = col_str(*rs, 8);
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace ope::inscriptions
