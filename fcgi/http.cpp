#include "fcgi/http.hpp"

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

const char* role_name(Role r) {
    switch (r) {
        case Role::stagiaire: return "stagiaire";
        case Role::formateur: return "formateur";
        case Role::tuteur: return "tuteur";
        case Role::responsable: return "responsable";
    }
    return "";
}

std::optional<Role> parse_role(const std::string& s) {
    for (Role r : {Role::stagiaire, Role::formateur, Role::tuteur, Role::responsable})
        if (s == role_name(r)) return r;
    return std::nullopt;
}

long Request::id(const std::string& name) const {
    auto it = path_params.find(name);
    if (it == path_params.end()) throw HttpError(404);
    long value = 0;
    const auto& s = it->second;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || value <= 0) throw HttpError(404);
    return value;
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

Response Response::text(std::string body, int status) {
    Response r;
    r.status = status;
    r.content_type = "text/plain; charset=utf-8";
    r.body = std::move(body);
    return r;
}

void Response::set_cookie(const std::string& name, const std::string& value, long max_age,
                          bool secure) {
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
        case 413: return "Payload Too Large";
        case 422: return "Unprocessable Entity";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        case 503: return "Service Unavailable";
    }
    return "Unknown";
}

}  // namespace ope
