#include "data/donnees.hpp"

#include "data/journal.hpp"
#include "data/sessions.hpp"
#include "data/stagiaires.hpp"
#include "domain/personnes.hpp"

#include <cppconn/datatype.h>
#include <cppconn/resultset_metadata.h>

#include <sstream>

namespace ope::donnees {

namespace {

// Every row of the result, each value under its column's name (the SELECT's alias):
// integers as numbers, everything else as text, NULL as null.
std::vector<json::Objet> lignes(std::unique_ptr<sql::ResultSet> rs) {
    std::vector<json::Objet> out;
    sql::ResultSetMetaData* meta = rs->getMetaData();
    const unsigned n = meta->getColumnCount();
    while (rs->next()) {
        json::Objet o;
        for (unsigned i = 1; i <= n; ++i) {
            const std::string nom = meta->getColumnLabel(i);
            if (rs->isNull(i)) {
                o.emplace_back(nom, json::Valeur::null());
                continue;
            }
            switch (meta->getColumnType(i)) {
                case sql::DataType::BIT:
                case sql::DataType::TINYINT:
                case sql::DataType::SMALLINT:
                case sql::DataType::MEDIUMINT:
                case sql::DataType::INTEGER:
                case sql::DataType::BIGINT:
                    o.emplace_back(nom, json::Valeur{json::Valeur::Type::nombre, std::string(rs->getString(i))});
                    break;
                default: o.emplace_back(nom, json::Valeur::chaine(std::string(rs->getString(i))));
            }
        }
        out.push_back(std::move(o));
    }
    return out;
}

long compter(Db& db, const std::string& sql, long id) {
    auto rs = db.query(sql, id);
    return rs->next() ? Row(*rs).number("n") : 0;
}

// The journal entries about the person: tagged with the trainee, about their record,
// or about or by their account.
const char* const kEntreesDuStagiaire =
    " (j.stagiaire_id = ? OR (j.objet = 'stagiaire' AND j.objet_id = ?)"
    " OR (j.objet = 'utilisateur' AND j.objet_id = ?) OR j.utilisateur_id = ?)";

// The text with, on each line that names the person (any of `noms`), the name
// replaced by `anonyme` and what follows ", commentaire « " removed.
std::string sans_la_personne(const std::string& texte, const std::vector<std::string>& noms, const std::string& anonyme) {
    std::string out, ligne;
    std::istringstream in(texte);
    bool premiere = true;
    while (std::getline(in, ligne)) {
        bool nomme = false;
        for (const auto& n : noms) {
            if (n.empty()) continue;
            for (auto pos = ligne.find(n); pos != std::string::npos; pos = ligne.find(n, pos + anonyme.size())) {
                ligne.replace(pos, n.size(), anonyme);
                nomme = true;
            }
        }
        if (nomme)
            if (auto c = ligne.find(", commentaire « "); c != std::string::npos) ligne.erase(c);
        out += (premiere ? "" : "\n") + ligne;
        premiere = false;
    }
    return out;
}

}  // namespace

std::string nom_anonyme(long stagiaire_id) { return "Stagiaire anonymisé n° " + std::to_string(stagiaire_id); }

std::optional<Dossier> dossier(Db& db, long id) {
    Dossier d;
    auto fiche = lignes(db.query(
        "SELECT id, civilite, nom, prenom, date_naissance, adresse, code_postal, ville, tel_fixe, tel_portable, email,"
        " cree_le, modifie_le, anonymise_le FROM stagiaire WHERE id = ?",
        id));
    if (fiche.empty()) return std::nullopt;
    d.stagiaire = std::move(fiche.front());
    d.consentement = lignes(db.query("SELECT parution_adresse AS adresse, parution_telephone AS telephone,"
                                     " parution_email AS email, parution_confirmee_le AS confirme_par_le_stagiaire_le"
                                     " FROM stagiaire WHERE id = ?",
                                     id))
                         .front();
    d.etudes = lignes(db.query(
        "SELECT annee, diplome, specialite, etablissement FROM etude WHERE stagiaire_id = ? ORDER BY annee, id", id));
    auto compte = lignes(db.query("SELECT id, login, role, actif, cree_le, derniere_connexion,"
                                  " mot_de_passe_initial IS NOT NULL AS mot_de_passe_initial_en_attente,"
                                  " doit_choisir_mot_de_passe FROM utilisateur WHERE stagiaire_id = ?",
                                  id));
    const long compte_id = compte.empty() ? 0 : std::stol(compte.front()[0].second.texte);
    if (!compte.empty()) d.compte = std::move(compte.front());
    d.inscriptions = lignes(db.query(
        "SELECT i.session_id, f.mois, f.intitule, i.statut_financement, sf.libelle AS statut_financement_libelle,"
        " i.numero_caf, i.numero_cli, i.complement_financement, i.inscrit_le"
        " FROM inscription i JOIN session_formation f ON f.id = i.session_id"
        " LEFT JOIN statut_financement sf ON sf.code = i.statut_financement"
        " WHERE i.stagiaire_id = ? ORDER BY f.mois, i.session_id",
        id));
    d.presences = lignes(db.query(
        "SELECT a.session_id, a.id AS atelier_id, a.date_atelier, a.intitule, a.cycle, p.statut, p.commentaire,"
        " p.valide_le, NULLIF(CONCAT_WS(' ', v.prenom, v.nom), '') AS valide_par"
        " FROM presence p JOIN atelier a ON a.id = p.atelier_id LEFT JOIN utilisateur v ON v.id = p.valide_par"
        " WHERE p.stagiaire_id = ? ORDER BY a.date_atelier, a.id",
        id));
    d.envois = lignes(db.query(
        "SELECT d.envoi_id, e.session_id, e.cree_le, e.sujet, e.corps, d.email, d.statut, d.tentatives,"
        " d.envoye_le, d.derniere_erreur"
        " FROM envoi_destinataire d JOIN envoi e ON e.id = d.envoi_id WHERE d.stagiaire_id = ?"
        " ORDER BY e.cree_le, d.envoi_id",
        id));
    d.journal = lignes(db.query(std::string("SELECT j.quand, j.action, j.objet, j.objet_id, j.detail,"
                                            " NULLIF(CONCAT_WS(' ', u.prenom, u.nom), '') AS par"
                                            " FROM journal j LEFT JOIN utilisateur u ON u.id = j.utilisateur_id"
                                            " WHERE") +
                                    kEntreesDuStagiaire + " ORDER BY j.quand, j.id",
                                id, id, compte_id, compte_id));
    return d;
}

std::string en_json(const Dossier& d, const std::string& genere_le) {
    using json::Valeur;
    json::Objet document{
        {"format", Valeur::chaine("ope-donnees-personnelles/1")},
        {"genere_le", Valeur::chaine(genere_le)},
        {"stagiaire", Valeur::brut(json::objet(d.stagiaire, 2))},
        {"consentement_annuaire", Valeur::brut(json::objet(d.consentement, 2))},
        {"etudes", Valeur::brut(json::liste(d.etudes, 2))},
        {"compte", d.compte ? Valeur::brut(json::objet(*d.compte, 2)) : Valeur::null()},
        {"inscriptions", Valeur::brut(json::liste(d.inscriptions, 2))},
        {"presences", Valeur::brut(json::liste(d.presences, 2))},
        {"envois", Valeur::brut(json::liste(d.envois, 2))},
        {"journal", Valeur::brut(json::liste(d.journal, 2))},
    };
    return json::objet(document) + "\n";
}

void noter_export(Db& db, long stagiaire_id, long par) {
    Transaction t(db);
    journal::noter(t, par, ActionJournal::export_donnees, "stagiaire", stagiaire_id,
                   "export des données personnelles (JSON)");
    t.commit();
}

std::optional<Apercu> apercu(Db& db, long id) {
    auto rs = db.query("SELECT nom, prenom, anonymise_le IS NOT NULL AS anonymise FROM stagiaire WHERE id = ?", id);
    if (!rs->next()) return std::nullopt;
    Row r(*rs);
    Apercu a;
    a.nom = r.text("nom");
    a.prenom = r.text("prenom");
    a.deja_anonymise = r.flag("anonymise");
    a.etudes = compter(db, "SELECT COUNT(*) AS n FROM etude WHERE stagiaire_id = ?", id);
    a.commentaires =
        compter(db, "SELECT COUNT(*) AS n FROM presence WHERE stagiaire_id = ? AND commentaire <> ''", id);
    a.inscriptions = compter(db, "SELECT COUNT(*) AS n FROM inscription WHERE stagiaire_id = ?", id);
    a.presences =
        compter(db, "SELECT COUNT(*) AS n FROM presence WHERE stagiaire_id = ? AND statut <> 'non_renseigne'", id);
    a.envois = compter(db, "SELECT COUNT(*) AS n FROM envoi_destinataire WHERE stagiaire_id = ?", id);
    auto compte = db.query("SELECT id FROM utilisateur WHERE stagiaire_id = ?", id);
    const long compte_id = compte->next() ? Row(*compte).number("id") : 0;  // 0: no account has it
    a.compte = compte_id != 0;
    // The entries the erasure will rewrite: the same predicate as anonymiser's.
    auto j = db.query(std::string("SELECT COUNT(*) AS n FROM journal j WHERE") + kEntreesDuStagiaire, id, id, compte_id,
                      compte_id);
    a.entrees_journal = j->next() ? Row(*j).number("n") : 0;
    return a;
}

std::optional<std::vector<std::string>> anonymiser(Db& db, long id, std::optional<long> par,
                                                   const std::string& motif) {
    Transaction t(db);
    // The name changes on the pages of the person's sessions, which are kept in memory
    // by their version (data/contenu_session.hpp); sessions first, as every writer.
    sessions::nouvelle_version_pour_stagiaire(t, id);
    auto rs = db.query("SELECT nom, prenom, email, anonymise_le IS NOT NULL AS anonymise FROM stagiaire"
                       " WHERE id = ? FOR UPDATE",
                       id);
    if (!rs->next()) return std::nullopt;
    Row r(*rs);
    const std::string nom = r.text("nom"), prenom = r.text("prenom");
    std::vector<std::string> adresses;
    if (!r.text("email").empty()) adresses.push_back(r.text("email"));
    auto compte = db.query("SELECT id, login, email FROM utilisateur WHERE stagiaire_id = ?", id);
    long compte_id = 0;
    std::string login;
    if (compte->next()) {
        Row c(*compte);
        compte_id = c.number("id");
        login = c.text("login");
        if (!c.text("email").empty()) adresses.push_back(c.text("email"));
    }
    auto mails = db.query("SELECT DISTINCT email FROM envoi_destinataire WHERE stagiaire_id = ? AND email <> ''", id);
    while (mails->next()) adresses.push_back(Row(*mails).text("email"));

    const std::string anonyme = nom_anonyme(id);
    db.exec("UPDATE stagiaire SET civilite = '', nom = ?, prenom = '', date_naissance = NULL, adresse = '',"
            " code_postal = '', ville = '', tel_fixe = '', tel_portable = '', email = '', parution_adresse = 0,"
            " parution_telephone = 0, parution_email = 0, parution_confirmee_le = NULL, mots = NULL,"
            " anonymise_le = COALESCE(anonymise_le, NOW()), version = version + 1 WHERE id = ?",
            anonyme, id);
    db.exec("DELETE FROM etude WHERE stagiaire_id = ?", id);
    db.exec("DELETE FROM stagiaire_mot WHERE stagiaire_id = ?", id);
    stagiaires::nouvelle_recherche(db);
    db.exec("UPDATE presence SET commentaire = '' WHERE stagiaire_id = ?", id);
    db.exec("UPDATE inscription SET numero_caf = '', numero_cli = '', complement_financement = ''"
            " WHERE stagiaire_id = ?",
            id);
    db.exec("DELETE FROM envoi_destinataire WHERE stagiaire_id = ?", id);
    if (compte_id) {
        db.exec("DELETE FROM echec_connexion WHERE login = ?", login);
        // Its web sessions, known addresses and demo mark go with it (ON DELETE CASCADE).
        db.exec("DELETE FROM utilisateur WHERE id = ?", compte_id);
    }
    // The journal keeps that things happened, not the person's values.
    db.exec(std::string("UPDATE journal j SET j.detail = '(anonymisé)', j.stagiaire_id = ? WHERE") +
                kEntreesDuStagiaire,
            id, id, id, compte_id, compte_id);
    // Entries about something else that name the person (a removed workshop's
    // attendance, one line a trainee: "date, atelier, NOM Prénom : statut, commentaire
    // « ... »"): on their lines the name becomes the anonymous one and the comment goes.
    if (!nom.empty() || !prenom.empty()) {
        const std::string a = nom_prenom(nom, prenom), b = prenom_nom(prenom, nom);
        std::vector<std::pair<long, std::string>> entrees;
        auto je = db.query("SELECT id, detail FROM journal WHERE INSTR(detail, ?) > 0 OR INSTR(detail, ?) > 0", a, b);
        while (je->next()) entrees.emplace_back(Row(*je).number("id"), Row(*je).text("detail"));
        for (const auto& [entree, detail] : entrees)
            db.exec("UPDATE journal SET detail = ? WHERE id = ?", sans_la_personne(detail, {a, b}, anonyme), entree);
    }
    journal::noter(t, par, ActionJournal::anonymisation, "stagiaire", id, motif);
    t.commit();
    return adresses;
}

std::vector<APurger> a_purger(Db& db, int annees) {
    auto rs = db.query(
        "SELECT s.id, s.nom, s.prenom, MAX(f.mois) AS derniere FROM stagiaire s"
        " LEFT JOIN inscription i ON i.stagiaire_id = s.id LEFT JOIN session_formation f ON f.id = i.session_id"
        " WHERE s.anonymise_le IS NULL GROUP BY s.id, s.nom, s.prenom, s.cree_le"
        " HAVING COALESCE(MAX(f.mois), s.cree_le) < CURDATE() - INTERVAL ? YEAR ORDER BY s.id",
        annees);
    std::vector<APurger> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.number("id"), r.text("nom"), r.text("prenom"), r.text("derniere")});
    }
    return out;
}

}  // namespace ope::donnees
