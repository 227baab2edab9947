// The request and response every handler sees. Plain values, filled from
// FastCGI by fcgi/server.cpp or by a test directly.
#pragma once

#include "domain/statuts.hpp"
#include "fcgi/versions.hpp"

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ope {

// Form and query fields: a name may repeat (document_id=1&document_id=2).
class Params {
public:
    void add(std::string name, std::string value) { values_.emplace(std::move(name), std::move(value)); }
    // The first value of name, or "" when absent.
    const std::string& get(const std::string& name) const;
    bool has(const std::string& name) const { return values_.count(name) > 0; }
    std::vector<std::string> all(const std::string& name) const;
    const std::multimap<std::string, std::string>& items() const { return values_; }
    std::size_t size() const { return values_.size(); }

private:
    std::multimap<std::string, std::string> values_;
};

// The cookies of the site: the web session's token, the CSRF token of anonymous
// forms (login), and the code of what the last POST did (said once on the next page).
constexpr const char* kSessionCookie = "ope_session";
constexpr const char* kAnonCsrfCookie = "ope_csrf";
constexpr const char* kAvisCookie = "ope_avis";

struct UploadedFile {
    std::string field;      // form field name
    std::string filename;   // as sent by the browser; never used as a path
    std::string content_type;
    std::string content;
};

// The logged-in user of a request (from a valid session cookie).
struct User {
    long id = 0;
    std::string login;
    Role role = Role::stagiaire;
    std::string nom, prenom;
    std::optional<long> stagiaire_id;  // for role stagiaire
    std::string csrf;                  // the session's CSRF token
    std::string session_hash;          // hash of the session token (for logout)
    bool staff() const { return personnel(role); }
};

struct Request {
    std::string method;          // "GET", "POST", ...
    std::string path;            // decoded path, without the query string
    std::string query_string;
    std::string content_type;
    std::string cookie_header;
    std::string remote_addr;     // the client's: REMOTE_ADDR, or X-Forwarded-For's from a trusted proxy (fcgi/adresse.hpp)
    bool https = false;
    std::string body;

    // Filled by the dispatcher.
    Params query;
    Params form;
    std::vector<UploadedFile> files;
    std::map<std::string, std::string> cookies;
    std::map<std::string, std::string> path_params;
    std::optional<User> user;
    std::string anon_csrf;       // CSRF token for anonymous forms (login)
    std::string avis;            // what the previous POST did, said once on this page (see fcgi/pipeline.hpp)
    VersionsLues versions;       // read with the login when the route has a LectureVersions

    // A positive integer path parameter ({id}, {aid}, ...).
    long id(const std::string& name) const;
    // The same, nullopt where id() answers 404.
    std::optional<long> id_si(const std::string& name) const;
};

struct Response {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    static Response redirect(const std::string& location, int status = 303);
    static Response html(std::string body, int status = 200);
    static Response text(std::string body, int status = 200);
    // application/json (its text written with domain/json.hpp).
    static Response json(std::string body, int status = 200);
    // A download: the bytes, their type, and Content-Disposition: attachment with the
    // file's name (an ASCII fallback and the UTF-8 name, RFC 6266).
    static Response attachment(std::string body, const std::string& content_type, std::string_view filename);
    // HttpOnly, SameSite=Lax, Path=/; Secure when the request came over HTTPS or
    // OPE_COOKIE_SECURE says so. max_age_seconds 0 deletes the cookie.
    void set_cookie(const Request& req, const std::string& name, const std::string& value, long max_age_seconds);
};

// Thrown anywhere in a handler; the dispatcher renders the French error page.
struct HttpError : std::runtime_error {
    int status;
    HttpError(int s, const std::string& message = "") : std::runtime_error(message), status(s) {}
};

const char* status_text(int status);

// Content-Disposition of a download: an ASCII fallback and the UTF-8 name (RFC 6266).
std::string content_disposition(std::string_view filename);

}  // namespace ope
