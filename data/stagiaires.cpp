#include "data/stagiaires.hpp"

#include "data/comptes.hpp"
#include "data/journal.hpp"
#include "data/sessions.hpp"
#include "fcgi/crypto.hpp"

#include <algorithm>
#include <sstream>
#include <tuple>

namespace ope::stagiaires {

const char* const kColonnesS =
    "s.id, s.civilite, s.nom, s.prenom, s.date_naissance, s.adresse, s.code_postal, s.ville, s.tel_fixe,"
    " s.tel_portable, s.email, s.parution_adresse, s.parution_telephone, s.parution_email, s.modifie_le, s.version,"
    " s.anonymise_le, s.parution_confirmee_le";

namespace {
const std::string kColonnes = std::string("SELECT ") + kColonnesS + " FROM stagiaire s ";
}  // namespace

Stagiaire lire(const Row& r) {
    Stagiaire s;
    s.id = r.number("id");
    s.civilite = r.text("civilite");
    s.nom = r.text("nom");
    s.prenom = r.text("prenom");
    if (auto d = r.optional_text("date_naissance")) s.date_naissance = parse_date(*d);
    s.adresse = r.text("adresse");
    s.code_postal = r.text("code_postal");
    s.ville = r.text("ville");
    s.tel_fixe = r.text("tel_fixe");
    s.tel_portable = r.text("tel_portable");
    s.email = r.text("email");
    s.parution_adresse = r.flag("parution_adresse");
    s.parution_telephone = r.flag("parution_telephone");
    s.parution_email = r.flag("parution_email");
    s.modifie_le = r.text("modifie_le");
    s.version = r.number("version");
    s.anonymise_le = r.text("anonymise_le");
    s.parution_confirmee_le = r.text("parution_confirmee_le");
    return s;
}

namespace {

// Words split on white space, hyphens and apostrophes.
std::vector<std::string> decouper(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        if (!word.empty()) out.push_back(word.substr(0, 100));
        word.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == ' ' || c == '-' || c == '\'' || c == '\t') flush();
        else if (text.compare(i, 3, "\xE2\x80\x99") == 0) { flush(); i += 2; }  // typographic apostrophe
        else word += c;
    }
    flush();
    return out;
}

std::string oui_non(bool b) { return b ? "oui" : "non"; }

// The personal data that differ between two versions of a record, for the journal.
std::vector<journal::Changement> differences(const Stagiaire& a, const Stagiaire& b) {
    std::vector<journal::Changement> out;
    auto champ = [&](const char* nom, const std::string& avant, const std::string& apres) {
        if (avant != apres) out.push_back({nom, avant, apres});
    };
    champ("civilité", a.civilite, b.civilite);
    champ("nom", a.nom, b.nom);
    champ("prénom", a.prenom, b.prenom);
    champ("date de naissance", a.date_naissance ? a.date_naissance->fr() : "", b.date_naissance ? b.date_naissance->fr() : "");
    champ("adresse", a.adresse, b.adresse);
    champ("code postal", a.code_postal, b.code_postal);
    champ("ville", a.ville, b.ville);
    champ("téléphone fixe", a.tel_fixe, b.tel_fixe);
    champ("téléphone portable", a.tel_portable, b.tel_portable);
    champ("e-mail", a.email, b.email);
    champ("parution de l'adresse", oui_non(a.parution_adresse), oui_non(b.parution_adresse));
    champ("parution des téléphones", oui_non(a.parution_telephone), oui_non(b.parution_telephone));
    champ("parution de l'e-mail", oui_non(a.parution_email), oui_non(b.parution_email));
    return out;
}

// A new record has no words yet: deleting them anyway would take a gap lock at the
// end of the index, and two creations at once would deadlock on it.
enum class Index { nouveau, existant };

