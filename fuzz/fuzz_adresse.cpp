// libFuzzer target: the client's address (fcgi/adresse.cpp), read from
// X-Forwarded-For, which a client writes as it likes. Built and run by
// scripts/fuzz.sh; seeds in fuzz/corpus/fuzz_adresse/.
//
// Input: "REMOTE_ADDR\nX-Forwarded-For\nOPE_TRUSTED_PROXIES". Checked:
//  - adresse_client returns REMOTE_ADDR (trimmed) or one of the header's entries,
//    and REMOTE_ADDR whenever it is not a trusted proxy;
//  - cle_de_limitation: 1 to 45 bytes of printable ASCII, and its own key;
//  - parse_reseaux: either a list or std::runtime_error, nothing else.
#include "fcgi/adresse.hpp"
#include "fuzz/check.hpp"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

using namespace ope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto l1 = input.find('\n');
    const std::string_view remote = input.substr(0, l1);
    const std::string_view reste = l1 == std::string_view::npos ? std::string_view() : input.substr(l1 + 1);
    const auto l2 = reste.find('\n');
    const std::string_view xff = reste.substr(0, l2);
    const std::string_view liste = l2 == std::string_view::npos ? std::string_view() : reste.substr(l2 + 1);

    std::vector<Reseau> proxies;
    try {
        proxies = parse_reseaux(liste);
    } catch (const std::runtime_error&) {
    }
    const std::string client = adresse_client(remote, xff, proxies);
    bool de_confiance = false;
    for (const auto& p : proxies) de_confiance = de_confiance || p.contient(remote);
    auto trim = [](std::string_view s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
        return std::string(s);
    };
    if (!de_confiance) FUZZ_CHECK(client == trim(remote), fuzz::show(input) + " -> " + fuzz::show(client));
    else FUZZ_CHECK(client == trim(remote) || xff.find(client) != std::string_view::npos, fuzz::show(input));

    for (const std::string& a : {std::string(remote), client}) {
        const std::string cle = cle_de_limitation(a);
        FUZZ_CHECK(!cle.empty() && cle.size() <= 45, fuzz::show(a) + " -> " + fuzz::show(cle));
        for (char c : cle) FUZZ_CHECK(c > 0x20 && c < 0x7F, fuzz::show(a) + " -> " + fuzz::show(cle));
        FUZZ_CHECK(cle_de_limitation(cle) == cle, fuzz::show(a) + " -> " + fuzz::show(cle));
    }
    return 0;
}
