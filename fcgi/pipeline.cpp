#include "fcgi/pipeline.hpp"

#include "fcgi/config.hpp"
#include "fcgi/crypto.hpp"
#include "fcgi/log.hpp"
#include "fcgi/parse.hpp"
#include "fcgi/render.hpp"

#include <chrono>
#include <random>
#include <thread>

namespace ope {

namespace {

bool is_hex_token(const std::string& s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

// No field of the site's forms takes more than 50 000 bytes (the body of a mail);
// a request with a longer field or field name is refused before any form reads it
// (files are not fields: their limits are the body's and the library's).
constexpr std::size_t kChampMax = 64 * 1024;
constexpr std::size_t kNomDeChampMax = 256;

bool champs_bornes(const Params& fields) {
    for (const auto& [name, value] : fields.items())
        if (name.size() > kNomDeChampMax || value.size() > kChampMax) return false;
    return true;
}

enum class Corps { lu, mal_forme, champ_trop_long };

// Reads the body into form fields and files.
Corps parse_body(Request& req) {
    if (req.body.empty()) return Corps::lu;
    std::string type = media_type(req.content_type);
    if (type == "application/x-www-form-urlencoded") {
        req.form = parse_urlencoded(req.body);
    } else if (auto boundary = multipart_boundary(req.content_type)) {
        if (!parse_multipart(req.body, *boundary, req.form, req.files)) return Corps::mal_forme;
    } else {
        return Corps::mal_forme;
    }
    return champs_bornes(req.form) ? Corps::lu : Corps::champ_trop_long;
}

const char* const kChampTropLong = "Un champ du formulaire est beaucoup trop long : rien n'a été enregistré.";

// Attempts at a request that meets lock conflicts (or loses its connection first).
constexpr int kAttempts = 5;

// Up to 10, 20, 40, 80 ms after the 1st, 2nd... conflict: 150 ms at most in all.
void pause_before(int attempt) {
    thread_local std::minstd_rand rng{std::random_device{}()};
    std::uniform_int_distribution<int> ms(0, 10 << (attempt - 1));
    std::this_thread::sleep_for(std::chrono::milliseconds(ms(rng)));
}

Response login_redirect(const Request& req) {
    std::string suite = req.path;
    if (!req.query_string.empty()) suite += "?" + req.query_string;
    return Response::redirect("/connexion?suite=" + url_encode(suite), 302);
}

Response dispatch(const Site& site, Request& req, Db& db) {
    // Who is asking is known before any answer, an unknown address's included: the
    // error page of a logged-in user keeps their menu.
    auto match = site.router.match(req.method, req.path);
    req.path_params = std::move(match.params);
    auto token = req.cookies.find(kSessionCookie);
    if (token != req.cookies.end()) {
        // A page kept in memory costs one statement: its versions come with the login.
        const LectureVersions* lecture = match.route ? match.route->versions : nullptr;
        std::optional<long> id;  // for id_du_chemin only
        if (lecture && lecture->cle == LectureVersions::Cle::id_du_chemin && !(id = req.id_si("id")))
            lecture = nullptr;  // the handler answers 404
        req.user = site.user_of(db, token->second, lecture, id.value_or(0), req.versions);
    }
    if (match.outcome == Router::Outcome::not_found) return error_page(req, 404);
    if (match.outcome == Router::Outcome::method_not_allowed) {
        Response res = error_page(req, 405);
        res.headers.emplace_back("Allow", match.allow);
        return res;
    }
    const Route& route = *match.route;

    if (!route.roles.is_public()) {
        if (!req.user) return login_redirect(req);
        if (!route.roles.allows(req.user->role)) return error_page(req, 403);
    }
    if (!champs_bornes(req.query)) return error_page(req, 413, kChampTropLong);
    if (req.method == "POST") {
        switch (parse_body(req)) {
            case Corps::lu: break;
            case Corps::mal_forme: return error_page(req, 400, "Le formulaire envoyé est mal formé.");
            case Corps::champ_trop_long: return error_page(req, 413, kChampTropLong);
        }
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
        // A deadlock (on Galera also a conflict with another node, at COMMIT) rolls the
        // handler's transaction back whole: trying the request again is safe, and what
        // a user would do anyway. So is a connection lost before anything of the
        // request could be committed: the next attempt runs on the next server.
        for (int attempt = 1;; ++attempt) {
            db.begin_request();
            try {
                res = dispatch(site, req, db);
                break;
            } catch (const sql::SQLException& e) {
                if (!is_lock_conflict(e) || attempt == kAttempts) throw;
                log_line("lock conflict on " + req.method + " " + req.path + ", trying again: " + e.what());
                // Writers of one session on two nodes collide again if they start again
                // at once: each waits a random while, longer at each attempt.
                pause_before(attempt);
            } catch (const DbUnavailable& e) {
                if (!db.may_retry() || attempt == kAttempts) throw;
                log_line("database lost on " + req.method + " " + req.path + ", trying again: " + e.what());
            }
            req.user.reset();
            req.versions = {};
            req.form = Params();
            req.files.clear();
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
    if (config().debug_sql) {
        res.headers.emplace_back("X-Requetes-SQL", std::to_string(db.statements() - statements_before));
        // Which database server answered (several servers: tests/scripts/test_grappe.sh).
        res.headers.emplace_back("X-Ope-Base", db.server());
    }
    if (!config().instance.empty()) res.headers.emplace_back("X-Ope-Instance", config().instance);
    if (new_anon_csrf && !req.user) res.set_cookie(req, kAnonCsrfCookie, req.anon_csrf, 12 * 3600);
    if (avis != req.cookies.end() && res.status / 100 != 3) res.set_cookie(req, kAvisCookie, "", 0);
    return res;
}

}  // namespace ope
