// libFuzzer target: uploaded file names and types (domain/fichiers.cpp:
// nom_de_fichier_sur, type_de_document, content_disposition, taille_lisible).
// Built and run by scripts/fuzz.sh; seeds in fuzz/corpus/fuzz_fichiers/.
//
// Input: a file name as the browser sends it, then (after the first NUL
// byte, if any) the file's content; nom_de_fichier_sur gets the whole input,
// NUL included. Checked:
//  - nom_de_fichier_sur: never empty, at most 200 bytes, valid UTF-8,
//    without '/', '\\', '"', NUL or other control characters, never "." or
//    "..", and stable (applying it to its own result changes nothing, except
//    for a trailing space left by the cut at 200 bytes, which a second pass
//    trims: cosmetic, tolerated);
//  - type_de_document: nullopt for an empty content, otherwise one of the
//    accepted media types, with the content starting as that type requires;
//  - content_disposition: a single header line (no CR, LF or other control
//    character), an ASCII fallback without '"' or '\\', and the filename*
//    part decoding back to the name;
//  - taille_lisible: no crash, never empty.
#include "domain/fichiers.hpp"
#include "domain/normalise.hpp"
#include "fcgi/parse.hpp"
#include "fuzz/check.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

using namespace ope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto nul = input.find('\0');
    const std::string_view filename = input.substr(0, nul);
    const std::string_view content = nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);

    // nom_de_fichier_sur
    const std::string safe = nom_de_fichier_sur(input);
    FUZZ_CHECK(!safe.empty() && safe.size() <= 200, fuzz::show(input) + " -> " + fuzz::show(safe));
    FUZZ_CHECK(valid_utf8(safe), fuzz::show(input) + " -> " + fuzz::show(safe));
    FUZZ_CHECK(safe != "." && safe != "..");
    for (unsigned char c : safe)
        FUZZ_CHECK(c >= 0x20 && c != 0x7F && c != '/' && c != '\\' && c != '"',
                   fuzz::show(input) + " -> " + fuzz::show(safe));
    {
        const std::string again = nom_de_fichier_sur(safe);
        const bool cut = safe.size() > 190 && safe.back() == ' ' && again == safe.substr(0, safe.size() - 1);
        FUZZ_CHECK(again == safe || cut, fuzz::show(input) + " -> " + fuzz::show(safe) + " -> " + fuzz::show(again));
    }

    // type_de_document
    if (const auto type = type_de_document(filename, content)) {
        FUZZ_CHECK(!content.empty());
        const std::string& t = *type;
        const auto starts = [&](std::string_view magic) { return content.substr(0, magic.size()) == magic; };
        if (t == "application/pdf") FUZZ_CHECK(starts("%PDF-"));
        else if (t == "image/png") FUZZ_CHECK(starts("\x89PNG\r\n\x1A\n"));
        else if (t == "image/jpeg") FUZZ_CHECK(starts("\xFF\xD8\xFF"));
        else if (t == "application/rtf") FUZZ_CHECK(starts("{\\rtf"));
        else if (t.starts_with("application/vnd.openxmlformats") || t.starts_with("application/vnd.oasis"))
            FUZZ_CHECK(starts(std::string_view("PK\x03\x04", 4)));
        else if (t == "application/msword" || t == "application/vnd.ms-excel" || t == "application/vnd.ms-powerpoint")
            FUZZ_CHECK(starts(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)));
        else if (t.starts_with("text/"))
            FUZZ_CHECK(valid_utf8(content) && content.find('\0') == std::string_view::npos);
        else
            FUZZ_CHECK(false, "unexpected type " + t);
    }

    // content_disposition, on the raw name and on the safe one.
    for (const std::string& name : {std::string(filename), safe}) {
        const std::string cd = content_disposition(name);
        for (unsigned char c : cd) FUZZ_CHECK(c >= 0x20 && c < 0x7F, fuzz::show(name) + " -> " + fuzz::show(cd));
        const std::string head = "attachment; filename=\"";
        FUZZ_CHECK(cd.starts_with(head), fuzz::show(cd));
        const auto close = cd.find('"', head.size());
        FUZZ_CHECK(close != std::string::npos && close > head.size(), fuzz::show(cd));
        const std::string fallback = cd.substr(head.size(), close - head.size());
        FUZZ_CHECK(fallback.find('\\') == std::string::npos, fuzz::show(cd));
        const std::string star = "\"; filename*=UTF-8''";
        FUZZ_CHECK(cd.compare(close, star.size(), star) == 0, fuzz::show(cd));
        const std::string encoded = cd.substr(close + star.size());
        FUZZ_CHECK(encoded.find_first_of(" ;,\"") == std::string::npos, fuzz::show(cd));
        FUZZ_CHECK(url_decode(encoded, false) == name, fuzz::show(cd));
    }

    // taille_lisible, on a size taken from the first bytes.
    long long octets = 0;
    if (!input.empty()) std::memcpy(&octets, input.data(), std::min(input.size(), sizeof octets));
    FUZZ_CHECK(!taille_lisible(octets).empty());
    FUZZ_CHECK(!taille_lisible(octets < 0 ? -(octets / 2) : octets).empty());
    return 0;
}
