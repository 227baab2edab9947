#include "data/comptes.hpp"

#include "fcgi/auth.hpp"

namespace ope::comptes {

namespace {

const char* kColonnes =
    "SELECT id, login, mot_de_passe_hash, mot_de_passe_initial, role, stagiaire_id,"
    " civilite, nom, prenom, email, actif, doit_choisir_mot_de_passe FROM utilisateur ";

Compte lire(sql::ResultSet& rs) {
    Compte c;
    c.id = col_long(rs, 1);
    c.login = col_str(rs, 2);
    c.mot_de_passe_hash = col_str(rs, 3);
    c.mot_de_passe_initial = col_opt(rs, 4);
    c.role = parse_role(col_str(rs, 5)).value_or(Role::stagiaire);
    if (!rs.isNull(6)) c.stagiaire_id = col_long(rs, 6);
    c.civilite = col_str(rs, 7);
    c.nom = col_str(rs, 8);
    c.prenom = col_str(rs, 9);
    c.email = col_str(rs, 10);
    c.actif = col_long(rs, 11) != 0;
    c.doit_choisir_mot_de_passe = col_long(rs, 12) != 0;
    return c;
}

}  // namespace

std::optional<Compte> par_login(Db& db, const std::string& login) {
    auto rs = db.query(std::string(kColonnes) + "WHERE login = ?", login);
    if (!rs->next()) return std::nullopt;
    return lire(*rs);
}

std::optional<Compte> par_id(Db& db, long id) {
    auto rs = db.query(std::string(kColonnes) + "WHERE id = ?", id);
    if (!rs->next()) return std::nullopt;
    return lire(*rs);
}

std::optional<long> creer(Db& db, const NouveauCompte& c) {
    try {
        return db.insert(
            "INSERT INTO utilisateur (login, mot_de_passe_hash, mot_de_passe_initial, doit_choisir_mot_de_passe,"
            " role, stagiaire_id, nom, prenom, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            c.login, hash_password(c.mot_de_passe), c.mot_de_passe_initial, c.mot_de_passe_initial.has_value(),
            std::string(role_name(c.role)), c.stagiaire_id, c.nom, c.prenom, c.email);
    } catch (const sql::SQLException& e) {
        if (is_duplicate_key(e)) return std::nullopt;
        throw;
    }
}

std::vector<Compte> personnel(Db& db) {
    auto rs = db.query(std::string(kColonnes) +
                       "WHERE role IN ('responsable', 'tuteur', 'formateur') AND actif = 1 ORDER BY nom, prenom, login");
    std::vector<Compte> out;
    while (rs->next()) out.push_back(lire(*rs));
    return out;
}

std::string ouvrir_session(Db& db, long utilisateur_id, const Config& config) {
    std::string token = random_token();
    // Expired sessions are swept here, at login, rather than by a separate job.
    db.exec("DELETE FROM connexion WHERE expire_le < NOW()");
    db.exec("INSERT INTO connexion (jeton_hash, utilisateur_id, csrf, expire_le)"
            " VALUES (?, ?, ?, NOW() + INTERVAL ? SECOND)",
            token_hash(token), utilisateur_id, random_token(), config.session_idle_seconds);
    return token;
}

std::optional<User> session(Db& db, const std::string& token, const Config& config) {
    if (token.size() != 64) return std::nullopt;
    std::string hash = token_hash(token);
    auto rs = db.query(
        "SELECT u.id, u.login, u.role, u.nom, u.prenom, u.stagiaire_id, c.csrf,"
        " TIMESTAMPDIFF(SECOND, NOW(), c.expire_le)"
        " FROM connexion c JOIN utilisateur u ON u.id = c.utilisateur_id"
        " WHERE c.jeton_hash = ? AND c.expire_le > NOW()"
        " AND c.cree_le > NOW() - INTERVAL ? SECOND AND u.actif = 1",
        hash, config.session_max_seconds);
    if (!rs->next()) return std::nullopt;
    User u;
    u.id = col_long(*rs, 1);
    u.login = col_str(*rs, 2);
    auto role = parse_role(col_str(*rs, 3));
    if (!role) return std::nullopt;
    u.role = *role;
    u.nom = col_str(*rs, 4);
    u.prenom = col_str(*rs, 5);
    if (!rs->isNull(6)) u.stagiaire_id = col_long(*rs, 6);
    u.csrf = col_str(*rs, 7);
    u.session_hash = hash;
    // Idle expiry slides, but the row is only rewritten when half the idle time is used.
    if (col_long(*rs, 8) < config.session_idle_seconds / 2)
        db.exec("UPDATE connexion SET expire_le = NOW() + INTERVAL ? SECOND WHERE jeton_hash = ?",
                config.session_idle_seconds, hash);
    return u;
}

void fermer_session(Db& db, const std::string& session_hash) {
    db.exec("DELETE FROM connexion WHERE jeton_hash = ?", session_hash);
}

void changer_mot_de_passe(Db& db, long utilisateur_id, const std::string& mot_de_passe) {
    db.exec("UPDATE utilisateur SET mot_de_passe_hash = ?, mot_de_passe_initial = NULL,"
            " doit_choisir_mot_de_passe = 0 WHERE id = ?",
            hash_password(mot_de_passe), utilisateur_id);
}

void connexion_reussie(Db& db, long utilisateur_id) {
    db.exec("UPDATE utilisateur SET derniere_connexion = NOW(), mot_de_passe_initial = NULL"
            " WHERE id = ?",
            utilisateur_id);
}

Echecs echecs_recents(Db& db, const std::string& login, const std::string& adresse, int minutes) {
    auto rs = db.query(
        "SELECT (SELECT COUNT(*) FROM echec_connexion WHERE login = ? AND quand > NOW() - INTERVAL ? MINUTE),"
        " (SELECT COUNT(*) FROM echec_connexion WHERE adresse = ? AND quand > NOW() - INTERVAL ? MINUTE)",
        login, minutes, adresse, minutes);
    rs->next();
    return {col_long(*rs, 1), col_long(*rs, 2)};
}

void noter_echec(Db& db, const std::string& login, const std::string& adresse) {
    db.exec("INSERT INTO echec_connexion (login, adresse) VALUES (?, ?)", login.substr(0, 64),
            adresse.substr(0, 45));
}

}  // namespace ope::comptes
