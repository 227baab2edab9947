// The demo data set loaded by scripts/run.sh on an empty database (never by a
// production start).
#pragma once

#include "fcgi/db.hpp"

#include <string>

namespace ope::demo {

// Runs the seed script when the database has no account yet; returns whether it did.
// Accounts whose hash is "!" in the script get the hash of their readable initial
// password, or of "demo" for staff.
bool charger(Db& db, const std::string& script_path);

}  // namespace ope::demo
