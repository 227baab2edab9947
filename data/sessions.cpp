#include "data/sessions.hpp"

#include "data/journal.hpp"
#include "domain/personnes.hpp"

#include <map>

namespace ope::sessions {

namespace {

Mois mois_de(const Row& r) {
    // DATE columns read as "YYYY-MM-DD".
    return parse_mois(r.text("mois")).value_or(Mois{});
}

const char* kResume =
    "SELECT s.id, s.mois, s.intitule,"
    " (SELECT COUNT(*) FROM atelier a WHERE a.session_id = s.id) AS ateliers,"
    " (SELECT COUNT(*) FROM inscription i WHERE i.session_id = s.id) AS stagiaires"
    " FROM session_formation s";

// Tutors and trainers of the listed sessions, in one statement per 50 sessions whatever
// the number of people (the statement's text is the same for every batch).
void ajouter_intervenants(Db& db, std::vector<Resume>& resumes) {
    constexpr std::size_t kLot = 50;
    static const std::string sql = [] {
        std::string s = "SELECT si.session_id, si.role, u.id, u.prenom, u.nom FROM session_intervenant si"
                        " JOIN utilisateur u ON u.id = si.utilisateur_id WHERE si.session_id IN (?";
        for (std::size_t i = 1; i < kLot; ++i) s += ", ?";
        return s + ") ORDER BY u.nom, u.prenom, u.id";
    }();
    std::map<long, Resume*> par_id;
    for (auto& r : resumes) par_id[r.session.id] = &r;
    for (std::size_t debut = 0; debut < resumes.size(); debut += kLot) {
        std::vector<Value> ids;
        for (std::size_t i = debut; i < debut + kLot; ++i) ids.emplace_back(i < resumes.size() ? resumes[i].session.id : 0L);
        auto rs = db.query_list(sql, ids);
        while (rs->next()) {
            Row r(*rs);
            auto role = parse_code<Role>(r.text("role")).value_or(Role::tuteur);
            auto& liste = role == Role::formateur ? par_id[r.number("session_id")]->formateurs
                                                  : par_id[r.number("session_id")]->tuteurs;
            liste.push_back({r.number("id"), r.text("prenom"), r.text("nom"), role, true, ""});
        }
    }
}

std::vector<Resume> lire_resumes(Db& db, sql::ResultSet& rs) {
    std::vector<Resume> out;
    while (rs.next()) {
        Row r(rs);
        Resume resume;
        resume.session = {r.number("id"), mois_de(r), r.text("intitule")};
        resume.ateliers = r.number("ateliers");
        resume.stagiaires = r.number("stagiaires");
        out.push_back(std::move(resume));
    }
    ajouter_intervenants(db, out);
    return out;
}

}  // namespace

std::vector<Resume> lister(Db& db, std::optional<int> annee, std::optional<long> formateur_id, int limite) {
    // One statement per combination of filters (not "? IS NULL OR ..."), so that
    // MariaDB reads the month index backwards instead of sorting every session. Left
    // to itself, MariaDB 10.11 scans and sorts the 3 000 sessions for "the newest 50"
    // (it finds the index worth less than a scan of so small a table): hence FORCE
    // INDEX, except for a trainer's list, driven by their few sessions instead.
    std::string sql = std::string(kResume) + (formateur_id ? "" : " FORCE INDEX (idx_session_mois)") + " WHERE 1 = 1";
    std::vector<Value> args;
    if (annee) {
        sql += " AND s.mois >= ? AND s.mois < ?";
        args.push_back(std::to_string(*annee) + "-01-01");
        args.push_back(std::to_string(*annee + 1) + "-01-01");
    }
    if (formateur_id) {
        sql += " AND EXISTS (SELECT 1 FROM session_intervenant f WHERE f.session_id = s.id"
               " AND f.utilisateur_id = ? AND f.role = 'formateur')";
        args.push_back(*formateur_id);
    }
    sql += " ORDER BY s.mois DESC, s.id DESC LIMIT ?";
    args.push_back(static_cast<long>(annee ? 100000 : limite));
    auto rs = db.query_list(sql, args);
    return lire_resumes(db, *rs);
}

std::vector<Session> dernieres(Db& db, std::optional<long> formateur_id, int limite) {
    // As lister: the month index read backwards, or the trainer's few sessions.
    auto rs = formateur_id
                  ? db.query("SELECT s.id, s.mois, s.intitule, s.version FROM session_formation s"
                             " WHERE EXISTS (SELECT 1 FROM session_intervenant f WHERE f.session_id = s.id"
                             " AND f.utilisateur_id = ? AND f.role = 'formateur')"
                             " ORDER BY s.mois DESC, s.id DESC LIMIT ?",
                             *formateur_id, limite)
                  : db.query("SELECT s.id, s.mois, s.intitule, s.version FROM session_formation s"
                             " FORCE INDEX (idx_session_mois) ORDER BY s.mois DESC, s.id DESC LIMIT ?",
                             limite);
    std::vector<Session> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.number("id"), mois_de(r), r.text("intitule"), r.number("version")});
    }
    return out;
}

