#include "data/envois.hpp"

#include "data/comptes.hpp"
#include "data/journal.hpp"

#include <map>

namespace ope::envois {

namespace {

EtatEnvoi etat(const Row& r, const char* colonne) {
    return parse_code<EtatEnvoi>(r.text(colonne)).value_or(EtatEnvoi::en_attente);
}

Destinataire lire_destinataire(const Row& r) {
    return {r.number("stagiaire_id"), r.text("nom"),           r.text("prenom"),       r.text("email"),
            etat(r, "statut"),        r.text("derniere_erreur"), r.text("envoye_le"), r.number("tentatives")};
}

const char* kDestinataire =
    "SELECT d.envoi_id, d.stagiaire_id, s.nom, s.prenom, d.email, d.statut, d.derniere_erreur, d.envoye_le,"
    " d.tentatives FROM envoi_destinataire d JOIN stagiaire s ON s.id = d.stagiaire_id ";

// The session's page lists its sendings with each recipient's status: every change of
// them writes the session's version_envois after it, in its transaction
// (data/contenu_session.hpp).
void nouvelle_version(Db& db, long envoi_id) {
    db.exec("UPDATE session_formation SET version_envois = version_envois + 1"
            " WHERE id = (SELECT session_id FROM envoi WHERE id = ?)",
            envoi_id);
}

// A change of a claimed row, `ecrire` (true when it was made), and the new version of
// the session's sendings, together or not at all.
template <class F>
bool avec_nouvelle_version(Db& db, long envoi_id, F ecrire) {
    Transaction t(db);
    if (!ecrire()) return false;
    nouvelle_version(db, envoi_id);
    t.commit();
    return true;
}

}  // namespace

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
    nouvelle_version(db, id);
    journal::noter(t, e.expediteur_id, ActionJournal::envoi_documentation, "session", e.session_id,
                   "envoi " + std::to_string(id) + " à " + std::to_string(e.stagiaires.size()) + " stagiaire(s) : " +
                       e.sujet);
    t.commit();
    return id;
}

std::vector<Envoi> de_la_session(Db& db, long session_id) {
    std::vector<Envoi> out;
    std::map<long, std::size_t> index;
    auto rs = db.query("SELECT e.id, e.cree_le, e.sujet, u.prenom, u.nom, e.copie_statut FROM envoi e"
                       " JOIN utilisateur u ON u.id = e.expediteur_id WHERE e.session_id = ? ORDER BY e.id DESC",
                       session_id);
    while (rs->next()) {
        Row r(*rs);
        index[r.number("id")] = out.size();
        out.push_back({r.number("id"), r.text("cree_le"), r.text("sujet"), r.text("prenom"), r.text("nom"),
                       etat(r, "copie_statut"), {}, {}});
    }
    if (out.empty()) return out;
    auto d = db.query(std::string(kDestinataire) +
                          "JOIN envoi e ON e.id = d.envoi_id WHERE e.session_id = ? ORDER BY s.nom, s.prenom",
                      session_id);
    while (d->next()) {
        Row r(*d);
        out[index[r.number("envoi_id")]].destinataires.push_back(lire_destinataire(r));
    }
    auto p = db.query("SELECT p.envoi_id, p.nom_fichier FROM envoi_piece_jointe p JOIN envoi e ON e.id = p.envoi_id"
                      " WHERE e.session_id = ? ORDER BY p.id",
                      session_id);
    while (p->next()) {
        Row r(*p);
        out[index[r.number("envoi_id")]].pieces.push_back(r.text("nom_fichier"));
    }
    return out;
}

std::vector<Livraison> reserver(Db& db, const std::string& verrou, int max, long bail) {
    // One UPDATE claims the rows: two workers cannot both claim the same mail.
    db.exec("UPDATE envoi_destinataire SET verrou = ?, prochain_essai = NOW() + INTERVAL ? SECOND"
            " WHERE statut = 'en_attente' AND prochain_essai <= NOW() ORDER BY prochain_essai LIMIT ?",
            verrou, bail, max);
    auto rs = db.query(
        "SELECT d.envoi_id, d.stagiaire_id, d.email, e.sujet, e.corps, u.login, u.mot_de_passe_initial,"
        " e.session_id, d.tentatives, u.mot_de_passe_hash = ? AS sans_mot_de_passe, e.copie_email"
        " FROM envoi_destinataire d JOIN envoi e ON e.id = d.envoi_id"
        " LEFT JOIN utilisateur u ON u.stagiaire_id = d.stagiaire_id"
        " WHERE d.verrou = ? AND d.statut = 'en_attente'",
        comptes::kSansMotDePasse, verrou);
    std::vector<Livraison> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.number("envoi_id"), r.number("stagiaire_id"), r.text("email"), r.text("sujet"),
                       r.text("corps"), r.text("login"), comptes::lire_initial(r.optional_text("mot_de_passe_initial")),
                       r.number("session_id"), r.number("tentatives"), r.flag("sans_mot_de_passe"),
                       r.text("copie_email")});
    }
    return out;
}

