#include "fcgi/pipeline.hpp"

#include "fcgi/config.hpp"
#include "fcgi/crypto.hpp"
#include "fcgi/log.hpp"
#include "fcgi/parse.hpp"
#include "fcgi/render.hpp"

namespace ope {

namespace {

bool is_hex_token(const std::string& s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

// Reads the body into form fields and files. Returns false when it is malformed.
bool parse_body(Request& req) {
    if (req.body.empty()) return true;
    std::string type = media_type(req.content_type);
    if (type == "application/x-www-form-urlencoded") {
        req.form = parse_urlencoded(req.body);
        return true;
    }
    if (auto boundary = multipart_boundary(req.content_type))
        return parse_multipart(req.body, *boundary, req.form, req.files);
    return false;
}

Response login_redirect(const Request& req) {
    std::string suite = req.path;
    if (!req.query_string.empty()) suite += "?" + req.query_string;
    return Response::redirect("/connexion?suite=" + url_encode(suite), 302);
}

Response dispatch(const Site& site, Request& req, Db& db) {
    // Who is asking is known before any answer, an unknown address's included: the
    // error page of a logged-in user keeps their menu.
    auto token = req.cookies.find(kSessionCookie);
    if (token != req.cookies.end()) req.user = site.user_of(db, token->second);

    auto match = site.router.match(req.method, req.path);
    if (match.outcome == Router::Outcome::not_found) return error_page(req, 404);
    if (match.outcome == Router::Outcome::method_not_allowed) {
        Response res = error_page(req, 405);
        res.headers.emplace_back("Allow", match.allow);
        return res;
    }
    const Route& route = *match.route;
    req.path_params = std::move(match.params);

    if (!route.roles.is_public()) {
        if (!req.user) return login_redirect(req);
        if (!route.roles.allows(req.user->role)) return error_page(req, 403);
    }
    if (req.method == "POST") {
        if (!parse_body(req)) return error_page(req, 400, "Le formulaire envoyé est mal formé.");
        const std::string& expected = req.user ? req.user->csrf : req.anon_csrf;
        if (!same_token(req.form.get("csrf"), expected))
            return error_page(req, 403,
                              "Le formulaire a expiré ou ne vient pas de ce site. Rechargez la page et recommencez.");
    }
    return route.handler(req, db);
}

}  // namespace

Response handle(const Site& site, Request& req, Db& db) {
    req.query = parse_urlencoded(req.query_string);
    req.cookies = parse_cookies(req.cookie_header);

    // Anonymous forms (the login form) use a double-submit CSRF cookie.
    bool new_anon_csrf = false;
    auto anon = req.cookies.find(kAnonCsrfCookie);
    if (anon != req.cookies.end() && is_hex_token(anon->second)) {
        req.anon_csrf = anon->second;
    } else {
        req.anon_csrf = random_token();
        new_anon_csrf = true;
    }

    // What the previous POST did, said once: the cookie is cleared by the page that says it.
    auto avis = req.cookies.find(kAvisCookie);
    if (avis != req.cookies.end()) req.avis = site.avis(avis->second);

    const long statements_before = db.statements();
    Response res;
    try {
        // A deadlock rolls the handler's transaction back whole: trying the request
        // again is safe, and what a user would do anyway.
        for (int attempt = 1;; ++attempt) {
            try {
                res = dispatch(site, req, db);
                break;
            } catch (const sql::SQLException& e) {
                if (!is_lock_conflict(e) || attempt == 3) throw;
                log_line("lock conflict on " + req.method + " " + req.path + ", trying again: " + e.what());
                req.user.reset();
                req.form = Params();
                req.files.clear();
            }
        }
    } catch (const HttpError& e) {
        res = error_page(req, e.status, e.what());
    } catch (const DbUnavailable& e) {
        log_line(std::string("database unavailable: ") + e.what());
        req.user.reset();
        res = error_page(req, 503);
    } catch (const sql::SQLException& e) {
        if (!is_lock_conflict(e)) {
            log_line("500 on " + req.method + " " + req.path + ": " + e.what());
            res = error_page(req, 500);
        } else {
            // The transaction was rolled back whole: nothing was half-written.
            log_line("lock conflict on " + req.method + " " + req.path + ": " + e.what());
            res = error_page(req, 503, "Le site est très sollicité : votre demande n'a pas été enregistrée. Réessayez.");
        }
    } catch (const std::exception& e) {
        log_line("500 on " + req.method + " " + req.path + ": " + e.what());
        res = error_page(req, 500);
    }
    // A page's number of SQL statements must not grow with the rows it shows; tests
    // and benchmarks read it here.
    if (config().debug_sql)
        res.headers.emplace_back("X-Requetes-SQL", std::to_string(db.statements() - statements_before));
    if (!config().instance.empty()) res.headers.emplace_back("X-Ope-Instance", config().instance);
    if (new_anon_csrf && !req.user) res.set_cookie(req, kAnonCsrfCookie, req.anon_csrf, 12 * 3600);
    if (avis != req.cookies.end() && res.status / 100 != 3) res.set_cookie(req, kAvisCookie, "", 0);
    return res;
}

}  // namespace ope