// The words as stagiaire.mots holds them: " mot1 mot2 … ", cut at a word to fit the
// column (sql/014_mots_stagiaire.sql).
std::string mots_de_la_fiche(const std::vector<std::string>& liste) {
    constexpr std::size_t kMax = 560;  // characters
    auto caracteres = [](const std::string& t) {
        return static_cast<std::size_t>(
            std::count_if(t.begin(), t.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    };
    std::string out = " ";
    std::size_t n = 1;
    for (const auto& mot : liste) {
        n += caracteres(mot) + 1;
        if (n > kMax) break;
        out += mot + " ";
    }
    return out;
}

void indexer(Db& db, long id, const Stagiaire& s, Index etat) {
    if (etat == Index::existant) db.exec("DELETE FROM stagiaire_mot WHERE stagiaire_id = ?", id);
    const auto liste = mots(s);
    for (const auto& mot : liste)
        db.exec("INSERT IGNORE INTO stagiaire_mot (mot, stagiaire_id) VALUES (?, ?)", mot, id);
    // modifie_le (ON UPDATE CURRENT_TIMESTAMP) says when the data changed: kept.
    db.exec("UPDATE stagiaire SET mots = ?, modifie_le = modifie_le WHERE id = ?", mots_de_la_fiche(liste), id);
    // Called at every creation and change of a record: what searches find and show.
    nouvelle_recherche(db);
}

std::optional<std::string> date_sql(const std::optional<Date>& d) {
    if (!d) return std::nullopt;
    return d->iso();
}

// LIKE treats % and _ as wildcards: typed ones are searched literally.
std::string like_prefix(const std::string& word) {
    std::string out;
    for (char c : word) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

// "+33 6 12", "06.12.34" -> "0612" style digits; nullopt when q is not a phone search.
std::optional<std::string> phone_digits(const std::string& q) {
    std::string d;
    for (std::size_t i = 0; i < q.size(); ++i) {
        char c = q[i];
        if (c >= '0' && c <= '9') d += c;
        else if (c == '+' && d.empty()) d += '+';
        else if (c != ' ' && c != '.' && c != '-' && c != '/') return std::nullopt;
    }
    if (d.rfind("+33", 0) == 0) d = "0" + d.substr(3);
    else if (d.rfind("0033", 0) == 0) d = "0" + d.substr(4);
    if (d.size() < 2 || d.find('+') != std::string::npos) return std::nullopt;
    return d;
}

}  // namespace

Page rechercher(Db& db, const std::string& q, long page, int par_page, std::optional<long> non_inscrits_a) {
    // The words typed: at most 5 (enough for names, and the statement stays small; its
    // text depends only on their number, so each shape is prepared once). A typed
    // e-mail (with '@' or '.') is one word: e-mails are indexed whole.
    const auto digits = phone_digits(q);
    std::vector<std::string> words;
    if (!digits) {
        std::istringstream typed(q);
        for (std::string token; typed >> token;) {
            if (token.find_first_of("@.") != std::string::npos) words.push_back(token);
            else for (auto& w : decouper(token)) words.push_back(std::move(w));
        }
        if (words.size() > 5) words.resize(5);
    }
    // A record matches a word when one of its words starts with it. Checked for one
    // record (`id` names it) through its own few words: a correlated scalar subquery,
    // which MariaDB runs row by row, where EXISTS or IN would first collect every
    // match of the word.
    auto a_le_mot = [](const std::string& id) {
        return " AND (SELECT COUNT(*) FROM stagiaire_mot m WHERE m.stagiaire_id = " + id + " AND m.mot LIKE ?) > 0";
    };
    const std::string non_inscrit = " AND s.id NOT IN (SELECT stagiaire_id FROM inscription WHERE session_id = ?)";

    // How many match, up to kCompteMax + 1: by words, from the words index, reading the
    // entries of the first word until that many records are found.
    Page result;
    {
        std::string sql;
        std::vector<Value> args;
        if (words.empty()) {  // a phone number, or nothing typed: every record
            sql = "SELECT 1 FROM stagiaire s WHERE 1 = 1";
            if (digits) {
                sql += " AND (s.tel_portable_chiffres LIKE ? OR s.tel_fixe_chiffres LIKE ?)";
                args = {*digits + "%", *digits + "%"};
            }
            if (non_inscrits_a) sql += non_inscrit;
        } else {
            sql = "SELECT DISTINCT w.stagiaire_id FROM stagiaire_mot w WHERE w.mot LIKE ?";
            args.push_back(like_prefix(words.front()));
            for (std::size_t n = 1; n < words.size(); ++n) {
                sql += a_le_mot("w.stagiaire_id");
                args.push_back(like_prefix(words[n]));
            }
            if (non_inscrits_a) sql += " AND w.stagiaire_id NOT IN (SELECT stagiaire_id FROM inscription WHERE session_id = ?)";
        }
        if (non_inscrits_a) args.push_back(*non_inscrits_a);
        args.push_back(kCompteMax + 1);
        auto count = db.query_list("SELECT COUNT(*) AS n FROM (" + sql + " LIMIT ?) t", args);
        if (count->next()) result.total = Row(*count).number("n");
    }
    if (result.total == 0) return result;

    // The page. A few matches (at most kCompteMax): found through the words (or phone)
    // index and sorted, as many rows sorted as matched. More ("martin" among 100 000
    // trainees): the index of (name, first name, id, words) read in order until the
    // page is full, each entry checked by the words it holds (" mot1 mot2 … ", a word
    // starts after a space), instead of sorting every match: page p of n rows reads
    // about p × n × (records / matches) index entries and no other row but the page's
    // (the first page of "martin" among 100 000: 1 146 entries).
    const bool peu = result.total <= kCompteMax;
    std::string sql = std::string("SELECT ") + kColonnesS + " FROM stagiaire s" +
                      (peu ? "" : " FORCE INDEX (idx_stagiaire_nom_mots)") + " WHERE 1 = 1";
    std::vector<Value> args;
    if (digits) {
        sql += " AND (s.tel_portable_chiffres LIKE ? OR s.tel_fixe_chiffres LIKE ?)";
        args = {*digits + "%", *digits + "%"};
    }
    for (const auto& w : words) {
        sql += peu ? " AND s.id IN (SELECT stagiaire_id FROM stagiaire_mot WHERE mot LIKE ?)" : " AND s.mots LIKE ?";
        args.push_back(peu ? like_prefix(w) : "% " + like_prefix(w));
    }
    if (non_inscrits_a) {
        sql += non_inscrit;
        args.push_back(*non_inscrits_a);
    }
    args.push_back(static_cast<long>(par_page));
    args.push_back((page - 1) * par_page);
    auto rs = db.query_list(sql + " ORDER BY s.nom, s.prenom, s.id LIMIT ? OFFSET ?", args);
    while (rs->next()) result.lignes.push_back(lire(Row(*rs)));
    return result;
}

// Rows read by their keys, joined as constants (contenu_session::etat).
const LectureVersions kVersionsFiche{
    "(SELECT CONCAT_WS(' ', s.version_fiche, p.version, l.version) FROM stagiaire s"
    " JOIN verrou p ON p.nom = 'responsables' JOIN verrou l ON l.nom = 'sessions' WHERE s.id = ?)"};

const LectureVersions kVersionsRecherche{"(SELECT CONCAT_WS(' ', version) FROM verrou WHERE nom = 'stagiaires')",
                                         LectureVersions::Cle::aucune};

void nouvelle_recherche(Db& db) { db.exec("UPDATE verrou SET version = version + 1 WHERE nom = 'stagiaires'"); }

const LectureVersions kVersionsEspace{
    "(SELECT CONCAT_WS(' ', s.version_fiche, CAST(COALESCE(SUM(f.version), 0) AS SIGNED), p.version)"
    " FROM stagiaire s JOIN verrou p ON p.nom = 'responsables'"
    " LEFT JOIN inscription i ON i.stagiaire_id = s.id LEFT JOIN session_formation f ON f.id = i.session_id"
    " WHERE s.id = u.stagiaire_id GROUP BY s.id, p.version)",
    LectureVersions::Cle::stagiaire_du_compte};

std::optional<Stagiaire> trouver(Db& db, long id) {
    auto rs = db.query(kColonnes + "WHERE id = ?", id);
    if (!rs->next()) return std::nullopt;
    return lire(Row(*rs));
}

std::vector<Stagiaire> doublons_probables(Db& db, const Stagiaire& s, long sauf) {
    auto rs = db.query(kColonnes +
                           "WHERE id <> ? AND ((nom = ? AND prenom = ? AND date_naissance <=> ?)"
                           " OR (? <> '' AND email = ?)) ORDER BY id LIMIT 10",
                       sauf, s.nom, s.prenom, date_sql(s.date_naissance), s.email, s.email);
    std::vector<Stagiaire> out;
    while (rs->next()) out.push_back(lire(Row(*rs)));
    return out;
}

std::vector<std::optional<Correspondance>> doublons_du_lot(Db& db, const std::vector<Stagiaire>& lot) {
    // Each statement joins the records on file to a derived table of kLot records of
    // the batch (the last batch padded with rows numbered -1), through the indexes on
    // e-mail and on name: the same comparisons, collation included, as doublons_probables.
    constexpr std::size_t kLot = 100;
    auto derivee = [](const std::string& premiere, const std::string& suivantes) {
        std::string sql = "(SELECT " + premiere;
        for (std::size_t i = 1; i < kLot; ++i) sql += " UNION ALL SELECT " + suivantes;
        return sql + ") t";
    };
    static const std::string par_email = "SELECT t.n, s.id FROM " + derivee("? AS n, ? AS email", "?, ?") +
                                         " JOIN stagiaire s ON s.email = t.email WHERE t.email <> '' ORDER BY s.id";
    static const std::string par_identite =
        "SELECT t.n, s.id FROM " +
        derivee("? AS n, ? AS nom, ? AS prenom, CAST(? AS DATE) AS naissance", "?, ?, ?, CAST(? AS DATE)") +
        " JOIN stagiaire s ON s.nom = t.nom AND s.prenom = t.prenom AND s.date_naissance <=> t.naissance ORDER BY s.id";

    std::vector<std::optional<Correspondance>> out(lot.size());
    for (std::size_t debut = 0; debut < lot.size(); debut += kLot) {
        std::vector<Value> emails, identites;
        for (std::size_t i = debut; i < debut + kLot; ++i) {
            const bool reel = i < lot.size();
            const long n = reel ? static_cast<long>(i) : -1L;
            emails.insert(emails.end(), {n, reel ? lot[i].email : std::string()});
            identites.insert(identites.end(), {n, reel ? lot[i].nom : std::string(), reel ? lot[i].prenom : std::string()});
            identites.push_back(reel && lot[i].date_naissance ? Value(lot[i].date_naissance->iso()) : Value(Null{}));
        }
        for (auto [sql, args, meme_email] : {std::tuple{&par_email, &emails, true}, std::tuple{&par_identite, &identites, false}}) {
            auto rs = db.query_list(*sql, *args);
            while (rs->next()) {
                Row r(*rs);
                const long n = r.number("n");
                if (n >= 0 && !out[static_cast<std::size_t>(n)]) out[static_cast<std::size_t>(n)] = Correspondance{r.number("id"), meme_email};
            }
        }
    }
    return out;
}

Creation creer(Db& db, const Stagiaire& s, long par) {
    Transaction t(db);
    Creation c = creer(t, s, par, {});
    t.commit();
    return c;
}

Creation creer(Transaction& t, const Stagiaire& s, std::optional<long> par, const OptionsCreation& options) {
    Db& db = t.db();
    Creation c;
    c.id = db.insert(
        "INSERT INTO stagiaire (civilite, nom, prenom, date_naissance, adresse, code_postal, ville,"
        " tel_fixe, tel_portable, email, parution_adresse, parution_telephone, parution_email)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s.civilite, s.nom, s.prenom, date_sql(s.date_naissance), s.adresse, s.code_postal, s.ville, s.tel_fixe,
        s.tel_portable, s.email, s.parution_adresse, s.parution_telephone, s.parution_email);

    comptes::NouveauCompte compte;
    compte.role = Role::stagiaire;
    compte.stagiaire_id = c.id;
    compte.nom = s.nom;
    compte.prenom = s.prenom;
    compte.email = s.email;
    if (options.mot_de_passe_initial) {
        c.mot_de_passe_initial = random_password();
        compte.mot_de_passe_hash = hash_password(c.mot_de_passe_initial);  // once, whatever the logins tried below
        compte.mot_de_passe_initial = c.mot_de_passe_initial;
    } else {
        compte.mot_de_passe_hash = comptes::kSansMotDePasse;
    }
    // The login asked for, then prenom.nom, prenom.nom2, prenom.nom3... (a refused
    // insert leaves the transaction usable)
    compte.login = options.login;
    const std::string base = login_base(s.prenom, s.nom);
    for (int n = 1; compte.login.empty() || !comptes::creer(db, compte); ++n) {
        compte.login = n == 1 ? base : base + std::to_string(n);
        if (n > 10000) throw std::runtime_error("no free login for " + base);
    }
    c.login = compte.login;
    indexer(db, c.id, s, Index::nouveau);
    journal::noter(t, par, ActionJournal::creation, "stagiaire", c.id, options.origine + ", identifiant " + c.login);
    return c;
}

Enregistrement modifier(Db& db, const Stagiaire& s, long par, ActionJournal action,
                        std::optional<long> version_lue) {
    Transaction t(db);
    // Before the record's lock: enrolments take the session's, then the record's.
    sessions::nouvelle_version_pour_stagiaire(t, s.id);
    auto rs = db.query(kColonnes + "WHERE id = ? FOR UPDATE", s.id);
    if (!rs->next()) return {false, {}};
    const Stagiaire actuelle = lire(Row(*rs));
    if (!actuelle.anonymise_le.empty()) return {true, {}, true};
    auto changements = differences(actuelle, s);
    // Nothing to change (the other person typed the same, or nobody changed anything): saved.
    if (changements.empty()) return {};
    if (version_lue && *version_lue != actuelle.version) return {true, actuelle};
    db.exec("UPDATE stagiaire SET civilite = ?, nom = ?, prenom = ?, date_naissance = ?, adresse = ?,"
            " code_postal = ?, ville = ?, tel_fixe = ?, tel_portable = ?, email = ?, parution_adresse = ?,"
            " parution_telephone = ?, parution_email = ?, version = version + 1 WHERE id = ?",
            s.civilite, s.nom, s.prenom, date_sql(s.date_naissance), s.adresse, s.code_postal, s.ville, s.tel_fixe,
            s.tel_portable, s.email, s.parution_adresse, s.parution_telephone, s.parution_email, s.id);
    // The account shows the same name and e-mail as the record.
    db.exec("UPDATE utilisateur SET civilite = ?, nom = ?, prenom = ?, email = ? WHERE stagiaire_id = ?",
            s.civilite, s.nom, s.prenom, s.email, s.id);
    indexer(db, s.id, s, Index::existant);
    journal::noter(t, par, action, "stagiaire", s.id, journal::detail(changements));
    t.commit();
    return {};
}

std::vector<std::string> mots(const Stagiaire& s) {
    std::vector<std::string> out;
    for (const auto* field : {&s.nom, &s.prenom, &s.ville})
        for (auto& w : decouper(*field)) out.push_back(std::move(w));
    if (!s.email.empty()) out.push_back(s.email.substr(0, 100));
    return out;
}

long indexer_manquants(Db& db) {
    // Records whose words are in stagiaire_mot but not on the record (those of before
    // sql/014, a data set loaded by SQL): copied in one statement.
    db.exec("UPDATE stagiaire s SET s.mots = (SELECT CONCAT(' ', GROUP_CONCAT(m.mot ORDER BY m.mot SEPARATOR ' '), ' ')"
            " FROM stagiaire_mot m WHERE m.stagiaire_id = s.id), s.modifie_le = s.modifie_le"
            " WHERE s.mots IS NULL AND EXISTS (SELECT 1 FROM stagiaire_mot m WHERE m.stagiaire_id = s.id)");
    nouvelle_recherche(db);  // (an app server running meanwhile finds these records now)
    std::vector<Stagiaire> a_indexer;
    auto rs = db.query(kColonnes +
                       "WHERE NOT EXISTS (SELECT 1 FROM stagiaire_mot m WHERE m.stagiaire_id = s.id)");
    while (rs->next()) a_indexer.push_back(lire(Row(*rs)));
    for (const auto& s : a_indexer) {
        Transaction t(db);
        indexer(db, s.id, s, Index::existant);
        t.commit();
    }
    return static_cast<long>(a_indexer.size());
}

std::vector<Etude> etudes(Db& db, long stagiaire_id) {
    auto rs = db.query("SELECT id, annee, diplome, specialite, etablissement FROM etude"
                       " WHERE stagiaire_id = ? ORDER BY annee DESC, id",
                       stagiaire_id);
    std::vector<Etude> out;
    while (rs->next()) {
        Row r(*rs);
        Etude e;
        e.id = r.number("id");
        if (auto annee = r.optional_number("annee")) e.annee = static_cast<int>(*annee);
        e.diplome = r.text("diplome");
        e.specialite = r.text("specialite");
        e.etablissement = r.text("etablissement");
        out.push_back(std::move(e));
    }
    return out;
}

long ajouter_etude(Db& db, long stagiaire_id, const Etude& e, long par) {
    Transaction t(db);
    long id = db.insert(
        "INSERT INTO etude (stagiaire_id, annee, diplome, specialite, etablissement) VALUES (?, ?, ?, ?, ?)",
        stagiaire_id, e.annee, e.diplome, e.specialite, e.etablissement);
    journal::noter(t, par, ActionJournal::ajout_etude, "stagiaire", stagiaire_id,
                   (e.annee ? std::to_string(*e.annee) + " " : "") + e.diplome + " " + e.specialite + " " +
                       e.etablissement);
    t.commit();
    return id;
}

bool supprimer_etude(Db& db, long stagiaire_id, long etude_id, long par) {
    Transaction t(db);
    if (db.exec("DELETE FROM etude WHERE id = ? AND stagiaire_id = ?", etude_id, stagiaire_id) == 0) return false;
    journal::noter(t, par, ActionJournal::suppression_etude, "stagiaire", stagiaire_id, "étude " + std::to_string(etude_id));
    t.commit();
    return true;
}

std::optional<std::string> nouveau_mot_de_passe_initial(Db& db, long stagiaire_id, long par) {
    std::string password = random_password();
    Transaction t(db);
    if (db.exec("UPDATE utilisateur SET mot_de_passe_hash = ?, mot_de_passe_initial = ?,"
                " doit_choisir_mot_de_passe = 1 WHERE stagiaire_id = ?",
                hash_password(password), sceller(password), stagiaire_id) == 0)
        return std::nullopt;
    journal::noter(t, par, ActionJournal::nouveau_mot_de_passe, "stagiaire", stagiaire_id, "nouveau mot de passe initial");
    db.exec("DELETE c FROM connexion c JOIN utilisateur u ON u.id = c.utilisateur_id WHERE u.stagiaire_id = ?",
            stagiaire_id);
    t.commit();
    return password;
}

std::optional<Identifiants> identifiants(Db& db, long stagiaire_id) {
    auto rs = db.query("SELECT login, mot_de_passe_initial, mot_de_passe_hash = ? AS sans_mot_de_passe"
                       " FROM utilisateur WHERE stagiaire_id = ?",
                       comptes::kSansMotDePasse, stagiaire_id);
    if (!rs->next()) return std::nullopt;
    Row r(*rs);
    return Identifiants{r.text("login"), comptes::lire_initial(r.optional_text("mot_de_passe_initial")),
                        r.flag("sans_mot_de_passe")};
}

void noter_consultation_accueil(Db& db, long stagiaire_id, long par, bool mot_de_passe_montre) {
    Transaction t(db);
    journal::noter(t, par, ActionJournal::consultation_fiche_accueil, "stagiaire", stagiaire_id,
                   mot_de_passe_montre ? "fiche d'accueil affichée avec le mot de passe initial"
                                       : "fiche d'accueil affichée");
    t.commit();
}

void confirmer_parution(Db& db, long stagiaire_id, long par) {
    Transaction t(db);
    auto rs = db.query("SELECT parution_adresse, parution_telephone, parution_email FROM stagiaire WHERE id = ? FOR UPDATE",
                       stagiaire_id);
    if (!rs->next()) return;
    Row r(*rs);
    auto oui_non = [&](const char* c) { return r.flag(c) ? std::string("oui") : std::string("non"); };
    const std::string choix = "adresse : " + oui_non("parution_adresse") + ", téléphones : " +
                              oui_non("parution_telephone") + ", e-mail : " + oui_non("parution_email");
    db.exec("UPDATE stagiaire SET parution_confirmee_le = NOW() WHERE id = ?", stagiaire_id);
    journal::noter(t, par, ActionJournal::parution_confirmee, "stagiaire", stagiaire_id,
                   "choix de parution dans l'annuaire confirmés par le stagiaire (" + choix + ")");
    t.commit();
}

}  // namespace ope::stagiaires