std::vector<PieceJointe> pieces(Db& db, long envoi_id) {
    auto rs = db.query("SELECT nom_fichier, type_mime, contenu FROM envoi_piece_jointe WHERE envoi_id = ? ORDER BY id",
                       envoi_id);
    std::vector<PieceJointe> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.text("nom_fichier"), r.text("type_mime"), r.text("contenu")});
    }
    return out;
}

bool prolonger(Db& db, const std::string& verrou, long bail, long envoi_id, long stagiaire_id) {
    db.exec("UPDATE envoi_destinataire SET prochain_essai = NOW() + INTERVAL ? SECOND"
            " WHERE verrou = ? AND statut = 'en_attente'",
            bail, verrou);
    db.exec("UPDATE envoi SET copie_prochain_essai = NOW() + INTERVAL ? SECOND"
            " WHERE copie_verrou = ? AND copie_statut = 'en_attente'",
            bail, verrou);
    // Read back rather than trusting the rows changed: a renewal within the same
    // second changes nothing.
    auto rs = stagiaire_id != 0
                  ? db.query("SELECT 1 FROM envoi_destinataire WHERE envoi_id = ? AND stagiaire_id = ? AND verrou = ?"
                             " AND statut = 'en_attente'",
                             envoi_id, stagiaire_id, verrou)
                  : db.query("SELECT 1 FROM envoi WHERE id = ? AND copie_verrou = ? AND copie_statut = 'en_attente'",
                             envoi_id, verrou);
    return rs->next();
}

bool envoye(Db& db, const std::string& verrou, long envoi_id, long stagiaire_id) {
    return avec_nouvelle_version(db, envoi_id, [&] {
        return db.exec("UPDATE envoi_destinataire SET statut = 'envoye', envoye_le = NOW(), tentatives = tentatives + 1,"
                       " derniere_erreur = '', verrou = NULL WHERE envoi_id = ? AND stagiaire_id = ? AND verrou = ?"
                       " AND statut = 'en_attente'",
                       envoi_id, stagiaire_id, verrou) == 1;
    });
}

bool echec(Db& db, const std::string& verrou, long envoi_id, long stagiaire_id, const std::string& erreur, long delai,
           int max_tentatives) {
    return avec_nouvelle_version(db, envoi_id, [&] {
        return db.exec("UPDATE envoi_destinataire SET tentatives = tentatives + 1, derniere_erreur = LEFT(?, 1000),"
                       " statut = IF(tentatives >= ?, 'echec', 'en_attente'),"
                       " prochain_essai = NOW() + INTERVAL ? SECOND, verrou = NULL"
                       " WHERE envoi_id = ? AND stagiaire_id = ? AND verrou = ? AND statut = 'en_attente'",
                       erreur, max_tentatives, delai, envoi_id, stagiaire_id, verrou) == 1;
    });
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
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.number("id"), r.text("copie_email"), r.text("sujet"), r.text("corps"), r.number("session_id"),
                       r.text("mois"), r.number("copie_tentatives")});
    }
    return out;
}

std::vector<Destinataire> destinataires(Db& db, long envoi_id) {
    auto rs = db.query(std::string(kDestinataire) + "WHERE d.envoi_id = ? ORDER BY s.nom, s.prenom", envoi_id);
    std::vector<Destinataire> out;
    while (rs->next()) out.push_back(lire_destinataire(Row(*rs)));
    return out;
}

bool copie_envoyee(Db& db, const std::string& verrou, long envoi_id) {
    return avec_nouvelle_version(db, envoi_id, [&] {
        return db.exec("UPDATE envoi SET copie_statut = 'envoye', copie_envoyee_le = NOW(),"
                       " copie_tentatives = copie_tentatives + 1, copie_erreur = '', copie_verrou = NULL"
                       " WHERE id = ? AND copie_verrou = ? AND copie_statut = 'en_attente'",
                       envoi_id, verrou) == 1;
    });
}

bool copie_echec(Db& db, const std::string& verrou, long envoi_id, const std::string& erreur, long delai,
                 int max_tentatives) {
    return avec_nouvelle_version(db, envoi_id, [&] {
        return db.exec("UPDATE envoi SET copie_tentatives = copie_tentatives + 1, copie_erreur = LEFT(?, 1000),"
                       " copie_statut = IF(copie_tentatives >= ?, 'echec', 'en_attente'),"
                       " copie_prochain_essai = NOW() + INTERVAL ? SECOND, copie_verrou = NULL"
                       " WHERE id = ? AND copie_verrou = ? AND copie_statut = 'en_attente'",
                       erreur, max_tentatives, delai, envoi_id, verrou) == 1;
    });
}

}  // namespace ope::envois
