#include "fcgi/router.hpp"

#include <stdexcept>

namespace ope {

namespace {

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> parts;
    std::size_t pos = 1;  // skip the leading '/'
    if (path.size() <= 1) return parts;
    while (pos <= path.size()) {
        std::size_t slash = path.find('/', pos);
        if (slash == std::string_view::npos) slash = path.size();
        parts.push_back(path.substr(pos, slash - pos));
        pos = slash + 1;
    }
    return parts;
}

bool is_integer(std::string_view s) {
    if (s.empty() || s.size() > 18 || s[0] == '0') return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

bool is_word(std::string_view s) {
    if (s.empty() || s.size() > 40) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || c == '_' || c == '-')) return false;
    return true;
}

}  // namespace

Router::Router(std::vector<Route> routes) : routes_(std::move(routes)) {
    for (const auto& r : routes_) compiled_.push_back(compile(r.pattern));
}

Router::Compiled Router::compile(const std::string& pattern) {
    if (pattern.empty() || pattern[0] != '/') throw std::logic_error("bad route pattern " + pattern);
    Compiled c;
    for (auto part : split_path(pattern)) {
        if (part.size() > 2 && part.front() == '{' && part.back() == '}') {
            std::string_view inner = part.substr(1, part.size() - 2);
            auto colon = inner.find(':');
            if (colon == std::string_view::npos)
                c.segments.push_back({Segment::integer, std::string(inner)});
            else if (inner.substr(colon + 1) == "mot")
                c.segments.push_back({Segment::word, std::string(inner.substr(0, colon))});
            else
                throw std::logic_error("bad route parameter in " + pattern);
        } else {
            c.segments.push_back({Segment::literal, std::string(part)});
        }
    }
    return c;
}

bool Router::match_one(const Compiled& c, const std::vector<std::string_view>& parts,
                       std::map<std::string, std::string>& params) {
    if (parts.size() != c.segments.size()) return false;
    std::map<std::string, std::string> found;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const Segment& s = c.segments[i];
        switch (s.kind) {
            case Segment::literal:
                if (parts[i] != s.text) return false;
                break;
            case Segment::integer:
                if (!is_integer(parts[i])) return false;
                found[s.text] = std::string(parts[i]);
                break;
            case Segment::word:
                if (!is_word(parts[i])) return false;
                found[s.text] = std::string(parts[i]);
                break;
        }
    }
    params = std::move(found);
    return true;
}

Router::Match Router::match(const std::string& method, const std::string& path) const {
    Match m;
    if (path.empty() || path[0] != '/') return m;
    auto parts = split_path(path);
    // "HEAD" is answered like "GET" (the server drops the body).
    const std::string wanted = method == "HEAD" ? "GET" : method;
    for (std::size_t i = 0; i < routes_.size(); ++i) {
        std::map<std::string, std::string> params;
        if (!match_one(compiled_[i], parts, params)) continue;
        if (routes_[i].method == wanted) {
            m.outcome = Outcome::found;
            m.route = &routes_[i];
            m.params = std::move(params);
            return m;
        }
        m.outcome = Outcome::method_not_allowed;
        m.allow += (m.allow.empty() ? "" : ", ") + routes_[i].method;
    }
    return m;
}

}  // namespace ope
