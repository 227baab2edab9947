#include "fcgi/db.hpp"

#include "fcgi/log.hpp"

#include <cppconn/driver.h>
#include <cppconn/statement.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace ope {

namespace {

long now_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

}  // namespace

std::string Row::text(const char* column) const {
    return rs_.isNull(column) ? std::string() : std::string(rs_.getString(column).asStdString());
}

long Row::number(const char* column) const {
    return rs_.isNull(column) ? 0 : static_cast<long>(rs_.getInt64(column));
}

std::optional<std::string> Row::optional_text(const char* column) const {
    if (rs_.isNull(column)) return std::nullopt;
    return std::string(rs_.getString(column).asStdString());
}

std::optional<long> Row::optional_number(const char* column) const {
    if (rs_.isNull(column)) return std::nullopt;
    return static_cast<long>(rs_.getInt64(column));
}

bool is_duplicate_key(const sql::SQLException& e) { return e.getErrorCode() == 1062; }

bool is_lock_conflict(const sql::SQLException& e) { return e.getErrorCode() == 1213 || e.getErrorCode() == 1205; }

Db::Db(const Config& config) : config_(config) {}

Db::~Db() { drop_connection(); }

bool Db::server_unusable(const sql::SQLException& e) {
    switch (e.getErrorCode()) {
        case 2002: case 2003: case 2006: case 2013: case 2055:  // client: gone, lost, refused
        case 1053: case 1927: case 4031:                         // server shutting down, killed, idle timeout
            return true;
        // A Galera node outside the primary component: "WSREP has not yet prepared
        // node for application use" for any statement on a table, and a commit that
        // could not be replicated. Another node can serve.
        case 1047: case 1180:
            return galera_;
        // There, a read that waits for the cluster (causal_wait) fails at once with
        // "Lock wait timeout exceeded" instead; a real lock wait timeout leaves the node ready.
        case 1205:
            if (!galera_) return false;
            try {
                return !node_ready();
            } catch (const sql::SQLException&) {
                return true;
            }
    }
    return false;
}

void Db::connect() {
    const auto& servers = config_.db_servers;
    std::string failures;
    for (std::size_t k = 0; k < servers.size(); ++k) {
        const std::size_t i = (current_ + k) % servers.size();
        try {
            if (open(servers[i])) {
                if (k > 0 || (last_connected_ != kNone && last_connected_ != i))
                    log_line("database: connected to " + servers[i].address() +
                             (galera_ ? " (Galera node)" : "") + (failures.empty() ? "" : " after " + failures));
                current_ = last_connected_ = i;
                return;
            }
            failures += servers[i].address() + ": Galera node not ready (wsrep_ready OFF); ";
        } catch (const sql::SQLException& e) {
            failures += servers[i].address() + ": " + e.what() + "; ";
        }
    }
    throw DbUnavailable(failures);
}

bool Db::open(const DbServer& server) {
    sql::Driver* driver = get_driver_instance();
    sql::ConnectOptionsMap options;
    options["hostName"] = sql::SQLString("tcp://" + server.address());
    options["userName"] = sql::SQLString(config_.db_user);
    options["password"] = sql::SQLString(config_.db_password);
    options["schema"] = sql::SQLString(config_.db_name);
    options["OPT_CHARSET_NAME"] = sql::SQLString("utf8mb4");  // "utf8" would be utf8mb3
    // A server that does not answer is given up after 3 s, and the next one tried.
    options["OPT_CONNECT_TIMEOUT"] = 3;
    options["OPT_READ_TIMEOUT"] = 60;
    options["OPT_WRITE_TIMEOUT"] = 60;
    options["OPT_RECONNECT"] = false;  // we reconnect ourselves, with fresh prepared statements
    try {
        conn_.reset(driver->connect(options));
        std::unique_ptr<sql::Statement> st(conn_->createStatement());
        // Refuse rather than silently truncate or invent dates.
        st->execute("SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,"
                    "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");
        st->execute("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci");
        // Writers that must not miss each other lock and write the session row
        // (sessions::verrouiller); REPEATABLE READ's gap locks add nothing to that
        // and make writers of neighbouring sessions deadlock.
        st->execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
        // Asked once per connection: plain MariaDB says OFF, MySQL has no such variable.
        std::unique_ptr<sql::ResultSet> wsrep(st->executeQuery("SHOW VARIABLES LIKE 'wsrep_on'"));
        galera_ = wsrep->next() && wsrep->getString(2) == "ON";
        if (galera_ && !node_ready()) {
            drop_connection();
            return false;
        }
    } catch (const sql::SQLException&) {
        drop_connection();
        throw;
    }
    return true;
}

bool Db::node_ready() {
    // SHOW STATUS answers even outside the primary component (a table would not).
    std::unique_ptr<sql::Statement> st(conn_->createStatement());
    std::unique_ptr<sql::ResultSet> rs(st->executeQuery("SHOW STATUS LIKE 'wsrep_ready'"));
    return rs->next() && rs->getString(2) == "ON";
}

