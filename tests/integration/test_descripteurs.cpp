// Out of file descriptors: when accept() fails with EMFILE (an error libfcgi does
// not retry), a worker thread of `ope serve` used to end for good, and the process
// went on with fewer threads, then with none: it stayed up and answered nothing. Here
// an `ope serve` of its own (2 threads, on OPE_TEST_APP3) is spoken to in FastCGI
// directly; its soft RLIMIT_NOFILE is lowered to 3 while it runs (prlimit, as root),
// so that every accept() fails, then raised again: its threads must still be there
// and serve the request that waited meanwhile.
#define BOOST_TEST_MODULE descripteurs
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/worker.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>

using namespace ope::test;
using namespace std::chrono_literals;

namespace {

std::string adresse() {
    const char* a = std::getenv("OPE_TEST_APP3");
    return a ? a : "";
}

struct Pile {
    Pile() {
        skip_without_stack();
        if (adresse().empty() || !std::getenv("OPE_TEST_BIN")) {
            std::cerr << "OPE_TEST_APP3 or OPE_TEST_BIN is not set: run through scripts/test.sh. Skipped.\n";
            std::exit(77);
        }
    }
};

// ------------------------------------------------------- a FastCGI client

void enregistrement(std::string& out, unsigned char type, const std::string& contenu) {
    const std::size_t n = contenu.size();
    out += static_cast<char>(1);  // version
    out += static_cast<char>(type);
    out += '\0';
    out += static_cast<char>(1);  // request id 1
    out += static_cast<char>(n >> 8);
    out += static_cast<char>(n & 0xFF);
    out += '\0';  // no padding
    out += '\0';
    out += contenu;
}

void parametre(std::string& out, const std::string& nom, const std::string& valeur) {
    out += static_cast<char>(nom.size());
    out += static_cast<char>(valeur.size());
    out += nom + valeur;
}

// The status of GET `path` (200, 503...), or 0 without an answer within `delai`.
int get_fastcgi(const std::string& path, std::chrono::milliseconds delai) {
    const std::string hote_port = adresse();
    const auto deux_points = hote_port.rfind(':');
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(static_cast<uint16_t>(std::stoi(hote_port.substr(deux_points + 1))));
    inet_pton(AF_INET, hote_port.substr(0, deux_points).c_str(), &sa.sin_addr);
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return 0;
    timeval tv{static_cast<time_t>(delai.count() / 1000), static_cast<suseconds_t>((delai.count() % 1000) * 1000)};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0) {
        ::close(fd);
        return 0;
    }
    std::string params, requete;
    parametre(params, "REQUEST_METHOD", "GET");
    parametre(params, "REQUEST_URI", path);
    parametre(params, "QUERY_STRING", "");
    parametre(params, "REMOTE_ADDR", "127.0.0.1");
    enregistrement(requete, 1, std::string("\0\1\0\0\0\0\0\0", 8));  // BEGIN_REQUEST, responder
    enregistrement(requete, 4, params);
    enregistrement(requete, 4, "");
    enregistrement(requete, 5, "");  // empty STDIN
    ::send(fd, requete.data(), requete.size(), MSG_NOSIGNAL);
    std::string recu;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        recu.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    // STDOUT records hold "Status: 200 OK\r\n...".
    const auto pos = recu.find("Status: ");
    if (pos == std::string::npos) return 0;
    return std::atoi(recu.c_str() + pos + 8);
}

// ------------------------------------------------------- the process

int threads(pid_t pid) {
    int n = 0;
    for ([[maybe_unused]] const auto& t : std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task")) ++n;
    return n;
}

void limite_de_fichiers(pid_t pid, rlim_t souple) {
    rlimit actuelle{};
    BOOST_REQUIRE(::prlimit(pid, RLIMIT_NOFILE, nullptr, &actuelle) == 0);
    rlimit nouvelle{souple, actuelle.rlim_max};
    BOOST_REQUIRE_MESSAGE(::prlimit(pid, RLIMIT_NOFILE, &nouvelle, nullptr) == 0, "prlimit (needs root)");
}

std::string journal() {
    const char* var = std::getenv("OPE_TEST_VAR");
    std::ifstream in(std::string(var ? var : ".") + "/logs/descripteurs.log");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Pile);

BOOST_AUTO_TEST_CASE(un_thread_sans_descripteur_attend_et_reprend) {
    Processus serveur({"serve"}, {{"OPE_LISTEN", adresse()}, {"OPE_THREADS", "2"}, {"OPE_INSTANCE", "descripteurs"}},
                      "descripteurs.log");
    const bool pret = wait_until([] { return get_fastcgi("/sante", 500ms) == 200; }, 20s);
    BOOST_REQUIRE_MESSAGE(pret, "the extra ope serve does not answer on " << adresse());
    // Both threads serve a few requests (each opens its database connection), then wait in accept().
    for (int i = 0; i < 10; ++i) BOOST_REQUIRE(get_fastcgi("/sante", 2s) == 200);
    std::this_thread::sleep_for(300ms);
    const int avant = threads(serveur.pid());
    BOOST_TEST(avant >= 3);  // main (waiting for signals) and the two workers

    // No new descriptor possible. A thread already waiting in accept() holds the one
    // it will use: each serves one more request, then fails to accept the next.
    limite_de_fichiers(serveur.pid(), 3);
    for (int i = 0; i < 2; ++i) BOOST_TEST(get_fastcgi("/sante", 3s) == 200, "request " << i << " with the low limit");
    std::this_thread::sleep_for(1500ms);
    BOOST_TEST(threads(serveur.pid()) == avant, "worker threads ended on EMFILE");
    BOOST_TEST(journal().find("accept impossible (Too many open files") != std::string::npos);

    // A request now waits in the listen queue; once descriptors are back it is served.
    auto en_attente = std::async(std::launch::async, [] { return get_fastcgi("/sante", 8s); });
    std::this_thread::sleep_for(700ms);
    limite_de_fichiers(serveur.pid(), 1024);
    BOOST_TEST(en_attente.get() == 200, "the request that waited was not served");
    for (int i = 0; i < 6; ++i) BOOST_TEST(get_fastcgi("/sante", 3s) == 200);
    BOOST_TEST(threads(serveur.pid()) == avant);
    BOOST_TEST(journal().find("accept fonctionne de nouveau") != std::string::npos);
    BOOST_TEST(serveur.stop() == 0);
}
