#include "data/documents.hpp"

#include "data/journal.hpp"

namespace ope::documents {

namespace {

const char* kColonnes =
    "SELECT d.id, d.repertoire, d.nom_fichier, d.type_mime, d.taille, d.depose_le, u.prenom, u.nom"
    " FROM document d LEFT JOIN utilisateur u ON u.id = d.depose_par ";

Document lire(const Row& r) {
    return {r.number("id"),        r.text("repertoire"), r.text("nom_fichier"), r.text("type_mime"),
            r.number("taille"),    r.text("depose_le"),  r.text("prenom"),      r.text("nom")};
}

std::vector<Document> lire_tous(sql::ResultSet& rs) {
    std::vector<Document> out;
    while (rs.next()) out.push_back(lire(Row(rs)));
    return out;
}

}  // namespace

std::vector<Repertoire> repertoires(Db& db) {
    auto rs = db.query("SELECT r.nom, (SELECT COUNT(*) FROM document d WHERE d.repertoire = r.nom) AS documents"
                       " FROM repertoire r ORDER BY r.nom");
    std::vector<Repertoire> out;
    while (rs->next()) {
        Row r(*rs);
        out.push_back({r.text("nom"), r.number("documents")});
    }
    return out;
}

bool creer_repertoire(Db& db, const std::string& nom, long par) {
    Transaction t(db);
    if (db.exec("INSERT IGNORE INTO repertoire (nom) VALUES (?)", nom) == 0) return false;
    journal::noter(t, par, ActionJournal::creation_repertoire, "document", std::nullopt, nom);
    t.commit();
    return true;
}

bool supprimer_repertoire(Db& db, const std::string& nom, long par) {
    Transaction t(db);
    if (db.exec("DELETE FROM repertoire WHERE nom = ? AND NOT EXISTS"
                " (SELECT 1 FROM document d WHERE d.repertoire = repertoire.nom)",
                nom) == 0)
        return false;
    journal::noter(t, par, ActionJournal::suppression_repertoire, "document", std::nullopt, nom);
    t.commit();
    return true;
}

bool repertoire_existe(Db& db, const std::string& nom) {
    return db.query("SELECT 1 FROM repertoire WHERE nom = ?", nom)->next();
}

std::vector<Document> lister(Db& db) {
    auto rs = db.query(std::string(kColonnes) + "ORDER BY d.repertoire, d.nom_fichier, d.id");
    return lire_tous(*rs);
}

std::map<std::string, std::vector<Document>> par_repertoire(Db& db) {
    std::map<std::string, std::vector<Document>> out;
    for (auto& d : lister(db)) out[d.repertoire].push_back(std::move(d));
    return out;
}

std::vector<Document> du_repertoire(Db& db, const std::string& repertoire) {
    auto rs = db.query(std::string(kColonnes) + "WHERE d.repertoire = ? ORDER BY d.nom_fichier, d.id", repertoire);
    return lire_tous(*rs);
}

std::optional<Document> trouver(Db& db, long id) {
    auto rs = db.query(std::string(kColonnes) + "WHERE d.id = ?", id);
    if (!rs->next()) return std::nullopt;
    return lire(Row(*rs));
}

std::optional<std::string> contenu(Db& db, long id) {
    auto rs = db.query("SELECT contenu FROM document WHERE id = ?", id);
    if (!rs->next()) return std::nullopt;
    return Row(*rs).text("contenu");
}

long ajouter(Db& db, const std::string& repertoire, const std::string& nom_fichier, const std::string& type_mime,
             const std::string& contenu, long par) {
    Transaction t(db);
    long id = db.insert("INSERT INTO document (repertoire, nom_fichier, type_mime, taille, contenu, depose_par)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        repertoire, nom_fichier, type_mime, static_cast<long>(contenu.size()), contenu, par);
    journal::noter(t, par, ActionJournal::depot, "document", id, repertoire + " / " + nom_fichier);
    t.commit();
    return id;
}

bool supprimer(Db& db, long id, long par) {
    Transaction t(db);
    auto rs = db.query("SELECT repertoire, nom_fichier FROM document WHERE id = ? FOR UPDATE", id);
    if (!rs->next()) return false;
    Row r(*rs);
    const std::string quoi = r.text("repertoire") + " / " + r.text("nom_fichier");
    db.exec("DELETE FROM document WHERE id = ?", id);
    journal::noter(t, par, ActionJournal::suppression, "document", id, quoi);
    t.commit();
    return true;
}

}  // namespace ope::documents
