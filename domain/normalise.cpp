// Normalisation of free-form user input; see normalise.hpp for the contract.
//
// Conventions used throughout:
//  - a Normalised carries either a value or an error, never both: on error the
//    value is left empty so that nothing half-checked reaches the database;
//  - text is checked by a strict decoder, then decoded into code points
//    (std::u32string) as it is read, blanks collapsed and lengths counted on the
//    way, so that no more than the allowed length is ever held decoded (a field
//    is bounded before any other work on it);
//  - case mapping (but for the letters where Poco is wrong: case_map) and
//    character categories come from Poco::Unicode, calendar validity from
//    Poco::DateTime.
#include "domain/normalise.hpp"

#include <algorithm>
#include <ctime>

#include <Poco/DateTime.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/UTF8String.h>
#include <Poco/Unicode.h>

#include <array>
#include <cstdint>
#include <cstdio>

namespace ope {

namespace {

// ---------------------------------------------------------------- UTF-8

constexpr char32_t kBadByte = 0xFFFFFFFF;

// Decodes the code point starting at s[i] and moves i past it. A malformed
// sequence (overlong, surrogate, > U+10FFFF, truncated, stray continuation
// byte) yields kBadByte and moves i by one byte only, so callers that want to
// skip garbage resynchronise on the next byte.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    std::size_t length;
    char32_t cp;
    char32_t min;  // smallest code point allowed for this length (no overlongs)
    if (lead >= 0xC2 && lead <= 0xDF) {  // C0 and C1 can only start overlongs
        length = 2, cp = lead & 0x1F, min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, cp = lead & 0x0F, min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {  // F5..FF would exceed U+10FFFF
        length = 4, cp = lead & 0x07, min = 0x10000;
    } else {
        ++i;
        return kBadByte;
    }
    if (s.size() - i < length) {
        ++i;
        return kBadByte;
    }
    for (std::size_t k = 1; k < length; ++k) {
        const unsigned char c = byte(i + k);
        if ((c & 0xC0) != 0x80) {
            ++i;
            return kBadByte;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return kBadByte;
    }
    i += length;
    return cp;
}

// Only called on code points produced by next_code_point, hence always valid.
void append_utf8(std::string& out, char32_t cp) {
    static const Poco::UTF8Encoding encoding;
    unsigned char bytes[4];
    const int n = encoding.convert(static_cast<int>(cp), bytes, sizeof bytes);
    out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
}

// Precondition: valid_utf8(s).
std::u32string decode(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) out.push_back(next_code_point(s, i));
    return out;
}

std::string encode(std::u32string_view cps) {
    std::string out;
    out.reserve(cps.size());
    for (char32_t cp : cps) append_utf8(out, cp);
    return out;
}

Poco::Unicode::CharacterCategory category(char32_t cp) {
    Poco::Unicode::CharacterProperties props;
    Poco::Unicode::properties(static_cast<int>(cp), props);
    return props.category;
}

// C0 and C1 controls (Unicode category Cc), which includes \t \r \n and NUL.
bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

// Any Unicode separator (space, no-break space, narrow no-break space, line
// and paragraph separators) or control character counts as white space:
// they all come from copy-paste and mean "a space" in a one-line field.
bool is_blank(char32_t cp) {
    return cp == U' ' || is_control(cp) || Poco::Unicode::isSpace(static_cast<int>(cp));
}

// The code points of s with each run of blanks made one space and the blanks at
// both ends dropped, decoded as they are read: the input is never held decoded
// whole (a 12 MB field was once 48 MB of code points, three times over). nullopt
// as soon as there would be more than `max` of them. Precondition: valid_utf8(s).
std::optional<std::u32string> collapsed(std::string_view s, std::size_t max) {
    std::u32string out;
    bool pending_space = false;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = next_code_point(s, i);
        if (is_blank(cp)) {
            pending_space = !out.empty();
            continue;
        }
        if (out.size() + (pending_space ? 2 : 1) > max) return std::nullopt;
        if (pending_space) out.push_back(U' ');
        pending_space = false;
        out.push_back(cp);
    }
    return out;
}

// How many code points a character may take before compose(): a letter and the
// combining marks typed after it. Text with more is refused as too long before
// being composed.
constexpr std::size_t kCodePointsParCaractere = 4;
std::size_t code_points_max(std::size_t caracteres) {
    return caracteres > SIZE_MAX / kCodePointsParCaractere ? SIZE_MAX : caracteres * kCodePointsParCaractere;
}

// Generated from Unicode's data by scripts/unicode_tables.py (see the file's
// header): kCompositions, canonical compositions of Latin letters with one
// combining mark, enough for names typed in decomposed form ("e" + U+0301);
// kCaseBlocks, kUpperCase, kLowerCase, the case mappings used by case_map().
#include "domain/unicode_tables.inc"

// Replaces a Latin letter followed by combining marks by its precomposed form
// (Unicode NFC for these letters), so that a name typed "E\u0301lodie" is stored,
// and found by accent-insensitive search, as "Élodie".
std::u32string compose(std::u32string_view cps) {
    std::u32string out;
    out.reserve(cps.size());
    for (char32_t cp : cps) {
        if (!out.empty()) {
            const Composition key{out.back(), cp, 0};
            auto it = std::lower_bound(std::begin(kCompositions), std::end(kCompositions), key,
                                       [](const Composition& a, const Composition& b) {
                                           return a.base != b.base ? a.base < b.base : a.mark < b.mark;
                                       });
            if (it != std::end(kCompositions) && it->base == key.base && it->mark == key.mark) {
                out.back() = it->composed;
                continue;
            }
        }
        out.push_back(cp);
    }
    return out;
}

const char* const kBadEncoding = "Texte invalide (encodage).";

Normalised failure(std::string message) { return {std::string(), std::move(message)}; }

std::string too_long(std::size_t max_chars) {
    return "Trop long (" + std::to_string(max_chars) + " caractères au plus).";
}

// ---------------------------------------------------------------- ASCII

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim_ascii(std::string_view s) {
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    return s;
}

// ---------------------------------------------------------------- names

// Apostrophe look-alikes typed by phones and word processors; stored as the
// ASCII apostrophe so that "O’Neil" and "O'Neil" are the same person.
bool is_apostrophe(char32_t cp) { return cp == U'\'' || cp == U'\u2019' || cp == U'\u2018' || cp == U'\u02BC'; }

// Poco 1.11's case tables disagree with Unicode for a few Latin and Greek letters
// (long s upper-cases to "s", micro sign and mu swap, iota becomes a combining
// mark...), which left small letters in a NOM and made normalisation unstable
// (found by fuzz/fuzz_normalise.cpp). In the blocks of those letters, case_map
// therefore uses Unicode's simple mappings, whole blocks of them so that
// scripts/unicode_tables.py makes the tables from Unicode's data alone (Poco's
// mistakes cannot be listed without Poco); everything else is Poco's.
char32_t case_map(char32_t cp, const CaseMapping* begin, const CaseMapping* end, int (*poco)(int)) {
    const bool in_blocks = std::any_of(std::begin(kCaseBlocks), std::end(kCaseBlocks),
                                       [cp](const CodeRange& r) { return r.first <= cp && cp <= r.last; });
    if (!in_blocks) return static_cast<char32_t>(poco(static_cast<int>(cp)));
    auto it = std::lower_bound(begin, end, cp, [](const CaseMapping& m, char32_t c) { return m.from < c; });
    return it != end && it->from == cp ? it->to : cp;
}

char32_t upper(char32_t cp) {
    return case_map(cp, std::begin(kUpperCase), std::end(kUpperCase), Poco::Unicode::toUpper);
}

char32_t lower(char32_t cp) {
    return case_map(cp, std::begin(kLowerCase), std::end(kLowerCase), Poco::Unicode::toLower);
}

Normalised person_name(std::string_view s, bool is_prenom) {
    constexpr std::size_t kMax = 100;
    if (!valid_utf8(s)) return failure(kBadEncoding);
    auto lus = collapsed(s, code_points_max(kMax));
    if (!lus) return failure(too_long(kMax));
    std::u32string cps = compose(*lus);
    if (cps.empty()) return {};
    if (cps.size() > kMax) return failure(too_long(kMax));

    bool has_letter = false;
    for (char32_t& cp : cps) {
        if (is_apostrophe(cp)) {
            cp = U'\'';
            continue;
        }
        if (cp == U' ' || cp == U'-' || cp == U'.') continue;
        const auto cat = category(cp);
        // Marks are accepted for names typed in decomposed form (e + U+0301).
        if (cat == Poco::Unicode::UCP_LETTER) {
            has_letter = true;
        } else if (cat != Poco::Unicode::UCP_MARK) {
            return failure(is_prenom ? "Caractères non autorisés dans le prénom (lettres, espaces, tirets et apostrophes seulement)."
                                     : "Caractères non autorisés dans le nom (lettres, espaces, tirets et apostrophes seulement).");
        }
    }
    if (!has_letter)
        return failure(is_prenom ? "Le prénom doit contenir au moins une lettre."
                                 : "Le nom doit contenir au moins une lettre.");

    // Capitals for NOM; for Prénom after the start, a space or a hyphen, lower case
    // elsewhere.
    bool start_of_part = true;
    for (char32_t& cp : cps) {
        cp = (!is_prenom || start_of_part) ? upper(cp) : lower(cp);
        start_of_part = (cp == U' ' || cp == U'-');
    }
    // Composed again: a letter's other case may have a precomposed form that this one
    // lacked ("T" + diaeresis has none, "t" + diaeresis is U+1E97), and a second save
    // must not change the name (found by fuzz/fuzz_normalise.cpp).
    return {encode(compose(cps)), {}};
}

// ---------------------------------------------------------------- e-mail

const char* const kBadEmail = "Adresse e-mail invalide : par exemple prenom.nom@exemple.fr.";

// Dot-separated labels, none empty (so no leading, trailing or double dot).
bool dotted_labels_ok(std::string_view s, std::size_t max_label) {
    if (s.empty()) return false;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = s.find('.', start);
        const std::string_view label = s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (label.empty() || label.size() > max_label) return false;
        if (dot == std::string_view::npos) return true;
        start = dot + 1;
    }
}

