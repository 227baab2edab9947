#include "data/envois.hpp"

#include <map>

namespace ope::envois {

long creer(Db& db, const NouvelEnvoi& e) {
    Transaction t(db);
    long id = db.insert("INSERT INTO envoi (session_id, expediteur_id, sujet, corps, copie_email) VALUES (?, ?, ?, ?, ?)",
                        e.session_id, e.expediteur_id, e.sujet, e.corps, e.copie_email);
    for (long s : e.stagiaires)
        db.exec("INSERT INTO envoi_destinataire (envoi_id, stagiaire_id, email)"
                " SELECT ?, id, email FROM stagiaire WHERE id = ? AND email <> ''",
                id, s);
    for (const auto& p : e.pieces)
        db.exec("INSERT INTO envoi_piece_jointe (envoi_id, nom_fichier, type_mime, contenu) VALUES (?, ?, ?, ?)", id,
                p.nom_fichier, p.type_mime, p.contenu);
    // No copy to send when the sender has no address.
    if (e.copie_email.empty()) db.exec("UPDATE envoi SET copie_statut = 'echec', copie_erreur = ? WHERE id = ?",
                                       std::string("pas d'adresse e-mail pour l'expéditeur"), id);
    t.commit();
    return id;
}

std::vector<Envoi> de_la_session(Db& db, long session_id) {
    std::vector<Envoi> out;
    std::map<long, std::size_t> index;
    auto rs = db.query("SELECT e.id, e.cree_le, e.sujet, CONCAT(u.prenom, ' ', u.nom), e.copie_statut FROM envoi e"
                       " JOIN utilisateur u ON u.id = e.expediteur_id WHERE e.session_id = ? ORDER BY e.id DESC",
                       session_id);
    while (rs->next()) {
        index[col_long(*rs, 1)] = out.size();
        out.push_back({col_long(*rs, 1), col_str(*rs, 2), col_str(*rs, 3), col_str(*rs, 4), col_str(*rs, 5), {}, {}});
    }
    if (out.empty()) return out;
    auto d = db.query("SELECT d.envoi_id, d.stagiaire_id, CONCAT(s.nom, ' ', s.prenom), d.email, d.statut,"
                      " d.derniere_erreur, COALESCE(d.envoye_le, ''), d.tentatives"
                      " FROM envoi_destinataire d JOIN envoi e ON e.id = d.envoi_id"
                      " JOIN stagiaire s ON s.id = d.stagiaire_id WHERE e.session_id = ? ORDER BY s.nom, s.prenom",
                      session_id);
    while (d->next())
        out[index[col_long(*d, 1)]].destinataires.push_back(
            {col_long(*d, 2), col_str(*d, 3), col_str(*d, 4), col_str(*d, 5), col_str(*d, 6), col_str(*d, 7),
             col_long(*d, 8)});
    auto p = db.query("SELECT p.envoi_id, p.nom_fichier FROM envoi_piece_jointe p JOIN envoi e ON e.id = p.envoi_id"
                      " WHERE e.session_id = ? ORDER BY p.id",
                      session_id);
    while (p->next()) out[index[col_long(*p, 1)]].pieces.push_back(col_str(*p, 2));
    return out;
}

std::vector<Livraison> reserver(Db& db, const std::string& verrou, int max, long bail) {
    // One UPDATE claims the rows: two workers cannot both claim the same mail.
    db.exec("UPDATE envoi_destinataire SET verrou = ?, prochain_essai = NOW() + INTERVAL ? SECOND"
            " WHERE statut = 'en_attente' AND prochain_essai <= NOW() ORDER BY prochain_essai LIMIT ?",
            verrou, bail, max);
    auto rs = db.query(
        "SELECT d.envoi_id, d.stagiaire_id, d.email, e.sujet, e.corps, CONCAT(s.prenom, ' ', s.nom),"
        " COALESCE(u.login, ''), u.mot_de_passe_initial, e.session_id, f.mois, d.tentatives"
        " FROM envoi_destinataire d JOIN envoi e ON e.id = d.envoi_id"
        " JOIN stagiaire s ON s.id = d.stagiaire_id"
        " JOIN session_formation f ON f.id = e.session_id"
        " LEFT JOIN utilisateur u ON u.stagiaire_id = d.stagiaire_id"
        " WHERE d.verrou = ? AND d.statut = 'en_attente'",
        verrou);
    std::vector<Livraison> out;
    while (rs->next())
        out.push_back({col_long(*rs, 1), col_long(*rs, 2), col_str(*rs, 3), col_str(*rs, 4), col_str(*rs, 5),
                       col_str(*rs, 6), col_str(*rs, 7), col_opt(*rs, 8), col_long(*rs, 9), col_str(*rs, 10),
                       col_long(*rs, 11)});
    return out;
}

std::vector<PieceJointe> pieces(Db& db, long envoi_id) {
    auto rs = db.query("SELECT nom_fichier, type_mime, contenu FROM envoi_piece_jointe WHERE envoi_id = ? ORDER BY id",
                       envoi_id);
    std::vector<PieceJointe> out;
    while (rs->next()) out.push_back({col_str(*rs, 1), col_str(*rs, 2), col_str(*rs, 3)});
    return out;
}

void envoye(Db& db, long envoi_id, long stagiaire_id) {
    db.exec("UPDATE envoi_destinataire SET statut = 'envoye', envoye_le = NOW(), tentatives = tentatives + 1,"
            " derniere_erreur = '', verrou = NULL WHERE envoi_id = ? AND stagiaire_id = ?",
            envoi_id, stagiaire_id);
}

void echec(Db& db, long envoi_id, long stagiaire_id, const std::string& erreur, long delai, int max_tentatives) {
    db.exec("UPDATE envoi_destinataire SET tentatives = tentatives + 1, derniere_erreur = LEFT(?, 1000),"
            " statut = IF(tentatives >= ?, 'echec', 'en_attente'),"
            " prochain_essai = NOW() + INTERVAL ? SECOND, verrou = NULL WHERE envoi_id = ? AND stagiaire_id = ?",
            erreur, max_tentatives, delai, envoi_id, stagiaire_id);
}

std::vector<Copie> reserver_copies(Db& db, const std::string& verrou, int max, long bail) {
    db.exec("UPDATE envoi e SET copie_verrou = ?, copie_prochain_essai = NOW() + INTERVAL ? SECOND"
            " WHERE copie_statut = 'en_attente' AND copie_prochain_essai <= NOW()"
            " AND NOT EXISTS (SELECT 1 FROM envoi_destinataire d WHERE d.envoi_id = e.id AND d.statut = 'en_attente')"
            " ORDER BY copie_prochain_essai LIMIT ?",
            verrou, bail, max);
    auto rs = db.query("SELECT e.id, e.copie_email, e.sujet, e.corps, e.session_id, f.mois, e.copie_tentatives"
                       " FROM envoi e JOIN session_formation f ON f.id = e.session_id"
                       " WHERE e.copie_verrou = ? AND e.copie_statut = 'en_attente'",
                       verrou);
    std::vector<Copie> out;
    while (rs->next())
        out.push_back({col_long(*rs, 1), col_str(*rs, 2), col_str(*rs, 3), col_str(*rs, 4), col_long(*rs, 5),
                       col_str(*rs, 6), col_long(*rs, 7)});
    return out;
}

std::vector<Destinataire> destinataires(Db& db, long envoi_id) {
    auto rs = db.query("SELECT d.stagiaire_id, CONCAT(s.nom, ' ', s.prenom), d.email, d.statut, d.derniere_erreur,"
                       " COALESCE(d.envoye_le, ''), d.tentatives FROM envoi_destinataire d"
                       " JOIN stagiaire s ON s.id = d.stagiaire_id WHERE d.envoi_id = ? ORDER BY s.nom, s.prenom",
                       envoi_id);
    std::vector<Destinataire> out;
    while (rs->next())
        out.push_back({col_long(*rs, 1), col_str(*rs, 2), col_str(*rs, 3), col_str(*rs, 4), col_str(*rs, 5),
                       col_str(*rs, 6), col_long(*rs, 7)});
    return out;
}

void copie_envoyee(Db& db, long envoi_id) {
    db.exec("UPDATE envoi SET copie_statut = 'envoye', copie_envoyee_le = NOW(), copie_tentatives = copie_tentatives + 1,"
            " copie_erreur = '', copie_verrou = NULL WHERE id = ?",
            envoi_id);
}

void copie_echec(Db& db, long envoi_id, const std::string& erreur, long delai, int max_tentatives) {
    db.exec("UPDATE envoi SET copie_tentatives = copie_tentatives + 1, copie_erreur = LEFT(?, 1000),"
            " copie_statut = IF(copie_tentatives >= ?, 'echec', 'en_attente'),"
            " copie_prochain_essai = NOW() + INTERVAL ? SECOND, copie_verrou = NULL WHERE id = ?",
            erreur, max_tentatives, delai, envoi_id);
}

}  // namespace ope::envois
