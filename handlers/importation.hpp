// The import of trainees from the old site's CSV export, shared by the page
// /emploi/import and the command `ope importer stagiaires FICHIER.csv`:
// - each line goes through the checks of "Ajouter un stagiaire" (ImportLigneForm,
//   built on StagiaireForm and FinancementForm);
// - a line that looks like a record on file (stagiaires::doublons_du_lot: the rule
//   of doublons_probables, batched) or like an earlier line of the file is left
//   alone, so importing the same file twice creates nothing the second time;
// - records and accounts are made by stagiaires::creer, enrolments by
//   inscriptions::inscrire, both journaled;
// - the dry run (analyser) reports line by line and writes nothing; applying
//   (appliquer) writes every line in one transaction, and only a file without a
//   refused line: nothing of a file is written until all of it can be.
// Imported accounts get no usable password: staff give one with the welcome sheet
// ("fiche accueil", "Donner un mot de passe initial"), as for a forgotten one. An
// argon2id hash costs 30 ms: 10 000 of them would take minutes, for accounts most of
// which will never be used (README, "Import of trainees").
#pragma once

#include "data/inscriptions.hpp"
#include "data/stagiaires.hpp"
#include "domain/csv.hpp"
#include "fcgi/db.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ope::handlers::importation {

enum class Issue { creation, existante, refusee };

struct Ligne {
    long numero = 0;  // its line in the file (the header is line 1)
    Issue issue = Issue::refusee;
    std::string nom_complet;  // "Mme DUPONT Élodie", as typed when it could not be read
    std::string motif;        // refused: why; existing: which record; to create: a remark
    long stagiaire_id = 0;    // existing: the record on file; created (once applied): the new one
    std::string login;        // created (once applied): the account's login

    // What applying writes, for a line to create.
    stagiaires::Stagiaire fiche;
    std::string login_demande;  // "" : made from the names
    std::optional<long> session_id;
    std::string session;  // "n° 12 (mars 2031)"
    inscriptions::Financement financement;
};

struct Rapport {
    std::string fichier;  // its name
    std::string erreur;   // why the file as a whole cannot be read (encoding, header), "" when it can
    csv::Encodage encodage = csv::Encodage::utf8;
    char separateur = ';';
    std::vector<Ligne> lignes;  // every line but the header, in the file's order
    long creations = 0, inscriptions = 0, existantes = 0, refusees = 0;
    bool applique = false;  // written to the database

    bool applicable() const { return erreur.empty() && refusees == 0; }
    // The file, its encoding and the counts, in one sentence (the journal, the command
    // line): what was written, or before applying what would be.
    std::string resume() const;
};

// The dry run: what applying would do, line by line. Writes nothing.
Rapport analyser(Db& db, std::string_view contenu, const std::string& fichier);

// Analyses, then, when the file is applicable, writes all of it in one transaction
// with an entry of the journal for the import: who (`par`, or nullopt and `qui` for
// the command line), the file's name, the counts.
Rapport appliquer(Db& db, std::string_view contenu, const std::string& fichier, std::optional<long> par,
                  const std::string& qui);

}  // namespace ope::handlers::importation
