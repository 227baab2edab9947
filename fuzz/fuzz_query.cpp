// libFuzzer target: the request line's URI as fcgi/server.cpp and fcgi/app.cpp
// split it: path = url_decode(before '?', plus_as_space = false), query =
// parse_urlencoded(after '?'), query values read with parse_positive, and the
// login redirect "/connexion?suite=" + url_encode(path?query).
// Built and run by scripts/fuzz.sh; seeds in fuzz/corpus/fuzz_query/.
//
// Input: a REQUEST_URI ("/emploi/stagiaires?q=dupont&page=2"). Checked:
//  - the path keeps '+' (only the query turns '+' into a space);
//  - parse_positive agrees with a plain reference (1..18 ASCII digits, > 0);
//  - the "suite" parameter of the login redirect decodes back to the
//    original path and query.
#include "fcgi/parse.hpp"
#include "fuzz/check.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

using namespace ope;

namespace {

std::optional<long> reference_positive(std::string_view s) {
    if (s.empty() || s.size() > 18) return std::nullopt;
    for (char c : s)
        if (c < '0' || c > '9') return std::nullopt;
    const long value = std::stol(std::string(s));
    if (value <= 0) return std::nullopt;
    return value;
}

void check_positive(std::string_view s) {
    const auto got = parse_positive(s);
    const auto expected = reference_positive(s);
    FUZZ_CHECK(got == expected, fuzz::show(s));
    if (got) FUZZ_CHECK(*got > 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string uri(reinterpret_cast<const char*>(data), size);
    const auto q = uri.find('?');
    const std::string raw_path = uri.substr(0, q);
    const std::string query_string = q == std::string::npos ? "" : uri.substr(q + 1);

    std::string path = url_decode(raw_path, false);
    FUZZ_CHECK(path.size() <= raw_path.size());
    if (raw_path.find('%') == std::string::npos) FUZZ_CHECK(path == raw_path, fuzz::show(raw_path));
    if (path.empty()) path = "/";

    const Params query = parse_urlencoded(query_string);
    for (const auto& [name, value] : query.items()) {
        check_positive(name);
        check_positive(value);
    }
    check_positive(query.get("page"));
    check_positive(uri);

    // login_redirect() in fcgi/app.cpp, then the login form reading "suite".
    std::string suite = path;
    if (!query_string.empty()) suite += "?" + query_string;
    const std::string location = "/connexion?suite=" + url_encode(suite);
    const auto lq = location.find('?');
    FUZZ_CHECK(location.find('?', lq + 1) == std::string::npos, fuzz::show(location));
    FUZZ_CHECK(location.find_first_of("\r\n \"<>") == std::string::npos, fuzz::show(location));
    const Params back = parse_urlencoded(std::string_view(location).substr(lq + 1));
    FUZZ_CHECK(back.size() == 1 && back.get("suite") == suite, fuzz::show(uri));
    return 0;
}
