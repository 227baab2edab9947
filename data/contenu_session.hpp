// What the pages of a session show of it and that only changes with its version:
// the session, its tutors and trainers, workshops and enrolled trainees. Kept in
// memory by (session, version, version of the staff accounts), so that these pages
// pay one indexed read of both versions instead of four statements, while any
// change shows at once, on every app server: every writer of these rows writes the
// session's version (sessions::verrouiller, nouvelle_version_pour_stagiaire), and
// every change of a staff account (their names on the page) the 'responsables'
// row (comptes::modifier_personnel).
#pragma once

#include "data/ateliers.hpp"
#include "data/inscriptions.hpp"
#include "data/sessions.hpp"
#include "fcgi/db.hpp"

#include <memory>
#include <vector>

namespace ope::contenu_session {

struct Contenu {
    sessions::Session session;
    long version_personnel = 0;  // verrou 'responsables'
    std::vector<sessions::Intervenant> intervenants;  // as sessions::intervenants
    std::vector<ateliers::Atelier> ateliers;          // as ateliers::de_la_session
    std::vector<inscriptions::Inscrit> inscrits;      // as inscriptions::de_la_session
};

// The content of the session now (one statement when it is in memory at the versions
// read, four more otherwise); nullptr when there is no such session.
std::shared_ptr<const Contenu> lire(Db& db, long session_id);

}  // namespace ope::contenu_session
