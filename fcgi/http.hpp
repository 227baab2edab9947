// The request and response every handler sees. Plain values, filled from
// FastCGI by fcgi/server.cpp or by a test directly.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
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

struct UploadedFile {
    std::string field;      // form field name
    std::string filename;   // as sent by the browser; never used as a path
    std::string content_type;
    std::string content;
};

enum class Role { stagiaire, formateur, tuteur, responsable };
const char* role_name(Role r);
std::optional<Role> parse_role(const std::string& s);

// The logged-in user of a request (from a valid session cookie).
struct User {
    long id = 0;
    std::string login;
    Role role = Role::stagiaire;
    std::string nom, prenom;
    std::optional<long> stagiaire_id;  // for role stagiaire
    std::string csrf;                  // the session's CSRF token
    std::string session_hash;          // hash of the session token (for logout)
    bool staff() const { return role != Role::stagiaire; }
};

struct Request {
    std::string method;          // "GET", "POST", ...
    std::string path;            // decoded path, without the query string
    std::string query_string;
    std::string content_type;
    std::string cookie_header;
    std::string remote_addr;
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

    // A positive integer path parameter ({id}, {aid}, ...).
    long id(const std::string& name) const;
};

struct Response {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    static Response redirect(const std::string& location, int status = 303);
    static Response html(std::string body, int status = 200);
    static Response text(std::string body, int status = 200);
    void set_cookie(const std::string& name, const std::string& value, long max_age_seconds,
                    bool secure);
};

// Thrown anywhere in a handler; the dispatcher renders the French error page.
struct HttpError : std::runtime_error {
    int status;
    HttpError(int s, const std::string& message = "") : std::runtime_error(message), status(s) {}
};

const char* status_text(int status);

}  // namespace ope
