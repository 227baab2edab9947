// libFuzzer target: fcgi/router.cpp (Router::match, and Router's pattern
// compiler). Built and run by scripts/fuzz.sh; seeds in fuzz/corpus/fuzz_router/.
//
// The site's table (site_router() in app/routes.cpp) pulls in every handler
// and so the database, ctemplate and Poco libraries; instead, scripts/fuzz.sh
// extracts its method/pattern pairs into build-fuzz/routes_table.inc, which is
// included here with dummy handlers: same routes, same order, kept in sync.
//
// Input: "METHOD /path" (one line); or "#PATTERN\nMETHOD /path" to match
// against a single route with that (fuzzed) pattern. Checked:
//  - the outcome equals a plain reference matcher's (first route whose
//    segments match wins; 405 lists every other method that matches);
//  - HEAD is answered like GET;
//  - a found route's parameters are exactly its {names}; integers read back
//    with Request::id (no exception), words are [a-z_-]{1,40};
//  - putting the parameters back into the pattern gives the path again.
#include "fcgi/router.hpp"
#include "fuzz/check.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

using namespace ope;

namespace {

struct RouteLine {
    const char* method;
    const char* pattern;
};
const RouteLine kSiteRoutes[] = {
#include "routes_table.inc"
};

Response dummy(Request&, Db&) { return Response{}; }

std::vector<std::string> split(const std::string& path) {
    // "/" -> {}, "/a" -> {"a"}, "/a/" -> {"a", ""}, "//" -> {"", ""}.
    std::vector<std::string> parts;
    if (path.size() <= 1) return parts;
    std::string current;
    for (std::size_t i = 1; i < path.size(); ++i) {
        if (path[i] == '/') {
            parts.push_back(current);
            current.clear();
        } else {
            current += path[i];
        }
    }
    parts.push_back(current);
    return parts;
}

bool integer(const std::string& s) {
    if (s.empty() || s.size() > 18 || s[0] == '0') return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

bool word(const std::string& s) {
    if (s.empty() || s.size() > 40) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || c == '_' || c == '-')) return false;
    return true;
}

// Reference: does `pattern` (already accepted by Router) match `path`?
bool reference_match(const std::string& pattern, const std::string& path,
                     std::map<std::string, std::string>& params) {
    const auto want = split(pattern), got = split(path);
    if (want.size() != got.size()) return false;
    std::map<std::string, std::string> found;
    for (std::size_t i = 0; i < want.size(); ++i) {
        const std::string& w = want[i];
        if (w.size() > 2 && w.front() == '{' && w.back() == '}') {
            const std::string inner = w.substr(1, w.size() - 2);
            const auto colon = inner.find(':');
            const bool is_word = colon != std::string::npos;
            if (!(is_word ? word(got[i]) : integer(got[i]))) return false;
            found[is_word ? inner.substr(0, colon) : inner] = got[i];
        } else if (w != got[i]) {
            return false;
        }
    }
    params = found;
    return true;
}

void check(const Router& router, const std::string& method, const std::string& path) {
    const Router::Match m = router.match(method, path);
    const std::string wanted = method == "HEAD" ? "GET" : method;

    // Reference outcome.
    Router::Outcome outcome = Router::Outcome::not_found;
    const Route* route = nullptr;
    std::map<std::string, std::string> params;
    std::string allow;
    if (!path.empty() && path[0] == '/') {
        for (const Route& r : router.routes()) {
            std::map<std::string, std::string> p;
            if (!reference_match(r.pattern, path, p)) continue;
            if (r.method == wanted) {
                outcome = Router::Outcome::found, route = &r, params = p;
                break;
            }
            outcome = Router::Outcome::method_not_allowed;
            allow += (allow.empty() ? "" : ", ") + r.method;
        }
    }
    const std::string where = fuzz::show(method) + " " + fuzz::show(path);
    FUZZ_CHECK(m.outcome == outcome, where);
    FUZZ_CHECK(m.route == route, where);
    if (outcome == Router::Outcome::found) {
        FUZZ_CHECK(m.params == params, where);
        FUZZ_CHECK(route->method == wanted, where);
    }
    if (outcome == Router::Outcome::method_not_allowed) {
        FUZZ_CHECK(m.allow == allow && !allow.empty(), where);
    }
    if (outcome != Router::Outcome::found) return;

    // The parameters, as handlers read them, and the path rebuilt from them.
    Request req;
    req.path_params = m.params;
    std::string rebuilt;
    std::set<std::string> names;
    bool unique_names = true;  // "/{a}/{a}" (never in the site's table) keeps the last value
    for (const std::string& w : split(route->pattern)) {
        rebuilt += '/';
        if (w.size() > 2 && w.front() == '{' && w.back() == '}') {
            const std::string inner = w.substr(1, w.size() - 2);
            const auto colon = inner.find(':');
            const std::string name = colon == std::string::npos ? inner : inner.substr(0, colon);
            FUZZ_CHECK(m.params.count(name), where);
            unique_names = names.insert(name).second && unique_names;
            if (colon == std::string::npos) {
                long id = 0;
                try {
                    id = req.id(name);
                } catch (const HttpError&) {
                    FUZZ_CHECK(false, "Request::id refused " + where);
                }
                FUZZ_CHECK(id > 0 && std::to_string(id) == m.params.at(name), where);
            } else {
                FUZZ_CHECK(word(m.params.at(name)), where);
            }
            rebuilt += m.params.at(name);
        } else {
            rebuilt += w;
        }
    }
    if (rebuilt.empty()) rebuilt = "/";
    FUZZ_CHECK(!unique_names || rebuilt == path, where + " rebuilt as " + fuzz::show(rebuilt));
}

const Router& site() {
    static const Router router = [] {
        std::vector<Route> routes;
        for (const auto& r : kSiteRoutes) routes.push_back({r.method, r.pattern, Roles::anyone(), dummy});
        return Router(std::move(routes));
    }();
    return router;
}

// "METHOD /path"; no space: GET and the whole line as the path.
void request_line(std::string_view line, std::string& method, std::string& path) {
    const auto space = line.find(' ');
    if (space == std::string_view::npos) {
        method = "GET";
        path = std::string(line);
    } else {
        method = std::string(line.substr(0, space));
        path = std::string(line.substr(space + 1));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::string method, path;
    if (!input.empty() && input[0] == '#') {
        const auto nl = input.find('\n');
        const std::string pattern(input.substr(1, nl == std::string_view::npos ? std::string_view::npos : nl - 1));
        request_line(nl == std::string_view::npos ? std::string_view() : input.substr(nl + 1), method, path);
        std::optional<Router> router;
        try {
            router.emplace(std::vector<Route>{{"GET", pattern, Roles::anyone(), dummy},
                                              {"POST", pattern, Roles::anyone(), dummy}});
        } catch (const std::logic_error&) {
            return 0;  // bad patterns are refused when the table is built: fine
        }
        check(*router, method, path);
        return 0;
    }
    request_line(input, method, path);
    check(site(), method, path);
    check(site(), "HEAD", path);
    return 0;
}
