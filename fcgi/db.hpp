// One MariaDB/MySQL connection per worker thread, with its prepared statements
// prepared once and reused. Every SQL statement of the data layer goes through
// query/exec/insert below, with values bound as parameters, never spliced.
//
// The server is the first usable one of OPE_DB_HOST (a list for a Galera
// cluster): when it is gone, or is a Galera node outside the primary component
// (error 1047, wsrep_ready OFF), the connection is dropped and the next one of
// the list is used, in turn from the one that failed.
#pragma once

#include "fcgi/config.hpp"

#include <cppconn/connection.h>
#include <cppconn/exception.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace ope {

// The database cannot be reached: the request gets a 503 page (or is tried again on
// another server, see Db::may_retry), the next one reconnects.
struct DbUnavailable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Bound as SQL NULL.
struct Null {};

// A parameter of a statement whose number of parameters is only known at run time
// (a search with one clause per typed word, optional filters).
struct Value {
    enum class Kind { null, number, text } kind = Kind::null;
    long number = 0;
    std::string text;
    Value(Null) {}
    Value(long n) : kind(Kind::number), number(n) {}
    Value(int n) : kind(Kind::number), number(n) {}
    Value(std::string t) : kind(Kind::text), text(std::move(t)) {}
    Value(const char* t) : kind(Kind::text), text(t) {}
};

// The current row of a result, read by column name (the SELECT's names or aliases),
// so that a reader never depends on where a column stands in a list written elsewhere.
class Row {
public:
    explicit Row(sql::ResultSet& rs) : rs_(rs) {}
    // NULL reads as "" and 0.
    std::string text(const char* column) const;
    long number(const char* column) const;
    bool flag(const char* column) const { return number(column) != 0; }
    std::optional<std::string> optional_text(const char* column) const;
    std::optional<long> optional_number(const char* column) const;

private:
    sql::ResultSet& rs_;
};

// MySQL error 1062: a unique key refused the row.
bool is_duplicate_key(const sql::SQLException& e);
// Errors 1213 (deadlock) and 1205 (lock wait timeout): the transaction was rolled
// back because of concurrent ones; trying again later works.
bool is_lock_conflict(const sql::SQLException& e);

class Db {
public:
    explicit Db(const Config& config);
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    // Connects when there is no live connection; throws DbUnavailable when no server
    // of the list is usable.
    void ensure_connected();
    // True when a usable server answers now (on Galera: a node of the primary
    // component; `SELECT 1` alone also answers on a node outside it).
    bool ping();

    // A request, or another attempt at it, starts. On a Galera node its first
    // statement waits until the node has applied every transaction committed
    // anywhere in the cluster before (wsrep_sync_wait): a page shown after a
    // redirect sees what the POST wrote, whichever node serves it.
    void begin_request();
    // After DbUnavailable: true when the request may run again from the start on
    // another server: the connection was lost, and nothing this attempt sent can
    // have been committed (no COMMIT, no write outside a transaction).
    bool may_retry() const { return lost_ && !wrote_; }
    // The server in use ("" when not connected), for logs and test headers.
    std::string server() const;
    // True when the server in use is a Galera node (wsrep_on).
    bool galera() const { return galera_; }

    template <class... A>
    std::unique_ptr<sql::ResultSet> query(const std::string& sql, const A&... args) {
        return guarded([&] {
            auto& st = prepare(sql);
            bind_all(st, args...);
            return std::unique_ptr<sql::ResultSet>(st.executeQuery());
        });
    }
    std::unique_ptr<sql::ResultSet> query_list(const std::string& sql, const std::vector<Value>& args) {
        return guarded([&] {
            auto& st = prepare(sql);
            bind_list(st, args);
            return std::unique_ptr<sql::ResultSet>(st.executeQuery());
        });
    }
    int exec_list(const std::string& sql, const std::vector<Value>& args) {
        return guarded_write([&] {
            auto& st = prepare(sql);
            bind_list(st, args);
            return st.executeUpdate();
        });
    }
    // Returns the number of rows changed.
    template <class... A>
    int exec(const std::string& sql, const A&... args) {
        return guarded_write([&] {
            auto& st = prepare(sql);
            bind_all(st, args...);
            return st.executeUpdate();
        });
    }
    // Returns the AUTO_INCREMENT id of the inserted row.
    template <class... A>
    long insert(const std::string& sql, const A&... args) {
        exec(sql, args...);
        auto rs = query("SELECT LAST_INSERT_ID() AS id");
        rs->next();
        return Row(*rs).number("id");
    }
    // Runs a script of plain statements separated by ";" at line ends (migrations, seed).
    void run_script(const std::string& text);