std::vector<Resume> du_stagiaire(Db& db, long stagiaire_id) {
    auto rs = db.query(std::string(kResume) +
                           " WHERE EXISTS (SELECT 1 FROM inscription i WHERE i.session_id = s.id AND i.stagiaire_id = ?)"
                           " ORDER BY s.mois DESC, s.id DESC",
                       stagiaire_id);
    return lire_resumes(db, *rs);
}

std::vector<int> annees(Db& db, std::optional<long> formateur_id) {
    // s.annee: YEAR(mois), indexed (sql/011_annee_session.sql), read one entry per year.
    std::string sql = "SELECT DISTINCT s.annee FROM session_formation s";
    std::vector<Value> args;
    if (formateur_id) {
        sql += " JOIN session_intervenant f ON f.session_id = s.id AND f.utilisateur_id = ? AND f.role = 'formateur'";
        args.push_back(*formateur_id);
    }
    auto rs = db.query_list(sql + " ORDER BY 1 DESC", args);
    std::vector<int> out;
    while (rs->next()) out.push_back(static_cast<int>(Row(*rs).number("annee")));
    return out;
}

std::optional<Session> trouver(Db& db, long id) {
    auto rs = db.query("SELECT id, mois, intitule, version FROM session_formation WHERE id = ?", id);
    if (!rs->next()) return std::nullopt;
    Row r(*rs);
    return Session{r.number("id"), mois_de(r), r.text("intitule"), r.number("version")};
}

bool verrouiller(Transaction& t, long session_id) {
    return t.db().exec("UPDATE session_formation SET version = version + 1 WHERE id = ?", session_id) > 0;
}

void nouvelle_version_pour_stagiaire(Transaction& t, long stagiaire_id) {
    t.db().exec("UPDATE session_formation SET version = version + 1"
                " WHERE id IN (SELECT session_id FROM inscription WHERE stagiaire_id = ?)",
                stagiaire_id);
    // Their name among the recipients of a sending, enrolled still or not.
    t.db().exec("UPDATE session_formation SET version_envois = version_envois + 1"
                " WHERE id IN (SELECT e.session_id FROM envoi_destinataire d JOIN envoi e ON e.id = d.envoi_id"
                " WHERE d.stagiaire_id = ?)",
                stagiaire_id);
}

std::vector<Session> du_mois(Db& db, const Mois& mois) {
    auto rs = db.query("SELECT id, mois, intitule FROM session_formation WHERE mois = ? ORDER BY id", mois.iso());
    std::vector<Session> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.number("id"), mois_de(r), r.text("intitule")});
    }
    return out;
}

namespace {

// The list of sessions changed (the trainee record's "ajouter une session" and
// enrolments show it, sql/013_version_fiche.sql).
void nouvelle_liste(Transaction& t) { t.db().exec("UPDATE verrou SET version = version + 1 WHERE nom = 'sessions'"); }

}  // namespace

long creer(Db& db, const Mois& mois, const std::string& intitule, long par) {
    Transaction t(db);
    nouvelle_liste(t);
    long id = db.insert("INSERT INTO session_formation (mois, intitule, cree_par) VALUES (?, ?, ?)", mois.iso(),
                        intitule, par);
    journal::noter(t, par, ActionJournal::creation, "session", id, mois.fr() + (intitule.empty() ? "" : " — " + intitule));
    t.commit();
    return id;
}

bool modifier(Db& db, const Session& s, long par) {
    Transaction t(db);
    if (!verrouiller(t, s.id)) return false;
    auto rs = db.query("SELECT id, mois, intitule FROM session_formation WHERE id = ?", s.id);
    if (!rs->next()) return false;
    Row r(*rs);
    const Session avant{r.number("id"), mois_de(r), r.text("intitule")};
    std::vector<journal::Changement> changements;
    if (avant.mois != s.mois) changements.push_back({"mois", avant.mois.fr(), s.mois.fr()});
    if (avant.intitule != s.intitule) changements.push_back({"intitulé", avant.intitule, s.intitule});
    if (changements.empty()) return true;
    db.exec("UPDATE session_formation SET mois = ?, intitule = ? WHERE id = ?", s.mois.iso(), s.intitule, s.id);
    nouvelle_liste(t);
    journal::noter(t, par, ActionJournal::modification, "session", s.id, journal::detail(changements));
    t.commit();
    return true;
}

