// Personal data of a trainee (issue 15, docs/donnees-personnelles.md): everything
// held about one person, for their export; the erasure of a person (anonymisation);
// the trainees the retention rule concerns.
#pragma once

#include "domain/json.hpp"
#include "fcgi/db.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ope::donnees {

// Everything held about a trainee, each part as rows named by their columns (the
// structure docs/donnees-personnelles.md describes). No password hash, no initial
// password: only whether one is waiting to be used.
struct Dossier {
    json::Objet stagiaire;
    json::Objet consentement;
    std::vector<json::Objet> etudes;
    std::optional<json::Objet> compte;
    std::vector<json::Objet> inscriptions, presences, envois, journal;
};
// nullopt: no such record.
std::optional<Dossier> dossier(Db& db, long stagiaire_id);
// The Dossier as one JSON document (format "ope-donnees-personnelles/1").
std::string en_json(const Dossier& d, const std::string& genere_le);
// Journals that `par` exported it (the trainee or a manager).
void noter_export(Db& db, long stagiaire_id, long par);

// What an erasure removes, counted before it is done (the confirmation page).
struct Apercu {
    std::string nom, prenom;
    long etudes = 0, commentaires = 0, inscriptions = 0, presences = 0, envois = 0, entrees_journal = 0;
    bool compte = false;
    bool deja_anonymise = false;
};
std::optional<Apercu> apercu(Db& db, long stagiaire_id);

// The name an erased record bears ("Stagiaire anonymisé n° 123").
std::string nom_anonyme(long stagiaire_id);

// Erases the trainee, in one transaction with its journal entry: identity and
// contact data replaced, studies, comments, search words, CAF/CLI numbers and
// funding complements removed, the site account (and so its web sessions) removed,
// the mails' recipient rows removed, every journal entry about the person stripped
// of its values; attendance statuses and enrolments (with their funding status)
// stay, so that counts and rates are unchanged. `par`: nullopt for the command line
// (the purge). Returns the e-mail addresses the record and its mails had (to remove
// stored .eml files), or nullopt when there is no such record. Erasing an erased
// record again changes nothing more.
std::optional<std::vector<std::string>> anonymiser(Db& db, long stagiaire_id, std::optional<long> par,
                                                   const std::string& motif);

// Trainees not yet erased with no session whose month is within the last `annees`
// years (a record without any session counts from its creation).
struct APurger {
    long id = 0;
    std::string nom, prenom;
    std::string derniere_session;  // "YYYY-MM-DD" (the month), "" for none
};
std::vector<APurger> a_purger(Db& db, int annees);

}  // namespace ope::donnees
