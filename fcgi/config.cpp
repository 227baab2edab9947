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
    c.association = env("OPE_ASSOCIATION", c.association);
    c.cookie_secure = env("OPE_COOKIE_SECURE", "0") == "1";
    c.max_body = static_cast<std::size_t>(
        env_number("OPE_MAX_BODY", static_cast<long>(c.max_body), 1024, 1L << 30));
    c.session_idle_seconds = env_number("OPE_SESSION_IDLE", c.session_idle_seconds, 60, 86400 * 30);
    c.session_max_seconds = env_number("OPE_SESSION_MAX", c.session_max_seconds, 60, 86400 * 90);
    c.debug_sql = env("OPE_DEBUG_SQL", "0") == "1";
    c.instance = env("OPE_INSTANCE", "");
    c.document_max = static_cast<std::size_t>(
        env_number("OPE_DOCUMENT_MAX", static_cast<long>(c.document_max), 1024, 1L << 30));
    c.smtp_host = env("OPE_SMTP_HOST", "");
    c.smtp_port = static_cast<int>(env_number("OPE_SMTP_PORT", c.smtp_port, 1, 65535));
    c.smtp_starttls = env("OPE_SMTP_STARTTLS", "0") == "1";
    c.smtp_user = env("OPE_SMTP_USER", "");
    c.smtp_password = env("OPE_SMTP_PASSWORD", "");
    c.mail_from = env("OPE_MAIL_FROM", c.mail_from);
    c.mail_dir = env("OPE_MAIL_DIR", c.mail_dir);
    c.mail_retry_seconds = env_number("OPE_MAIL_RETRY", c.mail_retry_seconds, 1, 86400);
    c.mail_max_attempts = static_cast<int>(env_number("OPE_MAIL_ATTEMPTS", c.mail_max_attempts, 1, 100));
    return c;
}

const Config& config() {
    static const Config c = Config::from_env();
    return c;
}

}  // namespace ope
