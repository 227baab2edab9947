#include "fcgi/config.hpp"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace ope {

namespace {

std::string env(const char* name, const std::string& fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::string(v) : fallback;
}

long env_number(const char* name, long fallback, long min, long max) {
    const char* v = std::getenv(name);
    if (!v || !*v) return fallback;
    char* end = nullptr;
    long n = std::strtol(v, &end, 10);
    if (*end != '\0' || n < min || n > max)
        throw std::runtime_error(std::string(name) + " doit être un nombre entre " +
                                 std::to_string(min) + " et " + std::to_string(max));
    return n;
}

}  // namespace

Config Config::from_env() {
    Config c;
    c.listen = env("OPE_LISTEN", c.listen);
    c.threads = static_cast<int>(env_number("OPE_THREADS", c.threads, 1, 256));
    c.db_host = env("OPE_DB_HOST", c.db_host);
    c.db_port = static_cast<int>(env_number("OPE_DB_PORT", c.db_port, 1, 65535));
    c.db_name = env("OPE_DB_NAME", c.db_name);
    c.db_user = env("OPE_DB_USER", c.db_user);
    c.db_password = env("OPE_DB_PASSWORD", "");
    c.share_dir = env("OPE_SHARE_DIR", OPE_DEFAULT_SHARE_DIR);
    c.site_url = env("OPE_SITE_URL", c.site_url);
    c.cookie_secure = env("OPE_COOKIE_SECURE", "0") == "1";
    c.max_body = static_cast<std::size_t>(
        env_number("OPE_MAX_BODY", static_cast<long>(c.max_body), 1024, 1L << 30));
    c.session_idle_seconds = env_number("OPE_SESSION_IDLE", c.session_idle_seconds, 60, 86400 * 30);
    c.session_max_seconds = env_number("OPE_SESSION_MAX", c.session_max_seconds, 60, 86400 * 90);
    return c;
}

const Config& config() {
    static const Config c = Config::from_env();
    return c;
}

}  // namespace ope
