#include "fcgi/db.hpp"

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

bool Db::lost_connection(const sql::SQLException& e) {
    switch (e.getErrorCode()) {
        case 2002: case 2003: case 2006: case 2013: case 2055:  // client: gone, lost, refused
        case 1053: case 1927: case 4031:                         // server shutting down, killed, idle timeout
            return true;
    }
    return false;
}

void Db::connect() {
    sql::Driver* driver = get_driver_instance();
    sql::ConnectOptionsMap options;
    options["hostName"] = sql::SQLString("tcp://" + config_.db_host + ":" + std::to_string(config_.db_port));
    options["userName"] = sql::SQLString(config_.db_user);
    options["password"] = sql::SQLString(config_.db_password);
    options["schema"] = sql::SQLString(config_.db_name);
    options["OPT_CHARSET_NAME"] = sql::SQLString("utf8mb4");  // "utf8" would be utf8mb3
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
        // Writers that must not miss each other lock the session row explicitly
        // (data/inscriptions.hpp); REPEATABLE READ's gap locks add nothing to that
        // and make writers of neighbouring sessions deadlock.
        st->execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
    } catch (const sql::SQLException& e) {
        conn_.reset();
        throw DbUnavailable(e.what());
    }
    last_used_ = now_seconds();
}

void Db::drop_connection() noexcept {
    statements_cache_.clear();
    try {
        if (conn_) conn_->close();
    } catch (...) {
        // The server is gone already; nothing to close.
    }
    conn_.reset();
    in_transaction_ = false;
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
    try {
        auto rs = query("SELECT 1");
        return rs->next();
    } catch (...) {
        return false;
    }
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
    guarded([&] {
        conn_->commit();
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
        guarded([&] {
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
