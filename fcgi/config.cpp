#include "fcgi/config.hpp"

#include <charconv>
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

std::string DbServer::address() const {
    return (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::vector<DbServer> parse_db_servers(const std::string& text, int default_port) {
    auto refuse = [&](const std::string& why) {
        return std::runtime_error("OPE_DB_HOST invalide (« " + text + " ») : " + why +
                                  ". Attendu : hôte, hôte:port ou une liste hôte1:3306,hôte2:3306");
    };
    auto port_of = [&](const std::string& digits) {
        int port = 0;
        auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
        if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || port < 1 || port > 65535)
            throw refuse("port « " + digits + " » hors de 1-65535");
        return port;
    };
    std::vector<DbServer> servers;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        std::string entry = text.substr(start, comma - start);
        entry.erase(0, entry.find_first_not_of(" \t"));
        entry.erase(entry.find_last_not_of(" \t") + 1);
        if (entry.empty()) throw refuse("un hôte est vide");
        DbServer server{entry, default_port};
        if (entry.front() == '[') {  // [IPv6] or [IPv6]:port
            auto close = entry.find(']');
            if (close == std::string::npos || close == 1) throw refuse("« " + entry + " » : adresse IPv6 mal fermée");
            server.host = entry.substr(1, close - 1);
            std::string rest = entry.substr(close + 1);
            if (!rest.empty()) {
                if (rest.front() != ':') throw refuse("« " + entry + " » : « : » attendu après « ] »");
                server.port = port_of(rest.substr(1));
            }
        } else if (auto colon = entry.find(':'); colon != std::string::npos) {
            if (entry.find(':', colon + 1) != std::string::npos)
                throw refuse("« " + entry + " » : une adresse IPv6 s'écrit entre crochets");
            server.host = entry.substr(0, colon);
            server.port = port_of(entry.substr(colon + 1));
            if (server.host.empty()) throw refuse("« " + entry + " » : hôte vide");
        }
        servers.push_back(server);
        start = comma + 1;
    }
    return servers;
}

Config Config::from_env() {
    Config c;
    c.listen = env("OPE_LISTEN", c.listen);
    c.threads = static_cast<int>(env_number("OPE_THREADS", c.threads, 1, 256));
    c.db_servers = parse_db_servers(env("OPE_DB_HOST", "127.0.0.1"),
                                    static_cast<int>(env_number("OPE_DB_PORT", 3306, 1, 65535)));
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
    c.trusted_proxies = parse_reseaux(env("OPE_TRUSTED_PROXIES", ""));
    c.document_max = static_cast<std::size_t>(
        env_number("OPE_DOCUMENT_MAX", static_cast<long>(c.document_max), 1024, 1L << 30));
    c.smtp_host = env("OPE_SMTP_HOST", "");
    c.smtp_port = static_cast<int>(env_number("OPE_SMTP_PORT", c.smtp_port, 1, 65535));
    c.smtp_starttls = env("OPE_SMTP_STARTTLS", "0") == "1";
    c.smtp_user = env("OPE_SMTP_USER", "");
    c.smtp_password = env("OPE_SMTP_PASSWORD", "");
    c.mail_from = env("OPE_MAIL_FROM", c.mail_from);
    c.mail_dir = env("OPE_MAIL_DIR", c.mail_dir);
    c.secret_file = env("OPE_SECRET_FILE", "");
    c.mail_retry_seconds = env_number("OPE_MAIL_RETRY", c.mail_retry_seconds, 1, 86400);
    c.mail_max_attempts = static_cast<int>(env_number("OPE_MAIL_ATTEMPTS", c.mail_max_attempts, 1, 100));
    c.mail_claim_seconds = env_number("OPE_MAIL_CLAIM", c.mail_claim_seconds, 3, 86400);
    return c;
}

const Config& config() {
    static const Config c = Config::from_env();
    return c;
}

}  // namespace ope
