// Matching of method + path against the route table (app/routes.cpp).
// Patterns use {name} for a positive integer segment and {name:mot} for a
// short lower-case word; everything else matches literally.
#pragma once

#include "fcgi/http.hpp"

#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

namespace ope {

class Db;

// Who may use a route. `anyone` needs no login; otherwise the user's role must be in the set.
class Roles {
public:
    Roles(std::initializer_list<Role> roles) {
        for (Role r : roles) bits_ |= bit(r);
    }
    static Roles anyone() { Roles r{}; r.public_ = true; return r; }
    static Roles staff() { return {Role::formateur, Role::tuteur, Role::responsable}; }
    static Roles logged_in() { return {Role::stagiaire, Role::formateur, Role::tuteur, Role::responsable}; }
    bool is_public() const { return public_; }
    bool allows(Role r) const { return public_ || (bits_ & bit(r)); }

private:
    static unsigned bit(Role r) { return 1u << static_cast<unsigned>(r); }
    unsigned bits_ = 0;
    bool public_ = false;
};

using Handler = std::function<Response(Request&, Db&)>;

struct Route {
    std::string method;
    std::string pattern;
    Roles roles;
    Handler handler;
    // The versions of what the page shows, read by the login's statement (fcgi/versions.hpp).
    const LectureVersions* versions = nullptr;
};

class Router {
public:
    explicit Router(std::vector<Route> routes);

    enum class Outcome { found, not_found, method_not_allowed };
    struct Match {
        Outcome outcome = Outcome::not_found;
        const Route* route = nullptr;
        std::map<std::string, std::string> params;
        std::string allow;  // for method_not_allowed: "GET, POST"
    };
    Match match(const std::string& method, const std::string& path) const;
    const std::vector<Route>& routes() const { return routes_; }

private:
    struct Segment {
        enum Kind { literal, integer, word } kind;
        std::string text;  // the literal, or the parameter's name
    };
    struct Compiled {
        std::vector<Segment> segments;
    };
    static Compiled compile(const std::string& pattern);
    static bool match_one(const Compiled& c, const std::vector<std::string_view>& parts,
                          std::map<std::string, std::string>& params);

    std::vector<Route> routes_;
    std::vector<Compiled> compiled_;
};

}  // namespace ope
