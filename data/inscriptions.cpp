#include "data/inscriptions.hpp"

#include "data/journal.hpp"
#include "data/sessions.hpp"

namespace ope::inscriptions {

namespace {

std::optional<std::string> code_sql(const std::optional<StatutFinancement>& s) {
    if (!s) return std::nullopt;
    return std::string(code(*s));
}

std::optional<StatutFinancement> statut_de(const Row& r) {
    auto c = r.optional_text("statut_financement");
    return c ? parse_code<StatutFinancement>(*c) : std::nullopt;
}

std::string decrire(long session_id, const Financement& f) {
    return "session " + std::to_string(session_id) + " : " +
           (f.statut ? std::string(libelle(*f.statut)) : std::string("statut à renseigner")) + ", CAF " + f.numero_caf +
           ", CLI " + f.numero_cli + ", complément " + f.complement;
}

}  // namespace

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

namespace {

// The rules of a session found (and, in a transaction, written): it has a workshop.
Resultat avec_atelier(Db& db, long session_id) {
    if (!db.query("SELECT 1 FROM atelier WHERE session_id = ? LIMIT 1", session_id)->next())
        return Resultat::session_sans_atelier;
    return Resultat::inscrit;
}

}  // namespace

Resultat session_prete(Db& db, long session_id) {
    if (!sessions::trouver(db, session_id)) return Resultat::session_inconnue;
    return avec_atelier(db, session_id);
}

Resultat inscrire(Db& db, long session_id, long stagiaire_id, const Financement& f, long par) {
    Transaction t(db);
    auto r = inscrire(t, session_id, stagiaire_id, f, par);
    if (r == Resultat::inscrit) t.commit();
    return r;
}

Resultat inscrire(Transaction& t, long session_id, long stagiaire_id, const Financement& f, std::optional<long> par) {
    Db& db = t.db();
    // The session row is locked and written: a workshop created at the same moment
    // (ateliers::creer does the same), on this server or another node, cannot miss
    // this trainee, nor this enrolment miss it.
    if (!sessions::verrouiller(t, session_id)) return Resultat::session_inconnue;
    if (auto r = avec_atelier(db, session_id); r != Resultat::inscrit) return r;
    if (!db.query("SELECT id FROM stagiaire WHERE id = ?", stagiaire_id)->next()) return Resultat::stagiaire_inconnu;
    try {
        db.exec("INSERT INTO inscription (session_id, stagiaire_id, statut_financement, numero_caf, numero_cli,"
                " complement_financement) VALUES (?, ?, ?, ?, ?, ?)",
                session_id, stagiaire_id, code_sql(f.statut), f.numero_caf, f.numero_cli, f.complement);
    } catch (const sql::SQLException& e) {
        if (is_duplicate_key(e)) return Resultat::deja_inscrit;
        throw;
    }
    db.exec("INSERT INTO presence (atelier_id, stagiaire_id) SELECT id, ? FROM atelier WHERE session_id = ?",
            stagiaire_id, session_id);
    journal::noter(t, par, ActionJournal::inscription, "stagiaire", stagiaire_id, decrire(session_id, f));
    return Resultat::inscrit;
}

presences::Retrait desinscrire(Db& db, long session_id, long stagiaire_id, long par, bool confirme) {
    using Etat = presences::Retrait::Etat;
    Transaction t(db);
    sessions::verrouiller(t, session_id);
    if (!db.query("SELECT 1 FROM inscription WHERE session_id = ? AND stagiaire_id = ?", session_id, stagiaire_id)->next())
        return {Etat::inconnu, {}};
    auto pertes = presences::saisies(db, session_id, std::nullopt, stagiaire_id);
    if (!pertes.empty() && !confirme) return {Etat::a_confirmer, std::move(pertes)};
    db.exec("DELETE p FROM presence p JOIN atelier a ON a.id = p.atelier_id"
            " WHERE a.session_id = ? AND p.stagiaire_id = ?",
            session_id, stagiaire_id);
    db.exec("DELETE FROM inscription WHERE session_id = ? AND stagiaire_id = ?", session_id, stagiaire_id);
    journal::noter(t, par, ActionJournal::desinscription, "stagiaire", stagiaire_id,
                   "session " + std::to_string(session_id) +
                       (pertes.empty() ? "" : "\nprésences saisies supprimées :\n" + presences::decrire(pertes)));
    t.commit();
    return {Etat::fait, std::move(pertes)};
}

bool modifier_financement(Db& db, long session_id, long stagiaire_id, const Financement& f, long par) {
    Transaction t(db);
    sessions::verrouiller(t, session_id);
    if (!db.query("SELECT 1 FROM inscription WHERE session_id = ? AND stagiaire_id = ? FOR UPDATE", session_id,
                  stagiaire_id)
             ->next())
        return false;
    db.exec("UPDATE inscription SET statut_financement = ?, numero_caf = ?, numero_cli = ?,"
            " complement_financement = ? WHERE session_id = ? AND stagiaire_id = ?",
            code_sql(f.statut), f.numero_caf, f.numero_cli, f.complement, session_id, stagiaire_id);
    journal::noter(t, par, ActionJournal::financement, "stagiaire", stagiaire_id, decrire(session_id, f));
    t.commit();
    return true;
}

std::vector<Inscrit> de_la_session(Db& db, long session_id) {
    auto rs = db.query(
        "SELECT s.id, s.civilite, s.nom, s.prenom, i.statut_financement FROM inscription i"
        " JOIN stagiaire s ON s.id = i.stagiaire_id"
        " WHERE i.session_id = ? ORDER BY s.nom, s.prenom, s.id",
        session_id);
    std::vector<Inscrit> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.number("id"), r.text("civilite"), r.text("nom"), r.text("prenom"), statut_de(r)});
    }
    return out;
}

std::vector<Fiche> fiches_de_la_session(Db& db, long session_id) {
    auto rs = db.query(std::string("SELECT ") + stagiaires::kColonnesS +
                           ", i.statut_financement FROM inscription i"
                           " JOIN stagiaire s ON s.id = i.stagiaire_id"
                           " WHERE i.session_id = ? ORDER BY s.nom, s.prenom, s.id",
                       session_id);
    std::vector<Fiche> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({stagiaires::lire(r), statut_de(r)});
    }
    return out;
}

std::vector<SessionDuStagiaire> du_stagiaire(Db& db, long stagiaire_id) {
    auto rs = db.query(
        "SELECT f.id, f.mois, f.intitule, i.statut_financement, i.numero_caf, i.numero_cli,"
        " i.complement_financement FROM inscription i"
        " JOIN session_formation f ON f.id = i.session_id"
        " WHERE i.stagiaire_id = ? ORDER BY f.mois DESC, f.id DESC",
        stagiaire_id);
    std::vector<SessionDuStagiaire> out;
    while (rs->next()) {
        Row r(*rs);
        SessionDuStagiaire s;
        s.session_id = r.number("id");
        s.mois = parse_mois(r.text("mois")).value_or(Mois{});
        s.intitule = r.text("intitule");
        s.financement = {statut_de(r), r.text("numero_caf"), r.text("numero_cli"), r.text("complement_financement")};
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace ope::inscriptions