// ---------------------------------------------------------------- dates

// Reads between min and max ASCII digits at s[i]; nullopt when the run of
// digits there is shorter or longer (so "2031" is not read as "20" + "31").
std::optional<int> read_number(std::string_view s, std::size_t& i, std::size_t min, std::size_t max) {
    std::size_t end = i;
    while (end < s.size() && is_ascii_digit(s[end])) ++end;
    const std::size_t n = end - i;
    if (n < min || n > max) return std::nullopt;
    int value = 0;
    for (; i < end; ++i) value = value * 10 + (s[i] - '0');
    return value;
}

bool read_char(std::string_view s, std::size_t& i, char c) {
    if (i >= s.size() || s[i] != c) return false;
    ++i;
    return true;
}

bool real_date(int y, int m, int d) {
    return y >= 1900 && y <= 2200 && Poco::DateTime::isValid(y, m, d);
}

std::string format(const char* pattern, int a, int b, int c) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
    return buffer;
}

// ---------------------------------------------------------------- folding

// ASCII spelling of U+00C0..U+017F (Latin-1 Supplement letters and Latin
// Extended-A). "" for × and ÷, which are not letters.
constexpr std::array<const char*, 0x180 - 0xC0> kLatinFold = {
    // U+00C0 À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    // U+00D0 Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
    "D", "N", "O", "O", "O", "O", "O", "", "O", "U", "U", "U", "U", "Y", "TH", "ss",
    // U+00E0 à á â ã ä å æ ç è é ê ë ì í î ï
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // U+00F0 ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    // U+0100 Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
    "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
    // U+0110 Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
    "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
    // U+0120 Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
    "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",
    // U+0130 İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
    "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",
    // U+0140 ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
    "l", "L", "l", "N", "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
    // U+0150 Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
    "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
    // U+0160 Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
    "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",
    // U+0170 Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
    "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",
};