void Db::causal_wait() {
    causal_pending_ = false;
    if (!galera_) return;
    ++statements_;
    std::unique_ptr<sql::Statement> st(conn_->createStatement());
    std::unique_ptr<sql::ResultSet> rs(st->executeQuery("SET STATEMENT wsrep_sync_wait = 1 FOR SELECT 1"));
}

void Db::begin_request() {
    causal_pending_ = true;
    lost_ = wrote_ = false;
}

std::string Db::server() const { return conn_ ? config_.db_servers[current_].address() : std::string(); }

void Db::drop_connection() noexcept {
    statements_cache_.clear();
    try {
        if (conn_) conn_->close();
    } catch (...) {
        // The server is gone already; nothing to close.
    }
    conn_.reset();
    in_transaction_ = false;
    galera_ = false;
}

void Db::ensure_connected() {
    if (conn_ && !in_transaction_ && now_seconds() - last_used_ > 5) {
        // An idle connection may have been cut (server restart, wait_timeout): check it first
        // so the request gets a fresh one instead of an error.
        bool valid = false;
        try {
            valid = conn_->isValid();
        } catch (...) {
        }
        if (!valid) drop_connection();
    }
    if (!conn_) connect();
    last_used_ = now_seconds();
}

bool Db::ping() {
    // Each server at most once: a Galera node may have left the primary component
    // since this connection was made, and the next one may serve.
    for (std::size_t k = 0; k < config_.db_servers.size(); ++k) {
        lost_ = false;
        try {
            if (query("SELECT 1")->next() && (!galera_ || guarded([&] { return node_ready(); }))) return true;
            drop_connection();
            current_ = (current_ + 1) % config_.db_servers.size();
        } catch (const DbUnavailable&) {
            if (!lost_) return false;  // no server of the list is usable
        } catch (...) {
            return false;
        }
    }
    return false;
}

sql::PreparedStatement& Db::prepare(const std::string& sql) {
    auto it = statements_cache_.find(sql);
    if (it == statements_cache_.end())
        it = statements_cache_.emplace(sql, std::unique_ptr<sql::PreparedStatement>(conn_->prepareStatement(sql)))
                 .first;
    return *it->second;
}

void Db::begin() {
    guarded([&] {
        conn_->setAutoCommit(false);
        in_transaction_ = true;
        return 0;
    });
}

void Db::commit() {
    wrote_ = true;  // from here the outcome is the server's: never sent twice
    guarded([&] {
        // A COMMIT statement, not Connection::commit(): Connector/C++ 1.1 ignores a
        // COMMIT that fails, and on Galera that is where a conflict with another node
        // is reported (error 1213, the transaction rolled back).
        std::unique_ptr<sql::Statement> st(conn_->createStatement());
        st->execute("COMMIT");
        conn_->setAutoCommit(true);
        in_transaction_ = false;
        return 0;
    });
}

void Db::rollback() noexcept {
    if (!conn_) return;
    try {
        conn_->rollback();
        conn_->setAutoCommit(true);
        in_transaction_ = false;
    } catch (...) {
        drop_connection();  // a connection in an unknown state is not reused
    }
}

void Db::run_script(const std::string& text) {
    // Statements end with ';' at the end of a line; lines starting with "--" are comments.
    std::istringstream in(text);
    std::string line, statement;
    auto run = [&](const std::string& sql) {
        guarded_write([&] {
            std::unique_ptr<sql::Statement> st(conn_->createStatement());
            st->execute(sql);
            return 0;
        });
    };
    while (std::getline(in, line)) {
        std::string trimmed = line;
        trimmed.erase(0, trimmed.find_first_not_of(" \t\r"));
        if (trimmed.rfind("--", 0) == 0) continue;
        statement += line + "\n";
        auto end = trimmed.find_last_not_of(" \t\r");
        if (end != std::string::npos && trimmed[end] == ';') {
            run(statement);
            statement.clear();
        }
    }
    if (statement.find_first_not_of(" \t\r\n") != std::string::npos) run(statement);
}

std::vector<std::string> migrate(Db& db, const std::string& sql_dir) {
    namespace fs = std::filesystem;
    db.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version VARCHAR(190) NOT NULL PRIMARY KEY,"
            " applique_le DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP"
            ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    const std::regex numbered(R"(^\d{3}_[a-z0-9_]+\.sql$)");
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(sql_dir))
        if (std::regex_match(entry.path().filename().string(), numbered)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    std::vector<std::string> applied;
    for (const auto& file : files) {
        std::string version = file.stem().string();
        auto rs = db.query("SELECT 1 FROM schema_migrations WHERE version = ?", version);
        if (rs->next()) continue;
        std::ifstream in(file);
        std::stringstream text;
        text << in.rdbuf();
        // DDL commits implicitly in MySQL, so a migration is not atomic: keep each one small
        // and written so that it can be re-run after a failure (IF NOT EXISTS).
        db.run_script(text.str());
        db.exec("INSERT INTO schema_migrations (version) VALUES (?)", version);
        applied.push_back(version);
    }
    return applied;
}

}  // namespace ope