Suppression supprimer(Db& db, long id, long par) {
    using Etat = Suppression::Etat;
    Transaction t(db);
    // Enrolments write the session row too: nobody is enrolled while it is deleted.
    if (!verrouiller(t, id)) return {Etat::inconnue, 0};
    auto rs = db.query("SELECT id, mois, intitule FROM session_formation WHERE id = ?", id);
    if (!rs->next()) return {Etat::inconnue, 0};
    Row r(*rs);
    const Session s{r.number("id"), mois_de(r), r.text("intitule")};
    auto compte = [&](const char* sql) {
        auto c = db.query(sql, id);
        c->next();
        return Row(*c).number("n");
    };
    if (long n = compte("SELECT COUNT(*) AS n FROM inscription WHERE session_id = ?")) return {Etat::inscrits, n};
    if (long n = compte("SELECT COUNT(*) AS n FROM envoi WHERE session_id = ?")) return {Etat::envois, n};

    // What the session had, for the journal.
    std::string detail = s.mois.fr() + (s.intitule.empty() ? "" : " — " + s.intitule);
    auto ateliers = db.query("SELECT date_atelier, intitule, cycle FROM atelier WHERE session_id = ? ORDER BY date_atelier, id", id);
    while (ateliers->next()) {
        Row a(*ateliers);
        detail += "\natelier du " + parse_date(a.text("date_atelier")).value_or(Date{}).fr() + " : " + a.text("intitule") + ", " +
                  libelle(parse_code<Cycle>(a.text("cycle")).value_or(Cycle::formation));
    }
    for (const auto& i : intervenants(db, id))
        detail += "\n" + std::string(libelle(i.role)) + " : " + prenom_nom(i.prenom, i.nom);
    // Workshops and tutors/trainers go with it (ON DELETE CASCADE).
    db.exec("DELETE FROM session_formation WHERE id = ?", id);
    nouvelle_liste(t);
    journal::noter(t, par, ActionJournal::suppression, "session", id, detail);
    t.commit();
    return {Etat::supprimee, 0};
}

std::vector<Intervenant> intervenants(Db& db, long session_id) {
    auto rs = db.query(
        "SELECT u.id, u.prenom, u.nom, si.role, u.actif, u.email FROM session_intervenant si"
        " JOIN utilisateur u ON u.id = si.utilisateur_id WHERE si.session_id = ?"
        " ORDER BY si.role DESC, u.nom, u.prenom",
        session_id);
    std::vector<Intervenant> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.number("id"), r.text("prenom"), r.text("nom"), parse_code<Role>(r.text("role")).value_or(Role::tuteur),
                       r.flag("actif"), r.text("email")});
    }
    return out;
}

bool est_intervenant(Db& db, long session_id, long utilisateur_id, Role role) {
    auto rs = db.query("SELECT 1 FROM session_intervenant WHERE session_id = ? AND utilisateur_id = ? AND role = ?",
                       session_id, utilisateur_id, std::string(code(role)));
    return rs->next();
}

bool ajouter_intervenant(Db& db, long session_id, const Intervenant& i, long par) {
    Transaction t(db);
    verrouiller(t, session_id);
    if (db.exec("INSERT IGNORE INTO session_intervenant (session_id, utilisateur_id, role) VALUES (?, ?, ?)",
                session_id, i.utilisateur_id, std::string(code(i.role))) == 0)
        return false;
    journal::noter(t, par, i.role == Role::formateur ? ActionJournal::ajout_formateur : ActionJournal::ajout_tuteur, "session", session_id,
                   prenom_nom(i.prenom, i.nom) + " (compte " + std::to_string(i.utilisateur_id) + ")");
    t.commit();
    return true;
}

bool retirer_intervenant(Db& db, long session_id, long utilisateur_id, Role role, long par) {
    Transaction t(db);
    verrouiller(t, session_id);
    if (db.exec("DELETE FROM session_intervenant WHERE session_id = ? AND utilisateur_id = ? AND role = ?", session_id,
                utilisateur_id, std::string(code(role))) == 0)
        return false;
    // The attendance they entered stays, with their name (presence.valide_par): nothing else to keep.
    auto qui = db.query("SELECT prenom, nom FROM utilisateur WHERE id = ?", utilisateur_id);
    const std::string nom = qui->next() ? prenom_nom(Row(*qui).text("prenom"), Row(*qui).text("nom")) + " " : "";
    journal::noter(t, par, role == Role::formateur ? ActionJournal::retrait_formateur : ActionJournal::retrait_tuteur, "session", session_id,
                   nom + "(compte " + std::to_string(utilisateur_id) + ")");
    t.commit();
    return true;
}

}  // namespace ope::sessions
