#include "tests/integration/support/worker.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace ope::test {

namespace {

std::string env_or_empty(const char* name) {
    const char* v = std::getenv(name);
    return v ? v : "";
}

}  // namespace

bool mail_available() { return !env_or_empty("OPE_TEST_BIN").empty() && !env_or_empty("OPE_TEST_MAILDIR").empty(); }

Processus::Processus(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                     const std::string& log_name) {
    const std::string bin = env_or_empty("OPE_TEST_BIN");
    if (bin.empty()) throw std::runtime_error("OPE_TEST_BIN is not set");

    // Everything the child needs is prepared before fork(): it only calls async-signal-safe functions.
    std::vector<std::string> vars;
    for (char** e = environ; *e; ++e) {
        std::string var = *e;
        if (!env.count(var.substr(0, var.find('=')))) vars.push_back(var);
    }
    for (const auto& [name, value] : env) vars.push_back(name + "=" + value);
    std::vector<char*> envp;
    for (auto& v : vars) envp.push_back(v.data());
    envp.push_back(nullptr);
    std::vector<std::string> words{"ope"};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);

    int log = -1;
    if (const std::string var = env_or_empty("OPE_TEST_VAR"); !var.empty()) {
        std::filesystem::create_directories(var + "/logs");
        log = ::open((var + "/logs/" + log_name).c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    }
    const pid_t parent = ::getpid();
    pid_ = ::fork();
    if (pid_ < 0) {
        if (log >= 0) ::close(log);
        throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    }
    if (pid_ == 0) {
        // A test process that dies (crash, ctest timeout) takes its worker with it.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) ::_exit(126);
        if (log >= 0) {
            ::dup2(log, STDOUT_FILENO);
            ::dup2(log, STDERR_FILENO);
        }
        ::execve(bin.c_str(), argv.data(), envp.data());
        ::_exit(127);
    }
    if (log >= 0) ::close(log);
}

Processus::~Processus() { stop(); }

bool Processus::running() {
    if (pid_ <= 0) return false;
    int status = 0;
    pid_t r = ::waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
        status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        pid_ = -1;
        return false;
    }
    return true;
}

int Processus::stop() {
    if (!running()) return status_;
    ::kill(pid_, SIGTERM);
    // The worker finishes its pass first (an SMTP exchange times out after 30 s).
    const auto limit = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < limit) {
        if (!running()) return status_;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    status_ = -1;
    return status_;
}

std::map<std::string, std::string> maildir_messages(const std::string& maildir) {
    std::map<std::string, std::string> out;
    const std::string dir = maildir.empty() ? env_or_empty("OPE_TEST_MAILDIR") : maildir;
    if (dir.empty()) return out;
    for (const char* sub : {"/new", "/cur"}) {
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(dir + sub, ec)) {
            if (!entry.is_regular_file()) continue;
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream s;
            s << in.rdbuf();
            out[entry.path().filename().string()] = s.str();
        }
    }
    return out;
}

bool wait_until(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
    const auto limit = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (condition()) return true;
        if (std::chrono::steady_clock::now() >= limit) return condition();
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
}

}  // namespace ope::test