// ASCII spelling of one non-ASCII code point; "" when it has none.
const char* fold(char32_t cp) {
    if (cp >= 0xC0 && cp < 0x180) return kLatinFold[cp - 0xC0];
    switch (cp) {
    case U'\u0218': return "S";  // Ș, Romanian comma-below letters
    case U'\u0219': return "s";
    case U'\u021A': return "T";
    case U'\u021B': return "t";
    case U'\u1E9E': return "SS";  // ẞ
    case U'\u2018':
    case U'\u2019':
    case U'\u02BC': return "'";  // typographic apostrophes
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2014': return "-";  // hyphens and dashes
    default: break;
    }
    // No-break and other Unicode spaces stay word separators.
    if (Poco::Unicode::isSpace(static_cast<int>(cp))) return " ";
    return "";
}

}  // namespace

// ---------------------------------------------------------------- public API

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();)
        if (next_code_point(s, i) == kBadByte) return false;
    return true;
}

Normalised texte(std::string_view s, std::size_t max_chars) {
    if (!valid_utf8(s)) return failure(kBadEncoding);
    const auto lus = collapsed(s, code_points_max(max_chars));
    if (!lus) return failure(too_long(max_chars));
    const std::u32string cps = compose(*lus);
    if (cps.size() > max_chars) return failure(too_long(max_chars));
    return {encode(cps), {}};
}