    void begin();
    void commit();
    void rollback() noexcept;

    // Statements executed since the process started on this connection (for tests and the debug log).
    long statements() const { return statements_; }

private:
    sql::PreparedStatement& prepare(const std::string& sql);
    void connect();
    // Opens a connection to one server; false (nothing kept) when it is a Galera
    // node that is not ready. Throws sql::SQLException when it cannot connect.
    bool open(const DbServer& server);
    void drop_connection() noexcept;
    // On a Galera node: true when it serves (wsrep_ready ON).
    bool node_ready();
    void causal_wait();

    template <class F>
    auto guarded(F f) -> decltype(f()) {
        ensure_connected();
        try {
            if (causal_pending_) causal_wait();
            ++statements_;
            return f();
        } catch (const sql::SQLException& e) {
            if (server_unusable(e)) {
                drop_connection();
                lost_ = true;
                // In turn from the one that failed: the next connection tries the next server first.
                current_ = (current_ + 1) % config_.db_servers.size();
                throw DbUnavailable(e.what());
            }
            throw;
        }
    }
    // A change outside a transaction: once sent, it may be committed even if the answer is lost.
    template <class F>
    auto guarded_write(F f) -> decltype(f()) {
        if (!in_transaction_) wrote_ = true;
        return guarded(f);
    }
    // The connection is lost, or the server cannot serve (a Galera node outside
    // the primary component).
    bool server_unusable(const sql::SQLException& e);

    static void bind(sql::PreparedStatement& st, int i, long v) { st.setInt64(i, v); }
    static void bind(sql::PreparedStatement& st, int i, int v) { st.setInt(i, v); }
    static void bind(sql::PreparedStatement& st, int i, bool v) { st.setBoolean(i, v); }
    static void bind(sql::PreparedStatement& st, int i, const std::string& v) { st.setString(i, v); }
    static void bind(sql::PreparedStatement& st, int i, const char* v) { st.setString(i, v); }
    static void bind(sql::PreparedStatement& st, int i, Null) { st.setNull(i, 0); }
    template <class T>
    static void bind(sql::PreparedStatement& st, int i, const std::optional<T>& v) {
        if (v) bind(st, i, *v);
        else st.setNull(i, 0);
    }
    static void bind_list(sql::PreparedStatement& st, const std::vector<Value>& args) {
        int i = 0;
        for (const auto& v : args) {
            ++i;
            switch (v.kind) {
                case Value::Kind::null: bind(st, i, Null{}); break;
                case Value::Kind::number: bind(st, i, v.number); break;
                case Value::Kind::text: bind(st, i, v.text); break;
            }
        }
    }
    template <class... A>
    static void bind_all(sql::PreparedStatement& st, const A&... args) {
        [[maybe_unused]] int i = 0;
        (bind(st, ++i, args), ...);
    }

    const Config& config_;
    std::unique_ptr<sql::Connection> conn_;
    std::unordered_map<std::string, std::unique_ptr<sql::PreparedStatement>> statements_cache_;
    long statements_ = 0;
    long last_used_ = 0;  // steady clock seconds, to check idle connections before use
    bool in_transaction_ = false;
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t last_connected_ = kNone;  // to log a change of server
    std::size_t current_ = 0;      // index in config_.db_servers of the server in use, or to try first
    bool galera_ = false;          // the server in use is a Galera node
    bool causal_pending_ = false;  // the request's first statement has not run yet
    bool lost_ = false;            // this attempt lost its connection
    bool wrote_ = false;           // this attempt sent a COMMIT or a change outside a transaction
};

// Commits on commit(); rolls back when left without it (exception, early return).
// A change and its journal entry are written in the same transaction: journal::noter
// takes one.
class Transaction {
public:
    explicit Transaction(Db& db) : db_(db) { db_.begin(); }
    Db& db() { return db_; }
    void commit() { db_.commit(); done_ = true; }
    ~Transaction() { if (!done_) db_.rollback(); }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    Db& db_;
    bool done_ = false;
};

// Applies the numbered migrations of <share_dir>/sql not yet in schema_migrations.
// Returns the versions applied.
std::vector<std::string> migrate(Db& db, const std::string& sql_dir);

}  // namespace ope
