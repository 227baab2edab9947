// Commands of the binary as child processes of a test (the mail worker, an extra
// `ope serve`), and the Maildir the SMTP sink writes into (OPE_TEST_MAILDIR).
// scripts/test.sh starts no worker: the mail tests start their own, and a Processus
// always stops its process (SIGTERM, then waits) when it goes out of scope, also
// when a test fails.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ope::test {

// A command of the binary (`$OPE_TEST_BIN ARGS...`) as a child process of a test,
// its output appended to $OPE_TEST_VAR/logs/<log>.
class Processus {
public:
    // Starts it with the test's environment, plus `env`. Throws when it cannot start.
    Processus(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
              const std::string& log);
    ~Processus();
    Processus(const Processus&) = delete;
    Processus& operator=(const Processus&) = delete;

    // SIGTERM, then waits (SIGKILL after 60 s); the exit status (-1 if it had to be killed).
    int stop();
    // False once the process has ended (e.g. a configuration error at start).
    bool running();
    pid_t pid() const { return pid_; }

private:
    pid_t pid_ = -1;
    int status_ = -1;
};

// `ope courriels`, with the test's environment plus `env` (e.g.
// {{"OPE_SMTP_PORT", "1"}}: a mail server that is down).
class Worker : public Processus {
public:
    explicit Worker(const std::map<std::string, std::string>& env = {})
        : Processus({"courriels"}, env, "courriels-tests.log") {}
};

// True when OPE_TEST_BIN and OPE_TEST_MAILDIR are set (the mail tests need both).
bool mail_available();

// Every message file of the Maildir (new/ and cur/), keyed by file name: the sink's
// (OPE_TEST_MAILDIR), or the one of `dir`.
std::map<std::string, std::string> maildir_messages(const std::string& dir = "");

// Polls `condition` every 200 ms until it holds or `timeout` has passed; its last value.
bool wait_until(const std::function<bool()>& condition, std::chrono::milliseconds timeout);

}  // namespace ope::test
