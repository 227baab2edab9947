#include "data/documents.hpp"

namespace ope::documents {

namespace {

const char* kColonnes =
    "SELECT d.id, d.repertoire, d.nom_fichier, d.type_mime, d.taille, d.depose_le,"
    " COALESCE(CONCAT(u.prenom, ' ', u.nom), '') FROM document d LEFT JOIN utilisateur u ON u.id = d.depose_par ";

Document lire(sql::ResultSet& rs) {
    return {col_long(rs, 1), col_str(rs, 2), col_str(rs, 3), col_str(rs, 4), col_long(rs, 5), col_str(rs, 6),
            col_str(rs, 7)};
}

std::vector<Document> lire_tous(sql::ResultSet& rs) {
    std::vector<Document> out;
    while (rs.next()) out.push_back(lire(rs));
    return out;
}

}  // namespace

std::vector<Repertoire> repertoires(Db& db) {
    auto rs = db.query("SELECT r.nom, (SELECT COUNT(*) FROM document d WHERE d.repertoire = r.nom)"
                       " FROM repertoire r ORDER BY r.nom");
    std::vector<Repertoire> out;
    while (rs->next()) out.push_back({col_str(*rs, 1), col_long(*rs, 2)});
    return out;
}

bool creer_repertoire(Db& db, const std::string& nom) {
    return db.exec("INSERT IGNORE INTO repertoire (nom) VALUES (?)", nom) > 0;
}

bool supprimer_repertoire(Db& db, const std::string& nom) {
    return db.exec("DELETE FROM repertoire WHERE nom = ? AND NOT EXISTS"
                   " (SELECT 1 FROM document d WHERE d.repertoire = repertoire.nom)",
                   nom) > 0;
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
    return lire(*rs);
}

std::optional<std::string> contenu(Db& db, long id) {
    auto rs = db.query("SELECT contenu FROM document WHERE id = ?", id);
    if (!rs->next()) return std::nullopt;
    return col_str(*rs, 1);
}

long ajouter(Db& db, const std::string& repertoire, const std::string& nom_fichier, const std::string& type_mime,
             const std::string& contenu, long depose_par) {
    return db.insert("INSERT INTO document (repertoire, nom_fichier, type_mime, taille, contenu, depose_par)"
                     " VALUES (?, ?, ?, ?, ?, ?)",
                     repertoire, nom_fichier, type_mime, static_cast<long>(contenu.size()), contenu, depose_par);
}

bool supprimer(Db& db, long id) { return db.exec("DELETE FROM document WHERE id = ?", id) > 0; }

}  // namespace ope::documents
