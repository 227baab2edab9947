// The request pipeline: parse, route, authenticate, authorise, check CSRF, call
// the handler, and turn every error into a French page. The one place where
// errors become pages.
#pragma once

#include "fcgi/db.hpp"
#include "fcgi/http.hpp"
#include "fcgi/router.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace ope {

// What the pipeline needs from the site it serves (app/routes.cpp puts it together).
struct Site {
    const Router& router;
    // The user logged in with a session cookie's token, or nullopt (expired, unknown);
    // with `lecture` (the route's, if any, and the {id} it takes), the same statement
    // reads those versions into `lues`.
    std::function<std::optional<User>(Db&, const std::string& token, const LectureVersions* lecture, long id,
                                      VersionsLues& lues)>
        user_of;
    // The sentence of an "avis" code: what the previous POST did (kAvisCookie),
    // said once on the page it led to; "" for an unknown code.
    std::function<std::string(std::string_view code)> avis;
};

Response handle(const Site& site, Request& req, Db& db);

}  // namespace ope
