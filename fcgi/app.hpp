// The request pipeline: parse, route, authenticate, authorise, check CSRF, call
// the handler, and turn every error into a French page. The one place where
// errors become pages.
#pragma once

#include "fcgi/db.hpp"
#include "fcgi/http.hpp"
#include "fcgi/router.hpp"

namespace ope {

constexpr const char* kSessionCookie = "ope_session";
constexpr const char* kAnonCsrfCookie = "ope_csrf";

Response handle(const Router& router, Request& req, Db& db);

// Thread-safe line to stderr with a timestamp.
void log_line(const std::string& message);

}  // namespace ope