Normalised texte_long(std::string_view s, std::size_t max_bytes) {
    if (s.size() > max_bytes) return failure("Texte trop long (" + std::to_string(max_bytes / 1000) + " ko au plus).");
    if (!valid_utf8(s)) return failure(kBadEncoding);
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '\r') continue;
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') continue;
        out += c;
    }
    const auto first = out.find_first_not_of(" \n\t");
    if (first == std::string::npos) return {};
    return {out.substr(first, out.find_last_not_of(" \n\t") - first + 1), {}};
}

Normalised nom(std::string_view s) { return person_name(s, false); }

Normalised prenom(std::string_view s) { return person_name(s, true); }

Normalised email(std::string_view s) {
    const char* const kTooLong = "Adresse e-mail trop longue (254 caractères au plus).";
    if (!valid_utf8(s)) return failure(kBadEncoding);
    // Trim only: a blank inside an address is an error, not something to fix. The
    // blanks at both ends are found without decoding the whole input.
    std::size_t first = s.size(), last = 0;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t start = i;
        if (is_blank(next_code_point(s, i))) continue;
        if (first == s.size()) first = start;
        last = i;
    }
    if (first == s.size()) return {};
    // Lower case can shorten a character at most threefold (K, the Kelvin sign, is
    // 3 bytes): beyond 3 × 254 bytes the address is too long whatever it holds.
    if (last - first > 3 * 254) return failure(kTooLong);
    const std::u32string cps = decode(s.substr(first, last - first));

    const std::string address = Poco::UTF8::toLower(encode(cps));
    if (address.size() > 254) return failure(kTooLong);
    for (char32_t cp : cps)
        // Blanks, and invisible format/private/unassigned characters (category C).
        if (is_blank(cp) || category(cp) == Poco::Unicode::UCP_OTHER || (cp < 0x80 && std::string_view("<>()[],;:\"\\").find(static_cast<char>(cp)) != std::string_view::npos))
            return failure(kBadEmail);

    const std::size_t at = address.find('@');
    if (at == std::string::npos || address.find('@', at + 1) != std::string::npos) return failure(kBadEmail);
    const std::string_view local = std::string_view(address).substr(0, at);
    const std::string_view domain = std::string_view(address).substr(at + 1);
    // Local part: RFC 5321 limit of 64 octets, unquoted dot-atom (no empty
    // label). Domain: at least two labels of at most 63 octets, none starting
    // or ending with a hyphen.
    if (local.size() > 64 || !dotted_labels_ok(local, 64)) return failure(kBadEmail);
    if (domain.find('.') == std::string_view::npos || !dotted_labels_ok(domain, 63)) return failure(kBadEmail);
    if (domain.front() == '-' || domain.back() == '-' || domain.find("-.") != std::string_view::npos ||
        domain.find(".-") != std::string_view::npos)
        return failure(kBadEmail);
    return {address, {}};
}

