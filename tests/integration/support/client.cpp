#include "tests/integration/support/client.hpp"

#include "fcgi/db.hpp"
#include "fcgi/parse.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>
#include <cppconn/driver.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <stdexcept>

namespace ope::test {

std::string Page::location() const {
    auto it = headers.find("location");
    return it == headers.end() ? "" : it->second;
}

bool stack_available() {
    const char* url = std::getenv("OPE_TEST_URL");
    return url && *url;
}

void skip_without_stack() {
    if (!stack_available()) {
        std::cerr << "OPE_TEST_URL is not set: run through scripts/test.sh. Skipped.\n";
        std::exit(77);
    }
}

Client::Client() {
    Poco::URI uri(std::getenv("OPE_TEST_URL") ? std::getenv("OPE_TEST_URL") : "http://127.0.0.1:18080");
    host_ = uri.getHost();
    port_ = uri.getPort();
}

std::optional<std::string> Client::cookie(const std::string& name) const {
    auto it = cookies_.find(name);
    if (it == cookies_.end()) return std::nullopt;
    return it->second;
}

Page Client::send(const std::string& method, const std::string& path, const std::string& content_type,
                  const std::string& body, const std::map<std::string, std::string>& extra_headers) {
    Poco::Net::HTTPClientSession session(host_, port_);
    session.setTimeout(Poco::Timespan(30, 0));
    // A browser never sends the fragment of a link ("/espace#donnees").
    Poco::Net::HTTPRequest request(method, path.substr(0, path.find('#')), Poco::Net::HTTPMessage::HTTP_1_1);
    if (!cookies_.empty()) {
        std::string header;
        for (const auto& [name, value] : cookies_) header += (header.empty() ? "" : "; ") + name + "=" + value;
        request.set("Cookie", header);
    }
    for (const auto& [name, value] : extra_headers) request.set(name, value);
    if (!content_type.empty()) request.setContentType(content_type);
    if (method == "POST" || !body.empty()) request.setContentLength(static_cast<std::streamsize>(body.size()));
    session.sendRequest(request) << body;

    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    Page page;
    page.status = static_cast<int>(response.getStatus());
    Poco::StreamCopier::copyToString(in, page.body);
    for (const auto& [name, value] : response) {
        std::string lower = Poco::toLower(name);
        if (lower != "set-cookie") page.headers[lower] = value;
    }
    std::vector<Poco::Net::HTTPCookie> cookies;
    response.getCookies(cookies);
    for (const auto& c : cookies) {
        if (c.getMaxAge() == 0) cookies_.erase(c.getName());
        else cookies_[c.getName()] = c.getValue();
    }
    // The page's CSRF token, as a browser's form would carry it.
    std::string token = between(page.body, "name=\"csrf\" value=\"", "\"");
    if (!token.empty()) csrf_ = token;
    return page;
}

Page Client::get(const std::string& path) { return send("GET", path, "", "", {}); }

Page Client::raw(const std::string& method, const std::string& path, const std::string& content_type,
                 const std::string& body, const std::map<std::string, std::string>& extra_headers) {
    return send(method, path, content_type, body, extra_headers);
}

Page Client::post(const std::string& path, const Fields& fields) {
    std::string body;
    for (const auto& [name, value] : fields)
        body += (body.empty() ? "" : "&") + url_encode(name) + "=" + url_encode(value);
    return send("POST", path, "application/x-www-form-urlencoded", body, {});
}

Page Client::post_multipart(const std::string& path, const Fields& fields, const std::vector<FilePart>& files) {
    const std::string boundary = "----opeTestBoundary7MA4YWxkTrZu0gW";
    std::string body;
    for (const auto& [name, value] : fields)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    for (const auto& f : files)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field + "\"; filename=\"" +
                f.filename + "\"\r\nContent-Type: " + f.content_type + "\r\n\r\n" + f.content + "\r\n";
    body += "--" + boundary + "--\r\n";
    return send("POST", path, "multipart/form-data; boundary=" + boundary, body, {});
}

Page Client::submit(const std::string& path, Fields fields) {
    fields.emplace_back("csrf", csrf_);
    return post(path, fields);
}

bool Client::login(const std::string& login, const std::string& password) {
    get("/connexion");
    Page p = submit("/connexion", {{"login", login}, {"mot_de_passe", password}});
    return p.status == 303;
}

long id_from_location(const std::string& location) {
    std::string path = location.substr(0, location.find('#'));
    auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return 0;
    return parse_positive(path.substr(slash + 1)).value_or(0);
}

std::string unique(const std::string& prefix) {
    static std::atomic<int> counter{0};
    auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count();
    return prefix + std::to_string(now) + "x" + std::to_string(counter++);
}

std::string between(const std::string& html, const std::string& before, const std::string& after) {
    auto start = html.find(before);
    if (start == std::string::npos) return "";
    start += before.size();
    auto end = html.find(after, start);
    if (end == std::string::npos) return "";
    return html.substr(start, end - start);
}

struct SqlConnection::Impl {
    Config config;
    Db db{config};
};

SqlConnection::SqlConnection(const std::string& host, int port) : impl_(std::make_unique<Impl>()) {
    Config& c = impl_->config;
    c = Config::from_env();
    c.db_servers = {{host, port}};
    if (const char* v = std::getenv("OPE_TEST_DB_NAME")) c.db_name = v;
    if (const char* v = std::getenv("OPE_TEST_DB_USER")) c.db_user = v;
    if (const char* v = std::getenv("OPE_TEST_DB_PASSWORD")) c.db_password = v;
}

SqlConnection::~SqlConnection() = default;

long SqlConnection::count(const std::string& query, const std::vector<std::string>& params) {
    impl_->db.begin_request();
    auto rs = impl_->db.query_list(query, std::vector<Value>(params.begin(), params.end()));
    // The one value of a test's own query: read by position.
    return rs->next() && !rs->isNull(1) ? static_cast<long>(rs->getInt64(1)) : 0;
}

std::string SqlConnection::value(const std::string& query, const std::vector<std::string>& params) {
    impl_->db.begin_request();
    auto rs = impl_->db.query_list(query, std::vector<Value>(params.begin(), params.end()));
    return rs->next() && !rs->isNull(1) ? std::string(rs->getString(1).asStdString()) : "";
}

void SqlConnection::exec(const std::string& query, const std::vector<std::string>& params) {
    impl_->db.begin_request();
    impl_->db.exec_list(query, std::vector<Value>(params.begin(), params.end()));
}

Db& SqlConnection::db() { return impl_->db; }

Db& test_db() { return sql_connection().db(); }

SqlConnection& sql_connection() {
    static SqlConnection db(std::getenv("OPE_TEST_DB_HOST") ? std::getenv("OPE_TEST_DB_HOST") : "127.0.0.1",
                            std::getenv("OPE_TEST_DB_PORT") ? std::atoi(std::getenv("OPE_TEST_DB_PORT")) : 3306);
    return db;
}

long sql_count(const std::string& query, const std::vector<std::string>& params) {
    return sql_connection().count(query, params);
}

std::string sql_value(const std::string& query, const std::vector<std::string>& params) {
    return sql_connection().value(query, params);
}

void sql_exec(const std::string& query, const std::vector<std::string>& params) {
    sql_connection().exec(query, params);
}

}  // namespace ope::test
