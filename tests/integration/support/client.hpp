// A browser-like HTTP client for the integration tests: it talks to the real
// site through nginx (OPE_TEST_URL), keeps cookies, and reads the CSRF token
// from the last page, as a user's browser would.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ope {
class Db;
}  // namespace ope

namespace ope::test {

struct Page {
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers;  // lower-case names; Set-Cookie not kept here
    std::string location() const;
    bool contains(const std::string& text) const { return body.find(text) != std::string::npos; }
};

using Fields = std::vector<std::pair<std::string, std::string>>;

struct FilePart {
    std::string field, filename, content_type, content;
};

class Client {
public:
    Client();  // reads OPE_TEST_URL

    Page get(const std::string& path);
    Page post(const std::string& path, const Fields& fields);  // urlencoded, as sent
    Page post_multipart(const std::string& path, const Fields& fields, const std::vector<FilePart>& files);
    Page raw(const std::string& method, const std::string& path, const std::string& content_type,
             const std::string& body, const std::map<std::string, std::string>& extra_headers = {});

    // Posts a form with the CSRF token of the page last fetched (GET it first).
    Page submit(const std::string& path, Fields fields);
    // Logs in through /connexion; true when redirected away from the form.
    bool login(const std::string& login, const std::string& password);

    std::string csrf() const { return csrf_; }
    void set_cookie(const std::string& name, const std::string& value) { cookies_[name] = value; }
    std::optional<std::string> cookie(const std::string& name) const;
    void forget_cookies() { cookies_.clear(); }

private:
    Page send(const std::string& method, const std::string& path, const std::string& content_type,
              const std::string& body, const std::map<std::string, std::string>& extra_headers);

    std::string host_;
    unsigned short port_ = 80;
    std::map<std::string, std::string> cookies_;
    std::string csrf_;
};

// True when the stack is there (OPE_TEST_URL set); tests call skip_without_stack() first.
bool stack_available();
// Exits with 77 (CTest "skipped") when OPE_TEST_URL is not set.
void skip_without_stack();

// The last id in a Location like "/emploi/sessions/12" or "/emploi/sessions/12#x".
long id_from_location(const std::string& location);

// A unique suffix for names created by one test run ("t1732873200123").
std::string unique(const std::string& prefix);

// Direct SQL on one database server, as the app's account (OPE_TEST_DB_NAME, _USER,
// _PASSWORD); parameters are bound as strings. On a Galera node each statement first
// waits for what the cluster committed before it, as the app's requests do.
class SqlConnection {
public:
    SqlConnection(const std::string& host, int port);
    ~SqlConnection();
    // The first column of the first row (0 or "" when none or NULL).
    long count(const std::string& query, const std::vector<std::string>& params = {});
    std::string value(const std::string& query, const std::vector<std::string>& params = {});
    void exec(const std::string& query, const std::vector<std::string>& params = {});
    // The connection itself, to call the data layer directly.
    ope::Db& db();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Direct SQL to check what the site wrote, or to set up a case: one SqlConnection per
// process to OPE_TEST_DB_HOST and OPE_TEST_DB_PORT, returned here.
SqlConnection& sql_connection();
long sql_count(const std::string& query, const std::vector<std::string>& params = {});
std::string sql_value(const std::string& query, const std::vector<std::string>& params = {});
void sql_exec(const std::string& query, const std::vector<std::string>& params = {});
// That connection, for a test that calls the data layer (data/) directly.
ope::Db& test_db();

// The text between the first occurrence of `before` and the next `after` in html ("" if absent).
std::string between(const std::string& html, const std::string& before, const std::string& after);

}  // namespace ope::test