Normalised telephone(std::string_view s) {
    static const char* const kBadPhone =
        "Numéro de téléphone invalide : 10 chiffres attendus, par exemple 06 12 34 56 78.";
    s = trim_ascii(s);
    if (s.empty()) return {};

    // Collect the digits, checking that everything else is a separator.
    const bool plus = s.front() == '+';
    if (plus) s.remove_prefix(1);
    std::string all;
    std::size_t trunk_zero_at = std::string::npos;  // digits read before "(0)"
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (is_ascii_digit(c)) {
            all += c;
            ++i;
        } else if (c == ' ' || c == '.' || c == '-' || c == '/' || c == '\t') {
            ++i;
        } else if (s.substr(i, 2) == "\xC2\xA0") {  // no-break space
            i += 2;
        } else if (s.substr(i, 3) == "\xE2\x80\xAF" || s.substr(i, 3) == "\xE2\x80\x89") {  // narrow/thin space
            i += 3;
        } else if (s.substr(i, 3) == "(0)" && trunk_zero_at == std::string::npos) {
            trunk_zero_at = all.size();
            i += 3;
        } else {
            return failure(kBadPhone);
        }
    }

    // National number: the 9 digits after the leading 0.
    std::string national;
    if (plus || all.starts_with("0033")) {
        const std::size_t code = plus ? 2 : 4;  // "33" after '+', or "0033"
        if (!all.starts_with(plus ? "33" : "0033")) return failure(kBadPhone);
        // "(0)" is only meaningful right after the country code.
        if (trunk_zero_at != std::string::npos && trunk_zero_at != code) return failure(kBadPhone);
        national = all.substr(code);
    } else {
        if (trunk_zero_at != std::string::npos || all.size() != 10 || all[0] != '0') return failure(kBadPhone);
        national = all.substr(1);
    }
    if (national.size() != 9 || national[0] == '0') return failure(kBadPhone);

    std::string out = "0";
    for (std::size_t k = 0; k < 9; ++k) {
        out += national[k];
        if (k % 2 == 0 && k != 8) out += ' ';
    }
    return {out, {}};
}

Normalised code_postal(std::string_view s) {
    std::string code;
    for (char c : trim_ascii(s))
        if (c != ' ') code += c;
    if (code.empty()) return {};
    if (code.size() != 5) return failure("Code postal invalide : 5 chiffres attendus.");
    for (char c : code)
        if (!is_ascii_digit(c)) return failure("Code postal invalide : 5 chiffres attendus.");
    return {code, {}};
}

std::string Date::iso() const { return format("%04d-%02d-%02d", annee, mois, jour); }

std::string Date::fr() const { return format("%02d/%02d/%04d", jour, mois, annee); }

std::string Mois::iso() const { return format("%04d-%02d-%02d", annee, mois, 1); }

std::string Mois::saisie() const { return iso().substr(0, 7); }

std::string Mois::fr() const {
    const std::string_view name = nom_du_mois(mois);
    if (name.empty()) return format("%04d-%02d", annee, mois, 0);  // not a month: show it raw
    return std::string(name) + " " + std::to_string(annee);
}

