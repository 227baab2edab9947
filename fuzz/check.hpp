// Shared by the libFuzzer targets (fuzz/fuzz_*.cpp, built by scripts/fuzz.sh):
// FUZZ_CHECK(cond) aborts with a message when an invariant does not hold, so
// that libFuzzer reports the input as a crash and saves it (crash-<sha1>).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace fuzz {

// Prints s with non-printable bytes escaped (\xNN), for failure messages.
inline std::string show(std::string_view s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            out += static_cast<char>(c);
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        }
    }
    return out + "\"";
}

[[noreturn]] inline void fail(const char* cond, const char* file, int line, const std::string& detail) {
    std::fprintf(stderr, "\n*** FUZZ_CHECK failed: %s\n    at %s:%d\n", cond, file, line);
    if (!detail.empty()) std::fprintf(stderr, "    %s\n", detail.c_str());
    std::abort();
}

}  // namespace fuzz

// FUZZ_CHECK(cond) or FUZZ_CHECK(cond, "what " + fuzz::show(value)).
#define FUZZ_CHECK(cond, ...)                                                 \
    do {                                                                      \
        if (!(cond)) ::fuzz::fail(#cond, __FILE__, __LINE__, std::string(__VA_ARGS__)); \
    } while (0)
