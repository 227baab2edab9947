// What the pages of a session show of it and that only changes with its versions:
// the session, its tutors and trainers, workshops and enrolled trainees (and, on the
// session page, its sendings). Kept in memory (fcgi/memoire.hpp) by the session's
// versions, so that these pages pay one indexed read of the versions (within the
// login's statement: kVersions) instead of several statements, while any change
// shows at once, on every app server: every writer of these rows writes the
// session's version (sessions::verrouiller, nouvelle_version_pour_stagiaire), every
// change of a staff account (their names on the page) the 'responsables' row
// (data/comptes.cpp), and every change of a sending the session's version_envois
// (data/envois.cpp, sql/012_version_envois.sql).
#pragma once

#include "data/ateliers.hpp"
#include "data/inscriptions.hpp"
#include "data/sessions.hpp"
#include "fcgi/db.hpp"
#include "fcgi/memoire.hpp"

#include <memory>
#include <optional>
#include <vector>

namespace ope::contenu_session {

// The session with its versions, read by one indexed statement.
struct Etat {
    sessions::Session session;      // session.version: its rows, workshops, trainees, attendance
    long version_personnel = 0;     // verrou 'responsables': the staff accounts
    long version_envois = 0;        // its sendings and their recipients' statuses

    // What keys the session's content in memory (the sendings' version last).
    Versions versions() const { return {session.version, version_personnel, version_envois}; }
};

// nullopt when there is no such session.
std::optional<Etat> etat(Db& db, long session_id);
// The same versions alone (as Etat::versions()), read with the login for the
// session's pages (app/routes.cpp, data/versions.hpp).
extern const LectureVersions kVersions;

struct Contenu {
    sessions::Session session;
    std::vector<sessions::Intervenant> intervenants;  // as sessions::intervenants
    std::vector<ateliers::Atelier> ateliers;          // as ateliers::de_la_session
    std::vector<inscriptions::Inscrit> inscrits;      // as inscriptions::de_la_session
};

// The content of the session at the versions of `etat`: from memory, or read (three
// statements) and kept.
std::shared_ptr<const Contenu> lire(Db& db, const Etat& etat);

// Both: nullptr when there is no such session.
std::shared_ptr<const Contenu> lire(Db& db, long session_id);

}  // namespace ope::contenu_session