namespace {

// The numbers of a date as typed, "dd/mm/yyyy" (or with '-' or '.', the same
// separator twice, one or two digits for the day and month) or ISO "yyyy-mm-dd",
// whether or not they make a real day.
struct DateLue {
    int annee, mois, jour;
};

std::optional<DateLue> lire_date(std::string_view s) {
    s = trim_ascii(s);
    std::size_t i = 0;
    std::size_t lead = 0;
    while (lead < s.size() && is_ascii_digit(s[lead])) ++lead;
    DateLue d{};
    if (lead == 4) {  // ISO yyyy-mm-dd
        d.annee = *read_number(s, i, 4, 4);
        const auto mm = read_char(s, i, '-') ? read_number(s, i, 1, 2) : std::nullopt;
        const auto dd = mm && read_char(s, i, '-') ? read_number(s, i, 1, 2) : std::nullopt;
        if (!dd) return std::nullopt;
        d.mois = *mm, d.jour = *dd;
    } else {  // French d/m/yyyy, the same separator twice
        const auto dd = read_number(s, i, 1, 2);
        if (!dd || i >= s.size()) return std::nullopt;
        const char sep = s[i];
        if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
        ++i;
        const auto mm = read_number(s, i, 1, 2);
        const auto yy = mm && read_char(s, i, sep) ? read_number(s, i, 4, 4) : std::nullopt;
        if (!yy) return std::nullopt;
        d.annee = *yy, d.mois = *mm, d.jour = *dd;
    }
    if (i != s.size()) return std::nullopt;
    return d;
}

// A month's name, accents and case aside ("Février", "fevrier", "AOÛT"): 1..12, else 0.
int mois_nomme(std::string_view mot) {
    auto plier = [](std::string_view t) {
        std::string out;
        for (char c : ascii_fold(t)) out += ascii_lower(c);
        return out;
    };
    const std::string plie = plier(mot);
    for (int m = 1; m <= 12; ++m)
        if (plie == plier(nom_du_mois(m))) return m;
    return 0;
}

}  // namespace

std::optional<Date> parse_date(std::string_view s) {
    const auto d = lire_date(s);
    if (!d || !real_date(d->annee, d->mois, d->jour)) return std::nullopt;
    return Date{d->annee, d->mois, d->jour};
}

std::string date_inexistante(std::string_view s) {
    const auto d = lire_date(s);
    if (!d || real_date(d->annee, d->mois, d->jour)) return "";
    const std::string tapee = format("%02d/%02d/%04d", d->jour, d->mois, d->annee);
    if (d->annee < 1900 || d->annee > 2200)
        return "Année invraisemblable : " + std::to_string(d->annee) + " (le " + tapee + ").";
    if (d->mois < 1 || d->mois > 12)
        return "Ce mois n'existe pas : le " + tapee + " (les mois vont de 01 à 12).";
    const int jours = Poco::DateTime::daysOfMonth(d->annee, d->mois);
    return "Ce jour n'existe pas : le " + tapee + " (" + Mois{d->annee, d->mois}.fr() + " a " +
           std::to_string(jours) + " jours).";
}

std::optional<Mois> parse_mois(std::string_view s) {
    s = trim_ascii(s);
    std::size_t i = 0;
    int y = 0, m = 0, d = 1;
    std::size_t lead = 0;
    while (lead < s.size() && is_ascii_digit(s[lead])) ++lead;
    if (lead == 4) {  // "YYYY-MM", or "YYYY-MM-DD": the day must exist, then is dropped
        y = *read_number(s, i, 4, 4);
        const auto mm = read_char(s, i, '-') ? read_number(s, i, 2, 2) : std::nullopt;
        if (!mm) return std::nullopt;
        m = *mm;
        if (i != s.size()) {
            const auto dd = read_char(s, i, '-') ? read_number(s, i, 2, 2) : std::nullopt;
            if (!dd) return std::nullopt;
            d = *dd;
        }
    } else if (lead > 0) {  // "03/2031", "3/2031"
        const auto mm = read_number(s, i, 1, 2);
        const auto yy = mm && read_char(s, i, '/') ? read_number(s, i, 4, 4) : std::nullopt;
        if (!yy) return std::nullopt;
        m = *mm, y = *yy;
    } else {  // "mars 2031": a month's name, blanks, the year
        const std::size_t fin = s.find_last_of(" \t");
        if (fin == std::string_view::npos) return std::nullopt;
        m = mois_nomme(trim_ascii(s.substr(0, fin)));
        i = fin + 1;
        const auto yy = read_number(s, i, 4, 4);
        if (!m || !yy) return std::nullopt;
        y = *yy;
    }
    if (i != s.size() || !real_date(y, m, d)) return std::nullopt;
    return Mois{y, m};
}

