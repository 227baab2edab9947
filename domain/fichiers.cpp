#include "domain/fichiers.hpp"

#include "domain/normalise.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace ope {

namespace {

std::string lower_ascii(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

struct Type {
    const char* extension;
    const char* media_type;
    const char* magic;  // first bytes, or nullptr for text formats
};

// Office formats of the last twenty years are ZIP (docx, odt...) or OLE2 (doc, xls).
constexpr std::string_view kZip("PK\x03\x04", 4);
constexpr std::string_view kOle("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

const std::array<Type, 16> kTypes{{
    {"pdf", "application/pdf", "%PDF-"},
    {"png", "image/png", "\x89PNG\r\n\x1A\n"},
    {"jpg", "image/jpeg", "\xFF\xD8\xFF"},
    {"jpeg", "image/jpeg", "\xFF\xD8\xFF"},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "zip"},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip"},
    {"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "zip"},
    {"odt", "application/vnd.oasis.opendocument.text", "zip"},
    {"ods", "application/vnd.oasis.opendocument.spreadsheet", "zip"},
    {"odp", "application/vnd.oasis.opendocument.presentation", "zip"},
    {"doc", "application/msword", "ole"},
    {"xls", "application/vnd.ms-excel", "ole"},
    {"ppt", "application/vnd.ms-powerpoint", "ole"},
    {"txt", "text/plain; charset=utf-8", nullptr},
    {"csv", "text/csv; charset=utf-8", nullptr},
    {"rtf", "application/rtf", "{\\rtf"},
}};

}  // namespace

namespace {

// Cuts valid UTF-8 to at most `max` bytes, never inside a character.
void couper(std::string& s, std::size_t max) {
    if (s.size() <= max) return;
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s.resize(n);
}

// The extension of a name ("pdf" for "a.b.pdf"): 1 to 10 ASCII letters or digits after
// the last dot, with something before the dot; "" otherwise.
std::string_view extension(std::string_view nom) {
    const auto dot = nom.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == nom.size() || nom.size() - dot - 1 > 10) return {};
    const std::string_view ext = nom.substr(dot + 1);
    for (char c : ext)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return {};
    return ext;
}

}  // namespace

std::string nom_de_fichier_sur(std::string_view filename) {
    constexpr std::size_t kMax = 200;
    auto slash = filename.find_last_of("/\\");
    if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
    std::string cleaned;
    for (unsigned char c : filename)
        if (c >= 0x20 && c != 0x7F && c != '"') cleaned += static_cast<char>(c);
    // texte() trims and checks the encoding; a long name is shortened below, not refused.
    auto t = texte(cleaned, cleaned.size());
    std::string name = t.ok() ? t.value : "";
    if (name.size() > kMax) {
        // Shortened before its extension, which stays: the type is decided from the
        // name as stored, and "x.html.pdf" cut to "x.html" would become a web page.
        const std::string ext(extension(name));
        if (ext.empty()) {
            couper(name, kMax);
        } else {
            name.resize(name.size() - ext.size() - 1);
            couper(name, kMax - ext.size() - 1);
            while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.pop_back();
            if (!name.empty()) name += "." + ext;
        }
    }
    if (name.empty() || name == "." || name == "..") return "document";
    return name;
}

std::optional<std::string> type_de_document(std::string_view filename, std::string_view content) {
    auto dot = filename.find_last_of('.');
    if (dot == std::string_view::npos || content.empty()) return std::nullopt;
    const std::string extension = lower_ascii(std::string(filename.substr(dot + 1)));
    for (const auto& t : kTypes) {
        if (extension != t.extension) continue;
        if (!t.magic) {
            // Text documents must be text: UTF-8 without NUL bytes.
            if (!valid_utf8(content) || content.find('\0') != std::string_view::npos) return std::nullopt;
        } else if (std::string_view(t.magic) == "zip") {
            if (!starts_with(content, kZip)) return std::nullopt;
        } else if (std::string_view(t.magic) == "ole") {
            if (!starts_with(content, kOle)) return std::nullopt;
        } else if (!starts_with(content, t.magic)) {
            return std::nullopt;
        }
        return std::string(t.media_type);
    }
    return std::nullopt;
}

std::string taille_lisible(long long octets) {
    char buf[32];
    if (octets < 1024) std::snprintf(buf, sizeof buf, "%lld octets", octets);
    else if (octets < 1024 * 1024) std::snprintf(buf, sizeof buf, "%lld ko", (octets + 512) / 1024);
    else std::snprintf(buf, sizeof buf, "%.1f Mo", static_cast<double>(octets) / (1024.0 * 1024.0));
    std::string s = buf;
    std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

}  // namespace ope
