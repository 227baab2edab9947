#include "fcgi/server.hpp"

#include "fcgi/adresse.hpp"
#include "fcgi/db.hpp"
#include "fcgi/log.hpp"
#include "fcgi/parse.hpp"

#include <cppconn/driver.h>
#include <fcgiapp.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <climits>
#include <cstring>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

namespace ope {

namespace {

std::atomic<bool> stopping{false};

// Writes all of iov to the socket fd, through short writes; false on an error
// (MSG_NOSIGNAL: a peer gone is an error, not a signal).
bool envoyer_tout(int fd, std::vector<iovec>& iov) {
    std::size_t first = 0;
    while (first < iov.size()) {
        msghdr msg{};
        msg.msg_iov = iov.data() + first;
        msg.msg_iovlen = std::min<std::size_t>(iov.size() - first, IOV_MAX);
        const ssize_t sent = sendmsg(fd, &msg, MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        // Skips what was sent: whole entries, then part of the next one.
        auto rest = static_cast<std::size_t>(sent);
        while (first < iov.size() && rest >= iov[first].iov_len) rest -= iov[first++].iov_len;
        if (rest > 0) {
            iov[first].iov_base = static_cast<char*>(iov[first].iov_base) + rest;
            iov[first].iov_len -= rest;
        }
    }
    return true;
}

// Owns one FCGX_Request: initialised once per thread, finished after each request.
class FcgiRequest {
public:
    explicit FcgiRequest(int socket) { FCGX_InitRequest(&raw_, socket, 0); }
    ~FcgiRequest() { FCGX_Free(&raw_, 1); }
    FcgiRequest(const FcgiRequest&) = delete;
    FcgiRequest& operator=(const FcgiRequest&) = delete;

    // 0, or a negative errno when the next connection could not be accepted.
    int accept() { return FCGX_Accept_r(&raw_); }
    void finish() { FCGX_Finish_r(&raw_); }

    std::string param(const char* name) const {
        const char* v = FCGX_GetParam(name, raw_.envp);
        return v ? std::string(v) : std::string();
    }
    // Reads the body; false when it is larger than max (then nothing is kept).
    bool read_body(std::size_t length, std::size_t max, std::string& out) {
        if (length > max) return false;
        out.resize(length);
        std::size_t got = 0;
        while (got < length) {
            int n = FCGX_GetStr(out.data() + got, static_cast<int>(length - got), raw_.in);
            if (n <= 0) break;
            got += static_cast<std::size_t>(n);
        }
        out.resize(got);
        return true;
    }
    // An answer that fits libfcgi's 8 KB output buffer goes out with the end of the
    // request, in one write at finish(). A larger one, where libfcgi would make one
    // write per 8 KB (ten for the validation page, each waking nginx), goes out in one
    // system call: FastCGI STDOUT records of up to 64 KB written straight to the
    // connection; finish() then has libfcgi write the end of the stream and
    // FCGI_END_REQUEST after them, as it would have after its own records.
    // False when nginx has gone.
    bool write(std::string_view head, std::string_view body) {
        const std::size_t total = head.size() + body.size();
        if (total <= kTampon) {
            FCGX_PutStr(head.data(), static_cast<int>(head.size()), raw_.out);
            FCGX_PutStr(body.data(), static_cast<int>(body.size()), raw_.out);
            return FCGX_GetError(raw_.out) == 0;
        }
        std::vector<std::array<unsigned char, 8>> headers;
        headers.reserve(total / kRecord + 1);  // not reallocated: iov points into it
        std::vector<iovec> iov;
        iov.reserve(3 * (total / kRecord + 1));
        auto add = [&](std::size_t from, std::size_t n) {  // bytes [from, from + n) of head + body
            if (from < head.size()) {
                const std::size_t k = std::min(n, head.size() - from);
                iov.push_back({const_cast<char*>(head.data() + from), k});
                from += k;
                n -= k;
            }
            if (n > 0) iov.push_back({const_cast<char*>(body.data() + (from - head.size())), n});
        };
        for (std::size_t offset = 0; offset < total; offset += kRecord) {
            const std::size_t n = std::min(kRecord, total - offset);
            headers.push_back({1, 6 /* FCGI_STDOUT */, static_cast<unsigned char>(raw_.requestId >> 8),
                               static_cast<unsigned char>(raw_.requestId), static_cast<unsigned char>(n >> 8),
                               static_cast<unsigned char>(n), 0, 0});
            iov.push_back({headers.back().data(), headers.back().size()});
            add(offset, n);
        }
        return envoyer_tout(raw_.ipcFd, iov);
    }

private:
    static constexpr std::size_t kRecord = 65535;  // a FastCGI record's largest content
    static constexpr std::size_t kTampon = 8000;   // within libfcgi's output buffer (8 KB, a record header included)
    FCGX_Request raw_{};
};

Request read_request(FcgiRequest& fr, const Config& config, bool& too_large) {
    Request req;
    req.method = fr.param("REQUEST_METHOD");
    std::string uri = fr.param("REQUEST_URI");
    auto q = uri.find('?');
    req.path = url_decode(uri.substr(0, q), false);
    if (req.path.empty()) req.path = "/";
    req.query_string = fr.param("QUERY_STRING");
    req.content_type = fr.param("CONTENT_TYPE");
    req.cookie_header = fr.param("HTTP_COOKIE");
    req.remote_addr = adresse_client(fr.param("REMOTE_ADDR"), fr.param("HTTP_X_FORWARDED_FOR"), config.trusted_proxies);
    req.https = fr.param("HTTPS") == "on";
    std::string length_text = fr.param("CONTENT_LENGTH");
    std::size_t length = 0;
    std::from_chars(length_text.data(), length_text.data() + length_text.size(), length);
    too_large = !fr.read_body(length, config.max_body, req.body);
    return req;
}

// The CGI headers of the answer (its body is written after them as it is).
std::string serialise(const Response& res) {
    std::string out = "Status: " + std::to_string(res.status) + " " + status_text(res.status) + "\r\n";
    out += "Content-Type: " + res.content_type + "\r\n";
    // Pages hold personal data: never stored by browsers or proxies.
    out += "Cache-Control: no-store\r\n";
    for (const auto& [name, value] : res.headers) out += name + ": " + value + "\r\n";
    out += "Content-Length: " + std::to_string(res.body.size()) + "\r\n\r\n";
    return out;
}

// libfcgi retries accept() only on EINTR and EAGAIN: on anything else (EMFILE when
// the process is out of file descriptors, ENFILE, ENOBUFS, ENOMEM...) FCGX_Accept_r
// fails, and a thread that stopped there would be gone for good, the process
// serving on with fewer. The thread waits instead (50 ms, doubled up to 1 s) and
// accepts again; it says so once when it starts failing and once when it recovers.
void attendre_avant_de_reessayer(int& echecs, int erreur) {
    ++echecs;
    if (echecs == 1 || echecs % 60 == 0)
        log_line("accept impossible (" + std::generic_category().message(-erreur) + ", " + std::to_string(echecs) +
                 " fois de suite) : nouvel essai dans un instant");
    const auto pause = std::chrono::milliseconds(std::min(1000, 50 << std::min(echecs - 1, 5)));
    const auto fin = std::chrono::steady_clock::now() + pause;
    while (!stopping && std::chrono::steady_clock::now() < fin) std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

void worker(int socket, const Config& config, const Site& site) {
    sql::Driver* driver = get_driver_instance();
    driver->threadInit();
    {
        Db db(config);
        FcgiRequest fr(socket);
        int echecs = 0;
        while (!stopping) {
            if (int erreur = fr.accept(); erreur < 0) {
                if (stopping) break;  // the listening socket was shut: the server is stopping
                attendre_avant_de_reessayer(echecs, erreur);
                continue;
            }
            if (echecs > 0) log_line("accept fonctionne de nouveau après " + std::to_string(echecs) + " échec(s)");
            echecs = 0;
            bool too_large = false;
            Request req = read_request(fr, config, too_large);
            Response res = too_large ? Response::text("Envoi trop volumineux.\n", 413)
                                     : handle(site, req, db);
            fr.write(serialise(res), req.method != "HEAD" ? std::string_view(res.body) : std::string_view());
            fr.finish();
        }
    }
    driver->threadEnd();
}

}  // namespace

int serve(const Config& config, const Site& site) {
    if (FCGX_Init() != 0) {
        log_line("FCGX_Init failed");
        return 1;
    }
    int socket = FCGX_OpenSocket(config.listen.c_str(), 256);
    if (socket < 0) {
        log_line("cannot listen on " + config.listen);
        return 1;
    }
    get_driver_instance();  // not thread-safe the first time: create it before the workers

    // libfcgi installs its own signal handlers; block the stop signals in every thread
    // and take them in one thread with sigwait instead.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    std::vector<std::thread> workers;
    for (int i = 0; i < config.threads; ++i) workers.emplace_back(worker, socket, std::cref(config), std::cref(site));
    log_line("listening on " + config.listen + " with " + std::to_string(config.threads) + " threads");

    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    log_line(std::string("stopping on ") + strsignal(signal_number));
    stopping = true;
    FCGX_ShutdownPending();
    // Wakes the thread blocked in accept(); the others find the socket shut and stop.
    shutdown(socket, SHUT_RDWR);
    close(socket);
    for (auto& t : workers) t.join();
    return 0;
}

}  // namespace ope
