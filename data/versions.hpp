// The versions of what a page kept in memory shows (fcgi/versions.hpp): read by the
// login's statement for the routes that have a LectureVersions, or here by one
// statement of their own.
#pragma once

#include "fcgi/db.hpp"
#include "fcgi/http.hpp"
#include "fcgi/versions.hpp"

#include <optional>

namespace ope {

// The versions `lecture` gives for `cle` (the route's {id}, the trainee of the
// account logged in, or nothing): those read with the login for this request when
// they were, else read now. nullopt when its row does not exist.
std::optional<Versions> lire_versions(const Request& req, Db& db, const LectureVersions& lecture, long cle);

}  // namespace ope
