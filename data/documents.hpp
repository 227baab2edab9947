// The documents library (document, repertoire): files are stored in the database
// so that every app server sees them and one dump backs them up.
#pragma once

#include "fcgi/db.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ope::documents {

struct Document {
    long id = 0;
    std::string repertoire, nom_fichier, type_mime;
    long taille = 0;
    std::string depose_le;
    std::string depose_par_prenom, depose_par_nom;  // empty when the account is gone
};

struct Repertoire {
    std::string nom;
    long documents = 0;
};
// Folders by name, with their number of documents.
std::vector<Repertoire> repertoires(Db& db);
// False when a folder of that name (accent- and case-insensitively) exists.
// `par`: the account that does it (journal).
bool creer_repertoire(Db& db, const std::string& nom, long par);
// Deletes an empty folder; false when it holds documents or does not exist.
bool supprimer_repertoire(Db& db, const std::string& nom, long par);
bool repertoire_existe(Db& db, const std::string& nom);

// Without contents; by folder then name.
std::vector<Document> lister(Db& db);
// The same, grouped by folder name (one statement for a whole page).
std::map<std::string, std::vector<Document>> par_repertoire(Db& db);
std::vector<Document> du_repertoire(Db& db, const std::string& repertoire);
std::optional<Document> trouver(Db& db, long id);
std::optional<std::string> contenu(Db& db, long id);

long ajouter(Db& db, const std::string& repertoire, const std::string& nom_fichier, const std::string& type_mime,
             const std::string& contenu, long par);
bool supprimer(Db& db, long id, long par);

}  // namespace ope::documents
