// Configuration, read once from OPE_* environment variables (see README.md).
#pragma once

#include "fcgi/adresse.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace ope {

// One database server of OPE_DB_HOST.
struct DbServer {
    std::string host;
    int port = 3306;
    std::string address() const;  // "host:port" ("[::1]:3306" for an IPv6 address)
    bool operator==(const DbServer&) const = default;
};

// OPE_DB_HOST: one server or a list, "host1:3306,host2:3306,[::1]:3307"; an entry
// without a port gets default_port. The order is the preference: the app uses the
// first one that answers and stays on it until it fails. Throws std::runtime_error
// (in French) on a malformed list.
std::vector<DbServer> parse_db_servers(const std::string& text, int default_port);

struct Config {
    std::string listen = "127.0.0.1:9000";  // FastCGI socket: host:port or a path
    int threads = 8;
    std::vector<DbServer> db_servers = {{"127.0.0.1", 3306}};
    std::string db_name = "ope";
    std::string db_user = "ope";
    std::string db_password;
    std::string share_dir;           // holds templates/, sql/, static/
    std::string site_url = "http://127.0.0.1:8080";
    std::string association = "OPE";  // the name printed at the top of the reports
    bool cookie_secure = false;      // also set when nginx says the request came over HTTPS
    std::size_t max_body = 12 * 1024 * 1024;
    long session_idle_seconds = 2 * 3600;
    long session_max_seconds = 12 * 3600;
    std::vector<Reseau> trusted_proxies;  // OPE_TRUSTED_PROXIES: whose X-Forwarded-For names the client
    std::string instance;    // OPE_INSTANCE: when set, sent back in X-Ope-Instance (several app servers)
    bool debug_sql = false;  // adds X-Requetes-SQL: <statements run> to every response
    // OPE_SECRET_FILE: the key that seals the initial passwords (fcgi/crypto.hpp),
    // outside the database and its backups.
    std::string secret_file;

    // Documents and mail (step 12).
    std::size_t document_max = 10 * 1024 * 1024;  // one file of the library
    std::size_t pieces_max = 2 * 1024 * 1024;     // all attachments of one sending
    std::string smtp_host;                        // empty: mails are written to mail_dir
    int smtp_port = 25;
    bool smtp_starttls = false;
    std::string smtp_user, smtp_password;
    std::string mail_from = "ope@localhost";
    std::string mail_dir = "var/mails";
    long mail_retry_seconds = 60;                 // first retry delay, doubled each time
    int mail_max_attempts = 10;
    // How long a worker holds the mails it claimed (renewed before each one); one
    // mail's whole SMTP exchange is cut at a third of it (smtp_limite_ms).
    long mail_claim_seconds = 600;
    long smtp_limite_ms() const { return mail_claim_seconds * 1000 / 3; }

    static Config from_env();
};

// The configuration of this process (from_env() on first use).
const Config& config();

}  // namespace ope
