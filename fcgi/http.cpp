#include "fcgi/http.hpp"

#include "domain/normalise.hpp"
#include "fcgi/config.hpp"
#include "fcgi/parse.hpp"

#include <charconv>

namespace ope {

const std::string& Params::get(const std::string& name) const {
    static const std::string empty;
    auto it = values_.find(name);
    return it == values_.end() ? empty : it->second;
}

std::vector<std::string> Params::all(const std::string& name) const {
    std::vector<std::string> out;
    auto [first, last] = values_.equal_range(name);
    for (auto it = first; it != last; ++it) out.push_back(it->second);
    return out;
}

std::optional<long> Request::id_si(const std::string& name) const {
    auto it = path_params.find(name);
    if (it == path_params.end()) return std::nullopt;
    long value = 0;
    const auto& s = it->second;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || value <= 0) return std::nullopt;
    return value;
}

long Request::id(const std::string& name) const {
    if (auto value = id_si(name)) return *value;
    throw HttpError(404);
}

Response Response::redirect(const std::string& location, int status) {
    Response r;
    r.status = status;
    r.headers.emplace_back("Location", location);
    return r;
}

Response Response::html(std::string body, int status) {
    Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

Response Response::json(std::string body, int status) {
    Response r = html(std::move(body), status);
    r.content_type = "application/json; charset=utf-8";
    return r;
}

Response Response::text(std::string body, int status) {
    Response r = html(std::move(body), status);
    r.content_type = "text/plain; charset=utf-8";
    return r;
}

std::string content_disposition(std::string_view filename) {
    std::string ascii;
    for (char c : ascii_fold(filename))
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') ascii += c;
    if (ascii.empty()) ascii = "document";
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + url_encode(filename);
}

Response Response::attachment(std::string body, const std::string& content_type, std::string_view filename) {
    Response r;
    r.content_type = content_type;
    r.body = std::move(body);
    r.headers.emplace_back("Content-Disposition", content_disposition(filename));
    return r;
}

void Response::set_cookie(const Request& req, const std::string& name, const std::string& value, long max_age) {
    const bool secure = req.https || config().cookie_secure;
    std::string c = name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" +
                    std::to_string(max_age);
    if (secure) c += "; Secure";
    headers.emplace_back("Set-Cookie", c);
}

const char* status_text(int status) {
    switch (status) {
        case 200: return "OK";
        case 302: return "Found";
        case 303: return "See Other";
        case 400: return "Bad Request";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 409: return "Conflict";
        case 413: return "Payload Too Large";
        case 422: return "Unprocessable Entity";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        case 503: return "Service Unavailable";
    }
    return "Unknown";
}

}  // namespace ope
