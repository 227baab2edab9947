// libFuzzer target: every function of domain/normalise.cpp (texte, nom, prenom,
// email, telephone, code_postal, parse_date, parse_mois, ascii_fold,
// login_base, valid_utf8), run on each input. Built and
// run by scripts/fuzz.sh; seeds in fuzz/corpus/fuzz_normalise/.
//
// Input: any bytes, as typed in a form field; login_base gets the part before
// the first TAB as prénom and the rest as nom. Checked, besides the absence
// of sanitizer reports:
//  - valid_utf8 agrees with an independent strict decoder;
//  - a Normalised has either a value or an error, never both;
//  - accepted values are valid UTF-8 (text) or have their exact shape
//    (telephone "0# ## ## ## ##", code postal 5 digits, e-mail one '@');
//  - idempotence: normalising an accepted value gives it back unchanged;
//  - dates and months read back from their own iso()/fr() forms;
//  - ascii_fold and login_base only emit what they promise.
#include "domain/normalise.hpp"
#include "fuzz/check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace ope;

namespace {

// Independent strict UTF-8 check (RFC 3629 table 3-7 of Unicode).
bool reference_utf8(std::string_view s) {
    std::size_t i = 0;
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    while (i < s.size()) {
        const unsigned char b = at(i);
        std::size_t n;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (b <= 0x7F) { ++i; continue; }
        else if (b >= 0xC2 && b <= 0xDF) n = 2;
        else if (b == 0xE0) n = 3, lo = 0xA0;
        else if (b >= 0xE1 && b <= 0xEC) n = 3;
        else if (b == 0xED) n = 3, hi = 0x9F;
        else if (b >= 0xEE && b <= 0xEF) n = 3;
        else if (b == 0xF0) n = 4, lo = 0x90;
        else if (b >= 0xF1 && b <= 0xF3) n = 4;
        else if (b == 0xF4) n = 4, hi = 0x8F;
        else return false;
        if (s.size() - i < n) return false;
        if (at(i + 1) < lo || at(i + 1) > hi) return false;
        for (std::size_t k = 2; k < n; ++k)
            if (at(i + k) < 0x80 || at(i + k) > 0xBF) return false;
        i += n;
    }
    return true;
}

bool is_ascii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

void check_shape(const Normalised& n, const std::string& what, std::string_view input) {
    FUZZ_CHECK(n.ok() || n.value.empty(), what + ": value and error " + fuzz::show(input));
    if (n.ok()) FUZZ_CHECK(valid_utf8(n.value), what + ": invalid UTF-8 from " + fuzz::show(input));
}

// One space between words, none at either end, no control character.
void check_single_spaced(const std::string& v, const std::string& what, std::string_view input) {
    if (v.empty()) return;
    FUZZ_CHECK(v.front() != ' ' && v.back() != ' ' && v.find("  ") == std::string::npos,
               what + ": spacing " + fuzz::show(v) + " from " + fuzz::show(input));
    for (unsigned char c : v)
        FUZZ_CHECK(c >= 0x20 && c != 0x7F, what + ": control character from " + fuzz::show(input));
}

template <typename F>
void check_idempotent(F f, const Normalised& once, const std::string& what, std::string_view input) {
    if (!once.ok()) return;
    const Normalised twice = f(once.value);
    FUZZ_CHECK(twice.ok() && twice.value == once.value,
               what + " not idempotent: " + fuzz::show(input) + " -> " + fuzz::show(once.value) + " -> " +
                   (twice.ok() ? fuzz::show(twice.value) : "error " + twice.error));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view s(reinterpret_cast<const char*>(data), size);

    const bool utf8 = valid_utf8(s);
    FUZZ_CHECK(utf8 == reference_utf8(s), fuzz::show(s));

    // texte
    for (std::size_t max : {std::size_t{5}, std::size_t{200}}) {
        const Normalised t = texte(s, max);
        check_shape(t, "texte", s);
        if (!utf8) FUZZ_CHECK(!t.ok());
        if (t.ok()) {
            check_single_spaced(t.value, "texte", s);
            check_idempotent([max](std::string_view v) { return texte(v, max); }, t, "texte", s);
        }
    }

    // nom, prenom
    const Normalised n = nom(s), p = prenom(s);
    check_shape(n, "nom", s);
    check_shape(p, "prenom", s);
    if (!utf8) FUZZ_CHECK(!n.ok() && !p.ok());
    check_single_spaced(n.value, "nom", s);
    check_single_spaced(p.value, "prenom", s);
    check_idempotent(nom, n, "nom", s);
    check_idempotent(prenom, p, "prenom", s);

    // email
    const Normalised e = email(s);
    check_shape(e, "email", s);
    if (e.ok() && !e.value.empty()) {
        FUZZ_CHECK(e.value.size() <= 254);
        const auto at = e.value.find('@');
        FUZZ_CHECK(at != std::string::npos && at > 0 && e.value.find('@', at + 1) == std::string::npos,
                   fuzz::show(s));
        FUZZ_CHECK(e.value.find_first_of(" \t\r\n<>()[],;:\"\\") == std::string::npos, fuzz::show(s));
        check_idempotent(email, e, "email", s);
    }

    // telephone: "0# ## ## ## ##"
    const Normalised tel = telephone(s);
    check_shape(tel, "telephone", s);
    if (tel.ok() && !tel.value.empty()) {
        const std::string& v = tel.value;
        bool shape = v.size() == 14 && v[0] == '0' && v[1] != '0';
        for (std::size_t k = 0; shape && k < v.size(); ++k) shape = (k % 3 == 2) ? v[k] == ' ' : digit(v[k]);
        FUZZ_CHECK(shape, fuzz::show(s) + " -> " + fuzz::show(v));
        check_idempotent(telephone, tel, "telephone", s);
    }

    // code postal: 5 digits
    const Normalised cp = code_postal(s);
    check_shape(cp, "code_postal", s);
    if (cp.ok() && !cp.value.empty()) {
        FUZZ_CHECK(cp.value.size() == 5, fuzz::show(s));
        for (char c : cp.value) FUZZ_CHECK(digit(c), fuzz::show(s));
        check_idempotent(code_postal, cp, "code_postal", s);
    }

    // Dates and months.
    if (const auto d = parse_date(s)) {
        FUZZ_CHECK(d->annee >= 1900 && d->annee <= 2200 && d->mois >= 1 && d->mois <= 12 && d->jour >= 1 &&
                       d->jour <= 31,
                   fuzz::show(s));
        FUZZ_CHECK(parse_date(d->iso()) == d, fuzz::show(s) + " -> " + d->iso());
        FUZZ_CHECK(parse_date(d->fr()) == d, fuzz::show(s) + " -> " + d->fr());
        FUZZ_CHECK(parse_mois(d->iso()) == (Mois{d->annee, d->mois}), fuzz::show(s));
    }
    if (const auto m = parse_mois(s)) {
        FUZZ_CHECK(m->annee >= 1900 && m->annee <= 2200 && m->mois >= 1 && m->mois <= 12, fuzz::show(s));
        FUZZ_CHECK(parse_mois(m->iso()) == m, fuzz::show(s) + " -> " + m->iso());
        FUZZ_CHECK(m->fr() == std::string(nom_du_mois(m->mois)) + " " + std::to_string(m->annee));
    }

    // ascii_fold: ASCII out, ASCII unchanged.
    const std::string folded = ascii_fold(s);
    FUZZ_CHECK(is_ascii(folded), fuzz::show(s));
    if (is_ascii(s)) FUZZ_CHECK(folded == s, fuzz::show(s));

    // login_base(prenom TAB nom): [a-z0-9] runs joined by single '.' or '-'.
    const auto tab = s.find('\t');
    const std::string login = tab == std::string_view::npos ? login_base(s, "") : login_base(s.substr(0, tab), s.substr(tab + 1));
    FUZZ_CHECK(!login.empty() && login.size() <= 60, fuzz::show(s));
    for (std::size_t k = 0; k < login.size(); ++k) {
        const char c = login[k];
        const bool sep = c == '.' || c == '-';
        FUZZ_CHECK((c >= 'a' && c <= 'z') || digit(c) || sep, fuzz::show(s) + " -> " + login);
        if (sep) {
            FUZZ_CHECK(k > 0 && k + 1 < login.size(), fuzz::show(s) + " -> " + login);
            FUZZ_CHECK(login[k + 1] != '.' && login[k + 1] != '-', fuzz::show(s) + " -> " + login);
        }
    }

    return 0;
}
