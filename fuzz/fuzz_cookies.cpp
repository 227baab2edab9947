// libFuzzer target: the Cookie header (fcgi/parse.cpp: parse_cookies), read on
// every request before anything else. Built and run by scripts/fuzz.sh; seeds
// in fuzz/corpus/fuzz_cookies/.
//
// Input: the raw header value ("ope_session=ab12; ope_csrf=\"cd\""). Checked:
//  - at most 100 cookies; names non-empty, without ';' and without leading
//    or trailing blanks; values without ';';
//  - the result equals a deliberately naive reference parser (split on ';',
//    trim spaces and tabs, first occurrence of a name wins, one pair of
//    surrounding double quotes dropped);
//  - serialising the cookies again and parsing gives the same map.
#include "fcgi/parse.hpp"
#include "fuzz/check.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

using namespace ope;

namespace {

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    const auto last = s.find_last_not_of(" \t");
    return s.substr(first, last - first + 1);
}

std::map<std::string, std::string> reference(const std::string& header) {
    std::map<std::string, std::string> out;
    std::size_t start = 0;
    while (start < header.size() && out.size() < 100) {
        std::size_t end = header.find(';', start);
        if (end == std::string::npos) end = header.size();
        const std::string pair = trimmed(header.substr(start, end - start));
        const auto eq = pair.find('=');
        if (eq != std::string::npos && eq != 0) {
            const std::string name = trimmed(pair.substr(0, eq));
            std::string value = trimmed(pair.substr(eq + 1));
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
                value = value.substr(1, value.size() - 2);
            if (!out.count(name)) out[name] = value;
        }
        start = end + 1;
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string header(reinterpret_cast<const char*>(data), size);
    const auto cookies = parse_cookies(header);
    FUZZ_CHECK(cookies.size() <= 100);
    for (const auto& [name, value] : cookies) {
        FUZZ_CHECK(!name.empty());
        FUZZ_CHECK(name.find(';') == std::string::npos && value.find(';') == std::string::npos);
        FUZZ_CHECK(name.front() != ' ' && name.front() != '\t' && name.back() != ' ' && name.back() != '\t',
                   fuzz::show(name));
    }
    FUZZ_CHECK(cookies == reference(header), fuzz::show(header));

    // Names and values that survive a round trip unchanged: re-serialised
    // with quotes when the value needs them, they must parse to the same map.
    std::string again;
    std::map<std::string, std::string> expected;
    for (const auto& [name, value] : cookies) {
        if (name.find('=') != std::string::npos) continue;
        if (!value.empty() && (value.front() == ' ' || value.front() == '\t' || value.back() == ' ' ||
                               value.back() == '\t' || value.front() == '"' || value.back() == '"'))
            continue;
        again += name + "=" + value + "; ";
        expected[name] = value;
    }
    FUZZ_CHECK(parse_cookies(again) == expected, fuzz::show(again));
    return 0;
}
