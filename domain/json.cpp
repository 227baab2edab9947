#include "domain/json.hpp"

#include <cstdint>
#include <cstdio>

namespace ope::json {

namespace {

// Length of the valid UTF-8 sequence at s[i], 0 when it is not one.
std::size_t sequence(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    std::uint32_t min = 0;
    if (c < 0x80) return 1;
    if ((c & 0xE0) == 0xC0) n = 2, min = 0x80;
    else if ((c & 0xF0) == 0xE0) n = 3, min = 0x800;
    else if ((c & 0xF8) == 0xF0) n = 4, min = 0x10000;
    else return 0;
    if (i + n > s.size()) return 0;
    std::uint32_t cp = c & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
        const auto d = static_cast<unsigned char>(s[i + k]);
        if ((d & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (d & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

std::string marge(int indent) { return std::string(static_cast<std::size_t>(indent), ' '); }

std::string valeur(const Valeur& v, int indent) {
    (void)indent;
    switch (v.type) {
        case Valeur::Type::null: return "null";
        case Valeur::Type::nombre: return v.texte.empty() ? "null" : v.texte;
        case Valeur::Type::texte: return chaine(v.texte);
        case Valeur::Type::brut: return v.texte;
    }
    return "null";
}

}  // namespace

std::string chaine(std::string_view texte) {
    std::string out = "\"";
    for (std::size_t i = 0; i < texte.size();) {
        const char c = texte[i];
        const std::size_t n = sequence(texte, i);
        if (n == 0) {
            out += "\\ufffd";
            ++i;
            continue;
        }
        if (n > 1) {
            out.append(texte.substr(i, n));
            i += n;
            continue;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F || c == '<' || c == '>' || c == '&') {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                    out += buf;
                } else {
                    out += c;
                }
        }
        ++i;
    }
    return out + "\"";
}

std::string objet(const Objet& o, int indent) {
    if (o.empty()) return "{}";
    std::string out = "{\n";
    for (std::size_t i = 0; i < o.size(); ++i) {
        out += marge(indent + 2) + chaine(o[i].first) + ": " + valeur(o[i].second, indent + 2);
        out += i + 1 < o.size() ? ",\n" : "\n";
    }
    return out + marge(indent) + "}";
}

std::string liste(const std::vector<Objet>& l, int indent) {
    if (l.empty()) return "[]";
    std::string out = "[\n";
    for (std::size_t i = 0; i < l.size(); ++i) {
        out += marge(indent + 2) + objet(l[i], indent + 2);
        out += i + 1 < l.size() ? ",\n" : "\n";
    }
    return out + marge(indent) + "]";
}

}  // namespace ope::json
