#include "data/comptes.hpp"

#include "data/journal.hpp"
#include "fcgi/crypto.hpp"

namespace ope::comptes {

namespace {

const char* kColonnes =
    "SELECT id, login, mot_de_passe_hash, mot_de_passe_initial, role, stagiaire_id,"
    " civilite, nom, prenom, email, actif, doit_choisir_mot_de_passe, derniere_connexion FROM utilisateur ";

Compte lire(const Row& r) {
    Compte c;
    c.id = r.number("id");
    c.login = r.text("login");
    c.mot_de_passe_hash = r.text("mot_de_passe_hash");
    c.mot_de_passe_initial = lire_initial(r.optional_text("mot_de_passe_initial"));
    c.role = parse_code<Role>(r.text("role")).value_or(Role::stagiaire);
    c.stagiaire_id = r.optional_number("stagiaire_id");
    c.civilite = r.text("civilite");
    c.nom = r.text("nom");
    c.prenom = r.text("prenom");
    c.email = r.text("email");
    c.actif = r.flag("actif");
    c.doit_choisir_mot_de_passe = r.flag("doit_choisir_mot_de_passe");
    c.derniere_connexion = r.text("derniere_connexion");
    return c;
}

std::string oui_non(bool b) { return b ? "oui" : "non"; }

}  // namespace

std::optional<Compte> par_login(Db& db, const std::string& login) {
    auto rs = db.query(std::string(kColonnes) + "WHERE login = ?", login);
    if (!rs->next()) return std::nullopt;
    return lire(Row(*rs));
}

std::optional<std::string> sceller_initial(const std::optional<std::string>& lisible) {
    if (!lisible) return std::nullopt;
    return sceller(*lisible);
}

std::optional<std::string> lire_initial(const std::optional<std::string>& stocke) {
    if (!stocke) return std::nullopt;
    return desceller(*stocke);
}

long sceller_initiaux_lisibles(Db& db) {
    std::vector<std::pair<long, std::string>> lisibles;
    auto rs = db.query("SELECT id, mot_de_passe_initial FROM utilisateur WHERE mot_de_passe_initial IS NOT NULL"
                       " AND mot_de_passe_initial NOT LIKE 's1:%'");
    while (rs->next()) lisibles.emplace_back(Row(*rs).number("id"), Row(*rs).text("mot_de_passe_initial"));
    for (const auto& [id, lisible] : lisibles)
        db.exec("UPDATE utilisateur SET mot_de_passe_initial = ? WHERE id = ? AND mot_de_passe_initial = ?",
                sceller(lisible), id, lisible);
    return static_cast<long>(lisibles.size());
}

std::optional<Compte> par_id(Db& db, long id) {
    auto rs = db.query(std::string(kColonnes) + "WHERE id = ?", id);
    if (!rs->next()) return std::nullopt;
    return lire(Row(*rs));
}

std::optional<long> creer(Db& db, const NouveauCompte& c) {
    try {
        return db.insert(
            "INSERT INTO utilisateur (login, mot_de_passe_hash, mot_de_passe_initial, doit_choisir_mot_de_passe,"
            " role, stagiaire_id, nom, prenom, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            c.login, c.mot_de_passe_hash, sceller_initial(c.mot_de_passe_initial), c.mot_de_passe_initial.has_value(),
            std::string(code(c.role)), c.stagiaire_id, c.nom, c.prenom, c.email);
    } catch (const sql::SQLException& e) {
        if (is_duplicate_key(e)) return std::nullopt;
        throw;
    }
}

std::optional<long> creer_personnel(Db& db, const NouveauCompte& c, std::optional<long> par) {
    Transaction t(db);
    // A new name in the session page's drop-down (data/contenu_session.hpp).
    db.exec("UPDATE verrou SET version = version + 1 WHERE nom = 'responsables'");
    auto id = creer(db, c);
    if (!id) return std::nullopt;
    journal::noter(t, par, ActionJournal::creation_compte, "utilisateur", *id, c.login + " (" + std::string(libelle(c.role)) + ")");
    t.commit();
    return id;
}

std::set<std::string> logins_pris(Db& db, const std::vector<std::string>& logins) {
    constexpr std::size_t kLot = 100;
    static const std::string sql = [] {
        std::string s = "SELECT login FROM utilisateur WHERE login IN (?";
        for (std::size_t i = 1; i < kLot; ++i) s += ", ?";
        return s + ")";
    }();
    std::set<std::string> pris;
    for (std::size_t debut = 0; debut < logins.size(); debut += kLot) {
        std::vector<Value> lot;
        // Padded with "", which is no login.
        for (std::size_t i = debut; i < debut + kLot; ++i) lot.emplace_back(i < logins.size() ? logins[i] : std::string());
        auto rs = db.query_list(sql, lot);
        while (rs->next()) pris.insert(Row(*rs).text("login"));
    }
    return pris;
}

std::vector<Compte> personnel(Db& db, Inactifs inactifs) {
    auto rs = db.query(std::string(kColonnes) +
                           "WHERE role IN ('responsable', 'tuteur', 'formateur') AND actif >= ?"
                           " ORDER BY nom, prenom, login",
                       inactifs == Inactifs::inclus ? 0 : 1);
    std::vector<Compte> out;
    while (rs->next()) out.push_back(lire(Row(*rs)));
    return out;
}

Modification modifier_personnel(Db& db, const ModificationCompte& m, long par) {
    Transaction t(db);
    // Every change of a staff account writes the "responsables" row first: the changes
    // queue on one server and conflict across Galera nodes (sql/008_verrou_responsables.sql),
    // so the count below is the committed one of the moment.
    db.exec("UPDATE verrou SET version = version + 1 WHERE nom = 'responsables'");
    long responsables_actifs_autres = 0;
    auto rs = db.query("SELECT id, actif FROM utilisateur WHERE role = 'responsable'");
    while (rs->next()) {
        Row r(*rs);
        if (r.flag("actif") && r.number("id") != m.id) ++responsables_actifs_autres;
    }
    auto actuel = db.query(std::string(kColonnes) + "WHERE id = ? AND role <> 'stagiaire' FOR UPDATE", m.id);
    if (!actuel->next()) return Modification::inconnu;
    const Compte avant = lire(Row(*actuel));
    const bool reste_responsable_actif = m.role == Role::responsable && m.actif;
    if (avant.role == Role::responsable && avant.actif && !reste_responsable_actif && responsables_actifs_autres == 0)
        return Modification::dernier_responsable;

    std::vector<journal::Changement> changements;
    auto champ = [&](const char* nom, const std::string& a, const std::string& b) {
        if (a != b) changements.push_back({nom, a, b});
    };
    champ("nom", avant.nom, m.nom);
    champ("prénom", avant.prenom, m.prenom);
    champ("e-mail", avant.email, m.email);
    champ("rôle", libelle(avant.role), libelle(m.role));
    champ("actif", oui_non(avant.actif), oui_non(m.actif));
    if (changements.empty()) return Modification::faite;
    db.exec("UPDATE utilisateur SET nom = ?, prenom = ?, email = ?, role = ?, actif = ? WHERE id = ?", m.nom, m.prenom,
            m.email, std::string(code(m.role)), m.actif, m.id);
    std::string detail = avant.login + "\n" + journal::detail(changements);
    // An inactive account cannot log in: its open sessions end now, not at their expiry.
    if (!m.actif && db.exec("DELETE FROM connexion WHERE utilisateur_id = ?", m.id) > 0)
        detail += "\nconnexions en cours fermées";
    journal::noter(t, par, ActionJournal::modification_compte, "utilisateur", m.id, detail);
    t.commit();
    return Modification::faite;
}

std::optional<std::string> nouveau_mot_de_passe_personnel(Db& db, long id, long par) {
    const std::string password = random_password();
    const std::string hash = hash_password(password);  // before the transaction: it takes a while
    Transaction t(db);
    if (db.exec("UPDATE utilisateur SET mot_de_passe_hash = ?, mot_de_passe_initial = NULL,"
                " doit_choisir_mot_de_passe = 1 WHERE id = ? AND role <> 'stagiaire'",
                hash, id) == 0)
        return std::nullopt;
    db.exec("DELETE FROM connexion WHERE utilisateur_id = ?", id);
    journal::noter(t, par, ActionJournal::nouveau_mot_de_passe, "utilisateur", id,
                   "nouveau mot de passe initial ; connexions en cours fermées");
    t.commit();
    return password;
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

std::optional<User> session(Db& db, const std::string& token, const Config& config, const LectureVersions* lecture,
                            long id, VersionsLues& lues) {
    if (token.size() != 64) return std::nullopt;
    std::string hash = token_hash(token);
    // One statement per route kind (prepared once per connection): the route's
    // subquery comes first, its `?` before the login's.
    const std::string sql = "SELECT u.id, u.login, u.role, u.nom, u.prenom, u.stagiaire_id, c.csrf,"
                            " TIMESTAMPDIFF(SECOND, NOW(), c.expire_le) AS reste, " +
                            (lecture ? lecture->sous_requete : std::string("NULL")) +
                            " AS versions"
                            " FROM connexion c JOIN utilisateur u ON u.id = c.utilisateur_id"
                            " WHERE c.jeton_hash = ? AND c.expire_le > NOW()"
                            " AND c.cree_le > NOW() - INTERVAL ? SECOND AND u.actif = 1";
    auto rs = lecture && lecture->cle == LectureVersions::Cle::id_du_chemin
                  ? db.query(sql, id, hash, config.session_max_seconds)
                  : db.query(sql, hash, config.session_max_seconds);
    if (!rs->next()) return std::nullopt;
    Row r(*rs);
    if (lecture) {
        lues.lecture = lecture;
        if (auto texte = r.optional_text("versions")) lues.versions = parse_versions(*texte);
    }
    User u;
    u.id = r.number("id");
    u.login = r.text("login");
    auto role = parse_code<Role>(r.text("role"));
    if (!role) return std::nullopt;
    u.role = *role;
    u.nom = r.text("nom");
    u.prenom = r.text("prenom");
    u.stagiaire_id = r.optional_number("stagiaire_id");
    u.csrf = r.text("csrf");
    u.session_hash = hash;
    // Idle expiry slides, but the row is only rewritten when half the idle time is used.
    if (r.number("reste") < config.session_idle_seconds / 2)
        db.exec("UPDATE connexion SET expire_le = NOW() + INTERVAL ? SECOND WHERE jeton_hash = ?",
                config.session_idle_seconds, hash);
    return u;
}

void fermer_session(Db& db, const std::string& session_hash) {
    db.exec("DELETE FROM connexion WHERE jeton_hash = ?", session_hash);
}

void changer_mot_de_passe(Db& db, const Compte& compte, const std::string& mot_de_passe,
                          const std::string& session_gardee) {
    const std::string hash = hash_password(mot_de_passe);  // before the transaction: it takes a while
    const long utilisateur_id = compte.id;
    Transaction t(db);
    db.exec("UPDATE utilisateur SET mot_de_passe_hash = ?, mot_de_passe_initial = NULL,"
            " doit_choisir_mot_de_passe = 0 WHERE id = ?",
            hash, utilisateur_id);
    // Whoever knew the old password is logged out everywhere else.
    const int fermees = db.exec("DELETE FROM connexion WHERE utilisateur_id = ? AND jeton_hash <> ?", utilisateur_id,
                                session_gardee);
    journal::noter(t, utilisateur_id, ActionJournal::mot_de_passe, "utilisateur", utilisateur_id,
                   "mot de passe choisi par l'utilisateur" +
                       (fermees > 0 ? " ; " + std::to_string(fermees) + " autre(s) connexion(s) fermée(s)" : std::string()),
                   compte.stagiaire_id);
    t.commit();
}

void connexion_reussie(Db& db, const Compte& compte, const std::string& adresse) {
    Transaction t(db);
    db.exec("UPDATE utilisateur SET derniere_connexion = NOW(), mot_de_passe_initial = NULL"
            " WHERE id = ?",
            compte.id);
    journal::noter(t, compte.id, ActionJournal::connexion, "utilisateur", compte.id,
                   compte.login + " depuis " + adresse, compte.stagiaire_id);
    t.commit();
}

Tentatives tentatives(Db& db, const std::string& login, const std::string& adresse) {
    // Milliseconds, from DATETIME(3) columns: the first delays are one or two seconds.
    auto rs = db.query(
        "SELECT"
        " (SELECT COUNT(*) FROM echec_connexion WHERE login = ? AND adresse = ? AND quand > NOW(3) - INTERVAL ? HOUR)"
        "   AS echecs_paire,"
        " (SELECT TIMESTAMPDIFF(MICROSECOND, MAX(quand), NOW(3)) DIV 1000 FROM echec_connexion"
        "   WHERE login = ? AND adresse = ? AND quand > NOW(3) - INTERVAL ? HOUR) AS ms_depuis_echec_paire,"
        " (SELECT COUNT(*) FROM echec_connexion WHERE login = ? AND quand > NOW(3) - INTERVAL ? MINUTE) AS echecs_login,"
        " (SELECT TIMESTAMPDIFF(MICROSECOND, NOW(3), MIN(quand) + INTERVAL ? MINUTE) DIV 1000 FROM echec_connexion"
        "   WHERE login = ? AND quand > NOW(3) - INTERVAL ? MINUTE) AS ms_avant_login,"
        " (SELECT COUNT(*) FROM echec_connexion WHERE adresse = ? AND quand > NOW(3) - INTERVAL ? MINUTE) AS echecs_adresse,"
        " (SELECT TIMESTAMPDIFF(MICROSECOND, NOW(3), MIN(quand) + INTERVAL ? MINUTE) DIV 1000 FROM echec_connexion"
        "   WHERE adresse = ? AND quand > NOW(3) - INTERVAL ? MINUTE) AS ms_avant_adresse,"
        " EXISTS (SELECT 1 FROM adresse_connue c JOIN utilisateur u ON u.id = c.utilisateur_id"
        "   WHERE u.login = ? AND c.adresse = ? AND c.derniere > NOW() - INTERVAL ? DAY) AS adresse_connue",
        login, adresse, limites::kFenetrePaireHeures, login, adresse, limites::kFenetrePaireHeures, login,
        limites::kFenetreMinutes, limites::kFenetreMinutes, login, limites::kFenetreMinutes, adresse,
        limites::kFenetreMinutes, limites::kFenetreMinutes, adresse, limites::kFenetreMinutes, login, adresse,
        limites::kAdresseConnueJours);
    rs->next();
    Row r(*rs);
    return {r.number("echecs_paire"),   r.number("ms_depuis_echec_paire"), r.number("echecs_login"),
            r.number("ms_avant_login"), r.number("echecs_adresse"),        r.number("ms_avant_adresse"),
            r.flag("adresse_connue")};
}

void noter_echec(Db& db, const std::string& login, const std::string& adresse, const Compte* compte,
                 const std::string& raison) {
    // The table would otherwise grow with every guess; bounded work per failure.
    db.exec("DELETE FROM echec_connexion WHERE quand < NOW() - INTERVAL ? HOUR LIMIT 100", limites::kFenetrePaireHeures);
    Transaction t(db);
    db.exec("INSERT INTO echec_connexion (login, adresse, quand) VALUES (?, ?, NOW(3))", login.substr(0, 64),
            adresse.substr(0, 45));
    journal::noter(t, std::nullopt, ActionJournal::echec_connexion, "utilisateur",
                   compte ? std::optional<long>(compte->id) : std::nullopt,
                   (compte ? compte->login + " : " : std::string()) + raison + " depuis " + adresse,
                   compte ? compte->stagiaire_id : std::nullopt);
    t.commit();
}

void retenir_adresse(Db& db, long utilisateur_id, const std::string& login, const std::string& adresse) {
    db.exec("DELETE FROM echec_connexion WHERE login = ? AND adresse = ?", login, adresse);
    db.exec("INSERT INTO adresse_connue (utilisateur_id, adresse, derniere) VALUES (?, ?, NOW())"
            " ON DUPLICATE KEY UPDATE derniere = NOW()",
            utilisateur_id, adresse.substr(0, 45));
}

}  // namespace ope::comptes
