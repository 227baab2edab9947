// Normalisation of free-form user input; see normalise.hpp for the contract.
//
// Conventions used throughout:
//  - a Normalised carries either a value or an error, never both: on error the
//    value is left empty so that nothing half-checked reaches the database;
//  - text is decoded once into code points (std::u32string) by a strict
//    decoder, so that every later step works on well-formed characters;
//  - case mapping and character categories come from Poco::Unicode, calendar
//    validity from Poco::DateTime.
#include "domain/normalise.hpp"

#include <algorithm>

#include <Poco/DateTime.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/UTF8String.h>
#include <Poco/Unicode.h>

#include <array>
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

// Blanks become one space; leading and trailing blanks go.
std::u32string collapse_blanks(std::u32string_view cps) {
    std::u32string out;
    out.reserve(cps.size());
    bool pending_space = false;
    for (char32_t cp : cps) {
        if (is_blank(cp)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(U' ');
        pending_space = false;
        out.push_back(cp);
    }
    return out;
}

// Canonical compositions of Latin letters with one combining mark (generated from
// Unicode's data with Python's unicodedata: base, mark, precomposed), sorted by
// base then mark. Enough for names typed in decomposed form ("e" + U+0301).
struct Composition {
    char32_t base, mark, composed;
};
constexpr Composition kCompositions[] = {
    {0x0041, 0x0300, 0x00C0},
    {0x0041, 0x0301, 0x00C1},
    {0x0041, 0x0302, 0x00C2},
    {0x0041, 0x0303, 0x00C3},
    {0x0041, 0x0304, 0x0100},
    {0x0041, 0x0306, 0x0102},
    {0x0041, 0x0307, 0x0226},
    {0x0041, 0x0308, 0x00C4},
    {0x0041, 0x0309, 0x1EA2},
    {0x0041, 0x030A, 0x00C5},
    {0x0041, 0x030C, 0x01CD},
    {0x0041, 0x030F, 0x0200},
    {0x0041, 0x0311, 0x0202},
    {0x0041, 0x0323, 0x1EA0},
    {0x0041, 0x0325, 0x1E00},
    {0x0041, 0x0328, 0x0104},
    {0x0042, 0x0307, 0x1E02},
    {0x0042, 0x0323, 0x1E04},
    {0x0042, 0x0331, 0x1E06},
    {0x0043, 0x0301, 0x0106},
    {0x0043, 0x0302, 0x0108},
    {0x0043, 0x0307, 0x010A},
    {0x0043, 0x030C, 0x010C},
    {0x0043, 0x0327, 0x00C7},
    {0x0044, 0x0307, 0x1E0A},
    {0x0044, 0x030C, 0x010E},
    {0x0044, 0x0323, 0x1E0C},
    {0x0044, 0x0327, 0x1E10},
    {0x0044, 0x032D, 0x1E12},
    {0x0044, 0x0331, 0x1E0E},
    {0x0045, 0x0300, 0x00C8},
    {0x0045, 0x0301, 0x00C9},
    {0x0045, 0x0302, 0x00CA},
    {0x0045, 0x0303, 0x1EBC},
    {0x0045, 0x0304, 0x0112},
    {0x0045, 0x0306, 0x0114},
    {0x0045, 0x0307, 0x0116},
    {0x0045, 0x0308, 0x00CB},
    {0x0045, 0x0309, 0x1EBA},
    {0x0045, 0x030C, 0x011A},
    {0x0045, 0x030F, 0x0204},
    {0x0045, 0x0311, 0x0206},
    {0x0045, 0x0323, 0x1EB8},
    {0x0045, 0x0327, 0x0228},
    {0x0045, 0x0328, 0x0118},
    {0x0045, 0x032D, 0x1E18},
    {0x0045, 0x0330, 0x1E1A},
    {0x0046, 0x0307, 0x1E1E},
    {0x0047, 0x0301, 0x01F4},
    {0x0047, 0x0302, 0x011C},
    {0x0047, 0x0304, 0x1E20},
    {0x0047, 0x0306, 0x011E},
    {0x0047, 0x0307, 0x0120},
    {0x0047, 0x030C, 0x01E6},
    {0x0047, 0x0327, 0x0122},
    {0x0048, 0x0302, 0x0124},
    {0x0048, 0x0307, 0x1E22},
    {0x0048, 0x0308, 0x1E26},
    {0x0048, 0x030C, 0x021E},
    {0x0048, 0x0323, 0x1E24},
    {0x0048, 0x0327, 0x1E28},
    {0x0048, 0x032E, 0x1E2A},
    {0x0049, 0x0300, 0x00CC},
    {0x0049, 0x0301, 0x00CD},
    {0x0049, 0x0302, 0x00CE},
    {0x0049, 0x0303, 0x0128},
    {0x0049, 0x0304, 0x012A},
    {0x0049, 0x0306, 0x012C},
    {0x0049, 0x0307, 0x0130},
    {0x0049, 0x0308, 0x00CF},
    {0x0049, 0x0309, 0x1EC8},
    {0x0049, 0x030C, 0x01CF},
    {0x0049, 0x030F, 0x0208},
    {0x0049, 0x0311, 0x020A},
    {0x0049, 0x0323, 0x1ECA},
    {0x0049, 0x0328, 0x012E},
    {0x0049, 0x0330, 0x1E2C},
    {0x004A, 0x0302, 0x0134},
    {0x004B, 0x0301, 0x1E30},
    {0x004B, 0x030C, 0x01E8},
    {0x004B, 0x0323, 0x1E32},
    {0x004B, 0x0327, 0x0136},
    {0x004B, 0x0331, 0x1E34},
    {0x004C, 0x0301, 0x0139},
    {0x004C, 0x030C, 0x013D},
    {0x004C, 0x0323, 0x1E36},
    {0x004C, 0x0327, 0x013B},
    {0x004C, 0x032D, 0x1E3C},
    {0x004C, 0x0331, 0x1E3A},
    {0x004D, 0x0301, 0x1E3E},
    {0x004D, 0x0307, 0x1E40},
    {0x004D, 0x0323, 0x1E42},
    {0x004E, 0x0300, 0x01F8},
    {0x004E, 0x0301, 0x0143},
    {0x004E, 0x0303, 0x00D1},
    {0x004E, 0x0307, 0x1E44},
    {0x004E, 0x030C, 0x0147},
    {0x004E, 0x0323, 0x1E46},
    {0x004E, 0x0327, 0x0145},
    {0x004E, 0x032D, 0x1E4A},
    {0x004E, 0x0331, 0x1E48},
    {0x004F, 0x0300, 0x00D2},
    {0x004F, 0x0301, 0x00D3},
    {0x004F, 0x0302, 0x00D4},
    {0x004F, 0x0303, 0x00D5},
    {0x004F, 0x0304, 0x014C},
    {0x004F, 0x0306, 0x014E},
    {0x004F, 0x0307, 0x022E},
    {0x004F, 0x0308, 0x00D6},
    {0x004F, 0x0309, 0x1ECE},
    {0x004F, 0x030B, 0x0150},
    {0x004F, 0x030C, 0x01D1},
    {0x004F, 0x030F, 0x020C},
    {0x004F, 0x0311, 0x020E},
    {0x004F, 0x031B, 0x01A0},
    {0x004F, 0x0323, 0x1ECC},
    {0x004F, 0x0328, 0x01EA},
    {0x0050, 0x0301, 0x1E54},
    {0x0050, 0x0307, 0x1E56},
    {0x0052, 0x0301, 0x0154},
    {0x0052, 0x0307, 0x1E58},
    {0x0052, 0x030C, 0x0158},
    {0x0052, 0x030F, 0x0210},
    {0x0052, 0x0311, 0x0212},
    {0x0052, 0x0323, 0x1E5A},
    {0x0052, 0x0327, 0x0156},
    {0x0052, 0x0331, 0x1E5E},
    {0x0053, 0x0301, 0x015A},
    {0x0053, 0x0302, 0x015C},
    {0x0053, 0x0307, 0x1E60},
    {0x0053, 0x030C, 0x0160},
    {0x0053, 0x0323, 0x1E62},
    {0x0053, 0x0326, 0x0218},
    {0x0053, 0x0327, 0x015E},
    {0x0054, 0x0307, 0x1E6A},
    {0x0054, 0x030C, 0x0164},
    {0x0054, 0x0323, 0x1E6C},
    {0x0054, 0x0326, 0x021A},
    {0x0054, 0x0327, 0x0162},
    {0x0054, 0x032D, 0x1E70},
    {0x0054, 0x0331, 0x1E6E},
    {0x0055, 0x0300, 0x00D9},
    {0x0055, 0x0301, 0x00DA},
    {0x0055, 0x0302, 0x00DB},
    {0x0055, 0x0303, 0x0168},
    {0x0055, 0x0304, 0x016A},
    {0x0055, 0x0306, 0x016C},
    {0x0055, 0x0308, 0x00DC},
    {0x0055, 0x0309, 0x1EE6},
    {0x0055, 0x030A, 0x016E},
    {0x0055, 0x030B, 0x0170},
    {0x0055, 0x030C, 0x01D3},
    {0x0055, 0x030F, 0x0214},
    {0x0055, 0x0311, 0x0216},
    {0x0055, 0x031B, 0x01AF},
    {0x0055, 0x0323, 0x1EE4},
    {0x0055, 0x0324, 0x1E72},
    {0x0055, 0x0328, 0x0172},
    {0x0055, 0x032D, 0x1E76},
    {0x0055, 0x0330, 0x1E74},
    {0x0056, 0x0303, 0x1E7C},
    {0x0056, 0x0323, 0x1E7E},
    {0x0057, 0x0300, 0x1E80},
    {0x0057, 0x0301, 0x1E82},
    {0x0057, 0x0302, 0x0174},
    {0x0057, 0x0307, 0x1E86},
    {0x0057, 0x0308, 0x1E84},
    {0x0057, 0x0323, 0x1E88},
    {0x0058, 0x0307, 0x1E8A},
    {0x0058, 0x0308, 0x1E8C},
    {0x0059, 0x0300, 0x1EF2},
    {0x0059, 0x0301, 0x00DD},
    {0x0059, 0x0302, 0x0176},
    {0x0059, 0x0303, 0x1EF8},
    {0x0059, 0x0304, 0x0232},
    {0x0059, 0x0307, 0x1E8E},
    {0x0059, 0x0308, 0x0178},
    {0x0059, 0x0309, 0x1EF6},
    {0x0059, 0x0323, 0x1EF4},
    {0x005A, 0x0301, 0x0179},
    {0x005A, 0x0302, 0x1E90},
    {0x005A, 0x0307, 0x017B},
    {0x005A, 0x030C, 0x017D},
    {0x005A, 0x0323, 0x1E92},
    {0x005A, 0x0331, 0x1E94},
    {0x0061, 0x0300, 0x00E0},
    {0x0061, 0x0301, 0x00E1},
    {0x0061, 0x0302, 0x00E2},
    {0x0061, 0x0303, 0x00E3},
    {0x0061, 0x0304, 0x0101},
    {0x0061, 0x0306, 0x0103},
    {0x0061, 0x0307, 0x0227},
    {0x0061, 0x0308, 0x00E4},
    {0x0061, 0x0309, 0x1EA3},
    {0x0061, 0x030A, 0x00E5},
    {0x0061, 0x030C, 0x01CE},
    {0x0061, 0x030F, 0x0201},
    {0x0061, 0x0311, 0x0203},
    {0x0061, 0x0323, 0x1EA1},
    {0x0061, 0x0325, 0x1E01},
    {0x0061, 0x0328, 0x0105},
    {0x0062, 0x0307, 0x1E03},
    {0x0062, 0x0323, 0x1E05},
    {0x0062, 0x0331, 0x1E07},
    {0x0063, 0x0301, 0x0107},
    {0x0063, 0x0302, 0x0109},
    {0x0063, 0x0307, 0x010B},
    {0x0063, 0x030C, 0x010D},
    {0x0063, 0x0327, 0x00E7},
    {0x0064, 0x0307, 0x1E0B},
    {0x0064, 0x030C, 0x010F},
    {0x0064, 0x0323, 0x1E0D},
    {0x0064, 0x0327, 0x1E11},
    {0x0064, 0x032D, 0x1E13},
    {0x0064, 0x0331, 0x1E0F},
    {0x0065, 0x0300, 0x00E8},
    {0x0065, 0x0301, 0x00E9},
    {0x0065, 0x0302, 0x00EA},
    {0x0065, 0x0303, 0x1EBD},
    {0x0065, 0x0304, 0x0113},
    {0x0065, 0x0306, 0x0115},
    {0x0065, 0x0307, 0x0117},
    {0x0065, 0x0308, 0x00EB},
    {0x0065, 0x0309, 0x1EBB},
    {0x0065, 0x030C, 0x011B},
    {0x0065, 0x030F, 0x0205},
    {0x0065, 0x0311, 0x0207},
    {0x0065, 0x0323, 0x1EB9},
    {0x0065, 0x0327, 0x0229},
    {0x0065, 0x0328, 0x0119},
    {0x0065, 0x032D, 0x1E19},
    {0x0065, 0x0330, 0x1E1B},
    {0x0066, 0x0307, 0x1E1F},
    {0x0067, 0x0301, 0x01F5},
    {0x0067, 0x0302, 0x011D},
    {0x0067, 0x0304, 0x1E21},
    {0x0067, 0x0306, 0x011F},
    {0x0067, 0x0307, 0x0121},
    {0x0067, 0x030C, 0x01E7},
    {0x0067, 0x0327, 0x0123},
    {0x0068, 0x0302, 0x0125},
    {0x0068, 0x0307, 0x1E23},
    {0x0068, 0x0308, 0x1E27},
    {0x0068, 0x030C, 0x021F},
    {0x0068, 0x0323, 0x1E25},
    {0x0068, 0x0327, 0x1E29},
    {0x0068, 0x032E, 0x1E2B},
    {0x0068, 0x0331, 0x1E96},
    {0x0069, 0x0300, 0x00EC},
    {0x0069, 0x0301, 0x00ED},
    {0x0069, 0x0302, 0x00EE},
    {0x0069, 0x0303, 0x0129},
    {0x0069, 0x0304, 0x012B},
    {0x0069, 0x0306, 0x012D},
    {0x0069, 0x0308, 0x00EF},
    {0x0069, 0x0309, 0x1EC9},
    {0x0069, 0x030C, 0x01D0},
    {0x0069, 0x030F, 0x0209},
    {0x0069, 0x0311, 0x020B},
    {0x0069, 0x0323, 0x1ECB},
    {0x0069, 0x0328, 0x012F},
    {0x0069, 0x0330, 0x1E2D},
    {0x006A, 0x0302, 0x0135},
    {0x006A, 0x030C, 0x01F0},
    {0x006B, 0x0301, 0x1E31},
    {0x006B, 0x030C, 0x01E9},
    {0x006B, 0x0323, 0x1E33},
    {0x006B, 0x0327, 0x0137},
    {0x006B, 0x0331, 0x1E35},
    {0x006C, 0x0301, 0x013A},
    {0x006C, 0x030C, 0x013E},
    {0x006C, 0x0323, 0x1E37},
    {0x006C, 0x0327, 0x013C},
    {0x006C, 0x032D, 0x1E3D},
    {0x006C, 0x0331, 0x1E3B},
    {0x006D, 0x0301, 0x1E3F},
    {0x006D, 0x0307, 0x1E41},
    {0x006D, 0x0323, 0x1E43},
    {0x006E, 0x0300, 0x01F9},
    {0x006E, 0x0301, 0x0144},
    {0x006E, 0x0303, 0x00F1},
    {0x006E, 0x0307, 0x1E45},
    {0x006E, 0x030C, 0x0148},
    {0x006E, 0x0323, 0x1E47},
    {0x006E, 0x0327, 0x0146},
    {0x006E, 0x032D, 0x1E4B},
    {0x006E, 0x0331, 0x1E49},
    {0x006F, 0x0300, 0x00F2},
    {0x006F, 0x0301, 0x00F3},
    {0x006F, 0x0302, 0x00F4},
    {0x006F, 0x0303, 0x00F5},
    {0x006F, 0x0304, 0x014D},
    {0x006F, 0x0306, 0x014F},
    {0x006F, 0x0307, 0x022F},
    {0x006F, 0x0308, 0x00F6},
    {0x006F, 0x0309, 0x1ECF},
    {0x006F, 0x030B, 0x0151},
    {0x006F, 0x030C, 0x01D2},
    {0x006F, 0x030F, 0x020D},
    {0x006F, 0x0311, 0x020F},
    {0x006F, 0x031B, 0x01A1},
    {0x006F, 0x0323, 0x1ECD},
    {0x006F, 0x0328, 0x01EB},
    {0x0070, 0x0301, 0x1E55},
    {0x0070, 0x0307, 0x1E57},
    {0x0072, 0x0301, 0x0155},
    {0x0072, 0x0307, 0x1E59},
    {0x0072, 0x030C, 0x0159},
    {0x0072, 0x030F, 0x0211},
    {0x0072, 0x0311, 0x0213},
    {0x0072, 0x0323, 0x1E5B},
    {0x0072, 0x0327, 0x0157},
    {0x0072, 0x0331, 0x1E5F},
    {0x0073, 0x0301, 0x015B},
    {0x0073, 0x0302, 0x015D},
    {0x0073, 0x0307, 0x1E61},
    {0x0073, 0x030C, 0x0161},
    {0x0073, 0x0323, 0x1E63},
    {0x0073, 0x0326, 0x0219},
    {0x0073, 0x0327, 0x015F},
    {0x0074, 0x0307, 0x1E6B},
    {0x0074, 0x0308, 0x1E97},
    {0x0074, 0x030C, 0x0165},
    {0x0074, 0x0323, 0x1E6D},
    {0x0074, 0x0326, 0x021B},
    {0x0074, 0x0327, 0x0163},
    {0x0074, 0x032D, 0x1E71},
    {0x0074, 0x0331, 0x1E6F},
    {0x0075, 0x0300, 0x00F9},
    {0x0075, 0x0301, 0x00FA},
    {0x0075, 0x0302, 0x00FB},
    {0x0075, 0x0303, 0x0169},
    {0x0075, 0x0304, 0x016B},
    {0x0075, 0x0306, 0x016D},
    {0x0075, 0x0308, 0x00FC},
    {0x0075, 0x0309, 0x1EE7},
    {0x0075, 0x030A, 0x016F},
    {0x0075, 0x030B, 0x0171},
    {0x0075, 0x030C, 0x01D4},
    {0x0075, 0x030F, 0x0215},
    {0x0075, 0x0311, 0x0217},
    {0x0075, 0x031B, 0x01B0},
    {0x0075, 0x0323, 0x1EE5},
    {0x0075, 0x0324, 0x1E73},
    {0x0075, 0x0328, 0x0173},
    {0x0075, 0x032D, 0x1E77},
    {0x0075, 0x0330, 0x1E75},
    {0x0076, 0x0303, 0x1E7D},
    {0x0076, 0x0323, 0x1E7F},
    {0x0077, 0x0300, 0x1E81},
    {0x0077, 0x0301, 0x1E83},
    {0x0077, 0x0302, 0x0175},
    {0x0077, 0x0307, 0x1E87},
    {0x0077, 0x0308, 0x1E85},
    {0x0077, 0x030A, 0x1E98},
    {0x0077, 0x0323, 0x1E89},
    {0x0078, 0x0307, 0x1E8B},
    {0x0078, 0x0308, 0x1E8D},
    {0x0079, 0x0300, 0x1EF3},
    {0x0079, 0x0301, 0x00FD},
    {0x0079, 0x0302, 0x0177},
    {0x0079, 0x0303, 0x1EF9},
    {0x0079, 0x0304, 0x0233},
    {0x0079, 0x0307, 0x1E8F},
    {0x0079, 0x0308, 0x00FF},
    {0x0079, 0x0309, 0x1EF7},
    {0x0079, 0x030A, 0x1E99},
    {0x0079, 0x0323, 0x1EF5},
    {0x007A, 0x0301, 0x017A},
    {0x007A, 0x0302, 0x1E91},
    {0x007A, 0x0307, 0x017C},
    {0x007A, 0x030C, 0x017E},
    {0x007A, 0x0323, 0x1E93},
    {0x007A, 0x0331, 0x1E95},
    {0x00C2, 0x0300, 0x1EA6},
    {0x00C2, 0x0301, 0x1EA4},
    {0x00C2, 0x0303, 0x1EAA},
    {0x00C2, 0x0309, 0x1EA8},
    {0x00C4, 0x0304, 0x01DE},
    {0x00C5, 0x0301, 0x01FA},
    {0x00C6, 0x0301, 0x01FC},
    {0x00C6, 0x0304, 0x01E2},
    {0x00C7, 0x0301, 0x1E08},
    {0x00CA, 0x0300, 0x1EC0},
    {0x00CA, 0x0301, 0x1EBE},
    {0x00CA, 0x0303, 0x1EC4},
    {0x00CA, 0x0309, 0x1EC2},
    {0x00CF, 0x0301, 0x1E2E},
    {0x00D4, 0x0300, 0x1ED2},
    {0x00D4, 0x0301, 0x1ED0},
    {0x00D4, 0x0303, 0x1ED6},
    {0x00D4, 0x0309, 0x1ED4},
    {0x00D5, 0x0301, 0x1E4C},
    {0x00D5, 0x0304, 0x022C},
    {0x00D5, 0x0308, 0x1E4E},
    {0x00D6, 0x0304, 0x022A},
    {0x00D8, 0x0301, 0x01FE},
    {0x00DC, 0x0300, 0x01DB},
    {0x00DC, 0x0301, 0x01D7},
    {0x00DC, 0x0304, 0x01D5},
    {0x00DC, 0x030C, 0x01D9},
    {0x00E2, 0x0300, 0x1EA7},
    {0x00E2, 0x0301, 0x1EA5},
    {0x00E2, 0x0303, 0x1EAB},
    {0x00E2, 0x0309, 0x1EA9},
    {0x00E4, 0x0304, 0x01DF},
    {0x00E5, 0x0301, 0x01FB},
    {0x00E6, 0x0301, 0x01FD},
    {0x00E6, 0x0304, 0x01E3},
    {0x00E7, 0x0301, 0x1E09},
    {0x00EA, 0x0300, 0x1EC1},
    {0x00EA, 0x0301, 0x1EBF},
    {0x00EA, 0x0303, 0x1EC5},
    {0x00EA, 0x0309, 0x1EC3},
    {0x00EF, 0x0301, 0x1E2F},
    {0x00F4, 0x0300, 0x1ED3},
    {0x00F4, 0x0301, 0x1ED1},
    {0x00F4, 0x0303, 0x1ED7},
    {0x00F4, 0x0309, 0x1ED5},
    {0x00F5, 0x0301, 0x1E4D},
    {0x00F5, 0x0304, 0x022D},
    {0x00F5, 0x0308, 0x1E4F},
    {0x00F6, 0x0304, 0x022B},
    {0x00F8, 0x0301, 0x01FF},
    {0x00FC, 0x0300, 0x01DC},
    {0x00FC, 0x0301, 0x01D8},
    {0x00FC, 0x0304, 0x01D6},
    {0x00FC, 0x030C, 0x01DA},
    {0x0102, 0x0300, 0x1EB0},
    {0x0102, 0x0301, 0x1EAE},
    {0x0102, 0x0303, 0x1EB4},
    {0x0102, 0x0309, 0x1EB2},
    {0x0103, 0x0300, 0x1EB1},
    {0x0103, 0x0301, 0x1EAF},
    {0x0103, 0x0303, 0x1EB5},
    {0x0103, 0x0309, 0x1EB3},
    {0x0112, 0x0300, 0x1E14},
    {0x0112, 0x0301, 0x1E16},
    {0x0113, 0x0300, 0x1E15},
    {0x0113, 0x0301, 0x1E17},
    {0x014C, 0x0300, 0x1E50},
    {0x014C, 0x0301, 0x1E52},
    {0x014D, 0x0300, 0x1E51},
    {0x014D, 0x0301, 0x1E53},
    {0x015A, 0x0307, 0x1E64},
    {0x015B, 0x0307, 0x1E65},
    {0x0160, 0x0307, 0x1E66},
    {0x0161, 0x0307, 0x1E67},
    {0x0168, 0x0301, 0x1E78},
    {0x0169, 0x0301, 0x1E79},
    {0x016A, 0x0308, 0x1E7A},
    {0x016B, 0x0308, 0x1E7B},
    {0x017F, 0x0307, 0x1E9B},
    {0x01A0, 0x0300, 0x1EDC},
    {0x01A0, 0x0301, 0x1EDA},
    {0x01A0, 0x0303, 0x1EE0},
    {0x01A0, 0x0309, 0x1EDE},
    {0x01A0, 0x0323, 0x1EE2},
    {0x01A1, 0x0300, 0x1EDD},
    {0x01A1, 0x0301, 0x1EDB},
    {0x01A1, 0x0303, 0x1EE1},
    {0x01A1, 0x0309, 0x1EDF},
    {0x01A1, 0x0323, 0x1EE3},
    {0x01AF, 0x0300, 0x1EEA},
    {0x01AF, 0x0301, 0x1EE8},
    {0x01AF, 0x0303, 0x1EEE},
    {0x01AF, 0x0309, 0x1EEC},
    {0x01AF, 0x0323, 0x1EF0},
    {0x01B0, 0x0300, 0x1EEB},
    {0x01B0, 0x0301, 0x1EE9},
    {0x01B0, 0x0303, 0x1EEF},
    {0x01B0, 0x0309, 0x1EED},
    {0x01B0, 0x0323, 0x1EF1},
    {0x01B7, 0x030C, 0x01EE},
    {0x01EA, 0x0304, 0x01EC},
    {0x01EB, 0x0304, 0x01ED},
    {0x0226, 0x0304, 0x01E0},
    {0x0227, 0x0304, 0x01E1},
    {0x0228, 0x0306, 0x1E1C},
    {0x0229, 0x0306, 0x1E1D},
    {0x022E, 0x0304, 0x0230},
    {0x022F, 0x0304, 0x0231},
    {0x0292, 0x030C, 0x01EF},
    {0x1E36, 0x0304, 0x1E38},
    {0x1E37, 0x0304, 0x1E39},
    {0x1E5A, 0x0304, 0x1E5C},
    {0x1E5B, 0x0304, 0x1E5D},
    {0x1E62, 0x0307, 0x1E68},
    {0x1E63, 0x0307, 0x1E69},
    {0x1EA0, 0x0302, 0x1EAC},
    {0x1EA0, 0x0306, 0x1EB6},
    {0x1EA1, 0x0302, 0x1EAD},
    {0x1EA1, 0x0306, 0x1EB7},
    {0x1EB8, 0x0302, 0x1EC6},
    {0x1EB9, 0x0302, 0x1EC7},
    {0x1ECC, 0x0302, 0x1ED8},
    {0x1ECD, 0x0302, 0x1ED9}
};

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
// (found by fuzz/fuzz_normalise.cpp). These are Unicode's simple mappings where
// Poco differs, for Latin and Greek (generated by comparing Poco's output with
// Python's unicodedata); everything else is Poco's.
struct CaseFix {
    char32_t from, to;
};
constexpr CaseFix kUpperFixes[] = {
    {0x00B5, 0x039C},
    {0x0131, 0x0049},
    {0x017F, 0x0053},
    {0x01C5, 0x01C4},
    {0x01C8, 0x01C7},
    {0x01CB, 0x01CA},
    {0x01F2, 0x01F1},
    {0x03B9, 0x0399},
    {0x03BC, 0x039C},
    {0x03C2, 0x03A3},
    {0x03D0, 0x0392},
    {0x03D1, 0x0398},
    {0x03D5, 0x03A6},
    {0x03D6, 0x03A0},
    {0x03F0, 0x039A},
    {0x03F1, 0x03A1},
    {0x03F5, 0x0395},
    {0x1E9B, 0x1E60},
    {0x1FBE, 0x0399}
};
constexpr CaseFix kLowerFixes[] = {
    {0x01C5, 0x01C6},
    {0x01C8, 0x01C9},
    {0x01CB, 0x01CC},
    {0x01F2, 0x01F3},
    {0x1F88, 0x1F80},
    {0x1F89, 0x1F81},
    {0x1F8A, 0x1F82},
    {0x1F8B, 0x1F83},
    {0x1F8C, 0x1F84},
    {0x1F8D, 0x1F85},
    {0x1F8E, 0x1F86},
    {0x1F8F, 0x1F87},
    {0x1F98, 0x1F90},
    {0x1F99, 0x1F91},
    {0x1F9A, 0x1F92},
    {0x1F9B, 0x1F93},
    {0x1F9C, 0x1F94},
    {0x1F9D, 0x1F95},
    {0x1F9E, 0x1F96},
    {0x1F9F, 0x1F97},
    {0x1FA8, 0x1FA0},
    {0x1FA9, 0x1FA1},
    {0x1FAA, 0x1FA2},
    {0x1FAB, 0x1FA3},
    {0x1FAC, 0x1FA4},
    {0x1FAD, 0x1FA5},
    {0x1FAE, 0x1FA6},
    {0x1FAF, 0x1FA7},
    {0x1FBC, 0x1FB3},
    {0x1FCC, 0x1FC3},
    {0x1FFC, 0x1FF3}
};

char32_t case_map(char32_t cp, const CaseFix* begin, const CaseFix* end, int (*poco)(int)) {
    auto it = std::lower_bound(begin, end, cp, [](const CaseFix& f, char32_t c) { return f.from < c; });
    if (it != end && it->from == cp) return it->to;
    return static_cast<char32_t>(poco(static_cast<int>(cp)));
}

char32_t upper(char32_t cp) {
    return case_map(cp, std::begin(kUpperFixes), std::end(kUpperFixes), Poco::Unicode::toUpper);
}

char32_t lower(char32_t cp) {
    return case_map(cp, std::begin(kLowerFixes), std::end(kLowerFixes), Poco::Unicode::toLower);
}

Normalised person_name(std::string_view s, bool is_prenom) {
    if (!valid_utf8(s)) return failure(kBadEncoding);
    std::u32string cps = compose(collapse_blanks(decode(s)));
    if (cps.empty()) return {};
    if (cps.size() > 100) return failure(too_long(100));

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
    const std::u32string cps = compose(collapse_blanks(decode(s)));
    if (cps.size() > max_chars) return failure(too_long(max_chars));
    return {encode(cps), {}};
}

Normalised texte_long(std::string_view s, std::size_t max_bytes) {
    if (!valid_utf8(s)) return failure(kBadEncoding);
    if (s.size() > max_bytes) return failure("Texte trop long (" + std::to_string(max_bytes / 1000) + " ko au plus).");
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
    if (!valid_utf8(s)) return failure(kBadEncoding);
    std::u32string cps = decode(s);
    // Trim only: a blank inside an address is an error, not something to fix.
    std::size_t first = 0, last = cps.size();
    while (first < last && is_blank(cps[first])) ++first;
    while (last > first && is_blank(cps[last - 1])) --last;
    cps = cps.substr(first, last - first);
    if (cps.empty()) return {};

    const std::string address = Poco::UTF8::toLower(encode(cps));
    if (address.size() > 254) return failure("Adresse e-mail trop longue (254 caractères au plus).");
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

std::string Mois::fr() const {
    const std::string_view name = nom_du_mois(mois);
    if (name.empty()) return format("%04d-%02d", annee, mois, 0);  // not a month: show it raw
    return std::string(name) + " " + std::to_string(annee);
}

std::optional<Date> parse_date(std::string_view s) {
    s = trim_ascii(s);
    std::size_t i = 0;
    int y, m, d;
    std::size_t lead = 0;
    while (lead < s.size() && is_ascii_digit(s[lead])) ++lead;
    if (lead == 4) {  // ISO yyyy-mm-dd
        y = *read_number(s, i, 4, 4);
        const auto mm = read_char(s, i, '-') ? read_number(s, i, 1, 2) : std::nullopt;
        const auto dd = mm && read_char(s, i, '-') ? read_number(s, i, 1, 2) : std::nullopt;
        if (!dd) return std::nullopt;
        m = *mm, d = *dd;
    } else {  // French d/m/yyyy, the same separator twice
        const auto dd = read_number(s, i, 1, 2);
        if (!dd || i >= s.size()) return std::nullopt;
        const char sep = s[i];
        if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
        ++i;
        const auto mm = read_number(s, i, 1, 2);
        const auto yy = mm && read_char(s, i, sep) ? read_number(s, i, 4, 4) : std::nullopt;
        if (!yy) return std::nullopt;
        y = *yy, m = *mm, d = *dd;
    }
    if (i != s.size() || !real_date(y, m, d)) return std::nullopt;
    return Date{y, m, d};
}

std::optional<Mois> parse_mois(std::string_view s) {
    s = trim_ascii(s);
    std::size_t i = 0;
    const auto y = read_number(s, i, 4, 4);
    const auto m = y && read_char(s, i, '-') ? read_number(s, i, 2, 2) : std::nullopt;
    if (!m) return std::nullopt;
    int d = 1;
    if (i != s.size()) {  // "YYYY-MM-DD": the day must exist, then is dropped
        const auto dd = read_char(s, i, '-') ? read_number(s, i, 2, 2) : std::nullopt;
        if (!dd || i != s.size()) return std::nullopt;
        d = *dd;
    }
    if (!real_date(*y, *m, d)) return std::nullopt;
    return Mois{*y, *m};
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
