// libFuzzer target: application/x-www-form-urlencoded bodies (fcgi/parse.cpp:
// parse_urlencoded, url_decode, url_encode), as POSTed forms reach them.
// Built and run by scripts/fuzz.sh; seeds in fuzz/corpus/fuzz_urlencoded/.
//
// Input: the raw body. Checked, besides the absence of sanitizer reports:
//  - at most max_fields fields, whatever the body;
//  - re-encoding the parsed fields (url_encode) and parsing again gives the
//    same fields (names may repeat, order within one name is kept);
//  - url_decode never grows its input; url_decode(url_encode(x)) == x;
//    url_encode only emits [A-Za-z0-9-_.~/%].
#include "fcgi/parse.hpp"
#include "fuzz/check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace ope;

namespace {

bool url_safe(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~' || c == '/' || c == '%';
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);

    // The raw strings themselves.
    for (bool plus : {true, false}) {
        const std::string decoded = url_decode(body, plus);
        FUZZ_CHECK(decoded.size() <= body.size(), fuzz::show(body));
    }
    const std::string encoded = url_encode(body);
    for (char c : encoded) FUZZ_CHECK(url_safe(c), fuzz::show(encoded));
    FUZZ_CHECK(url_decode(encoded, true) == body, fuzz::show(body));
    FUZZ_CHECK(url_decode(encoded, false) == body, fuzz::show(body));

    // A small limit, chosen by the first byte, must hold.
    const std::size_t limit = size ? data[0] % 8 : 0;
    FUZZ_CHECK(parse_urlencoded(body, limit).size() <= limit);

    const Params params = parse_urlencoded(body);
    FUZZ_CHECK(params.size() <= 10000);
    for (const auto& [name, value] : params.items()) {
        FUZZ_CHECK(name.size() <= body.size() && value.size() <= body.size());
        FUZZ_CHECK(params.has(name));
    }

    // Round trip through the encoder.
    std::string again;
    for (const auto& [name, value] : params.items()) {
        if (!again.empty()) again += '&';
        again += url_encode(name) + "=" + url_encode(value);
    }
    const Params reparsed = parse_urlencoded(again);
    FUZZ_CHECK(reparsed.items() == params.items(), fuzz::show(body) + " -> " + fuzz::show(again));
    return 0;
}