std::string quantite(long n, std::string_view singulier, std::string_view pluriel) {
    return std::to_string(n) + " " + std::string(n > 1 || n < -1 ? pluriel : singulier);
}

std::string_view nom_du_mois(int mois) {
    static constexpr std::array<std::string_view, 12> kNames = {
        "janvier", "février", "mars",      "avril",   "mai",      "juin",
        "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    if (mois < 1 || mois > 12) return {};
    return kNames[static_cast<std::size_t>(mois - 1)];
}

std::string horodatage_fr(std::string_view s) {
    // "YYYY-MM-DD HH:MM[:SS]" as MariaDB writes a DATETIME.
    std::size_t i = 0;
    const auto y = read_number(s, i, 4, 4);
    const auto m = y && read_char(s, i, '-') ? read_number(s, i, 2, 2) : std::nullopt;
    const auto d = m && read_char(s, i, '-') ? read_number(s, i, 2, 2) : std::nullopt;
    const auto h = d && read_char(s, i, ' ') ? read_number(s, i, 2, 2) : std::nullopt;
    const auto mi = h && read_char(s, i, ':') ? read_number(s, i, 2, 2) : std::nullopt;
    if (!mi) return std::string(s);
    return format("%02d/%02d/%04d", *d, *m, *y) + format(" à %02dh%02d", *h, *mi, 0);
}

namespace {

// Now, on the local clock or in UTC, in a strftime format of at most 24 characters.
std::string maintenant(bool utc, const char* format) {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    if (utc) gmtime_r(&now, &tm);
    else localtime_r(&now, &tm);
    char buf[25];
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}

}  // namespace

std::string maintenant_local() { return maintenant(false, "%Y-%m-%d %H:%M:%S"); }

std::string maintenant_utc() { return maintenant(true, "%Y-%m-%dT%H:%M:%SZ"); }

std::string ascii_fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = next_code_point(s, i);
        if (cp < 0x80) out += static_cast<char>(cp);
        else if (cp != kBadByte) out += fold(cp);  // invalid bytes are dropped
    }
    return out;
}

std::string login_base(std::string_view prenom, std::string_view nom) {
    const std::string folded = ascii_fold(std::string(prenom) + "." + std::string(nom));
    // Keep [a-z0-9]; a run of separators becomes one, '.' winning over '-'
    // because it marks the prénom/nom boundary.
    std::string out;
    char pending = 0;  // separator waiting for the next kept character
    for (char c : folded) {
        c = ascii_lower(c);
        if ((c >= 'a' && c <= 'z') || is_ascii_digit(c)) {
            if (pending && !out.empty()) out += pending;
            pending = 0;
            out += c;
        } else if (c == '.') {
            pending = '.';
        } else if (c == '-' || is_ascii_space(c)) {
            if (pending != '.') pending = '-';
        }  // anything else (apostrophes, punctuation) is dropped
    }
    if (out.size() > 60) out.resize(60);
    while (!out.empty() && (out.back() == '.' || out.back() == '-')) out.pop_back();
    return out.empty() ? "stagiaire" : out;
}

}  // namespace ope
