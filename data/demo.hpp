// The demo data set loaded by scripts/run.sh into its private database when it
// has no account yet (never into a database named by OPE_DB_HOST, never by a
// production start).
#pragma once

#include "fcgi/db.hpp"

#include <string>
#include <vector>

namespace ope::demo {

// Runs the seed script when the database has no account yet; returns whether it did.
// Accounts whose hash is "!" in the script get the hash of their readable initial
// password, or of "demo" for staff.
bool charger(Db& db, const std::string& script_path);

// The logins of the demo accounts that still have their demo password (public:
// "demo", or the initial passwords written in the seed), recorded by charger.
std::vector<std::string> comptes_ouverts(Db& db);

}  // namespace ope::demo
