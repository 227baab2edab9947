// Normalisation of free-form user input (names, phones, e-mails, dates,
// months) and the French formatting of dates. Pure functions, no I/O; every
// rule has unit tests in tests/unit/test_normalise.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ope {

// A normalised value, or a French message saying what is wrong with the input.
struct Normalised {
    std::string value;
    std::string error;  // empty when the input was accepted
    bool ok() const { return error.empty(); }
};

struct Date {
    int annee = 0, mois = 0, jour = 0;
    std::string iso() const;     // "2031-03-05"
    std::string fr() const;      // "05/03/2031"
    auto operator<=>(const Date&) const = default;
};

struct Mois {
    int annee = 0, mois = 0;
    std::string iso() const;     // "2031-03-01" (a session's month is stored as the 1st)
    std::string fr() const;      // "mars 2031"
    std::string saisie() const;  // "2031-03", the form of the contract (spec/urls.md)
    bool contient(const Date& d) const { return d.annee == annee && d.mois == mois; }
    auto operator<=>(const Mois&) const = default;
};

// True when s is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool valid_utf8(std::string_view s);

// Trims, replaces control characters and runs of white space by one space.
// Error when the text is not UTF-8 or longer than max_chars characters.
Normalised texte(std::string_view s, std::size_t max_chars);
// Text of several lines (a message body, a comment): line breaks and tabs kept,
// "\r\n" made "\n", other control characters removed, blank lines around trimmed.
// Error when the text is not UTF-8 or longer than max_bytes bytes.
Normalised texte_long(std::string_view s, std::size_t max_bytes);

// NOM: trimmed, single spaces, UTF-8 upper case ("de la fontaine" -> "DE LA FONTAINE").
Normalised nom(std::string_view s);
// Prénom: each word and each hyphen-separated part capitalised, the rest lower case
// ("élodie-anne" -> "Élodie-Anne", "JEAN PIERRE" -> "Jean Pierre").
Normalised prenom(std::string_view s);
// E-mail: trimmed, lower-cased, checked (one @, non-empty local part, a dotted
// domain, no spaces). Empty input gives an empty value and no error.
Normalised email(std::string_view s);
// French phone: "0612345678", "06.12.34.56.78", "06 12 34 56 78", "06-12-34-56-78",
// "+33 6 12 34 56 78", "+33 (0)6 12 34 56 78", "0033612345678" -> "06 12 34 56 78".
// Empty input gives an empty value and no error; anything else is an error.
Normalised telephone(std::string_view s);
// Postcode: exactly 5 digits after trimming (spaces inside removed). Empty is fine.
Normalised code_postal(std::string_view s);

// Dates typed by people: "dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy", "dd.mm.yyyy" or
// ISO "yyyy-mm-dd"; nullopt when malformed or not a real calendar date
// (2031-02-30), or year outside 1900..2200.
std::optional<Date> parse_date(std::string_view s);
// Why parse_date refuses a date that is well written but is no day of the calendar,
// for the message beside the field: "Ce jour n'existe pas : le 31/02/1990 (février
// 1990 a 28 jours).", the same for a month 13 or a year outside 1900..2200; "" when
// s is a real date or is not written as a date at all.
std::string date_inexistante(std::string_view s);
// A month: "YYYY-MM" or "YYYY-MM-DD" (a real date; the day is dropped), "MM/YYYY"
// or "M/YYYY", or its French name and the year ("mars 2031", "Février 2031",
// "aout 2031": accents and case aside); nullopt otherwise, or year outside 1900..2200.
std::optional<Mois> parse_mois(std::string_view s);
// "janvier" .. "décembre" for 1..12.
std::string_view nom_du_mois(int mois);
// A count and its noun, singular for 0 and 1 as French has it: "1 inscrit",
// "0 inscrit", "3 inscrits".
std::string quantite(long n, std::string_view singulier, std::string_view pluriel);
// A moment as stored ("2026-11-30 23:21:01") written for people: "30/11/2026 à 23:21";
// "" for "", the text as it is when it is not such a moment.
std::string horodatage_fr(std::string_view sql_datetime);
// Now on this machine's local clock, as a moment is stored: "2026-11-30 23:21:01"
// (its first 10 characters: today; its first 7: this month).
std::string maintenant_local();
// Now in UTC, as ISO 8601 writes it for files read by programs: "2026-11-30T22:21:01Z".
std::string maintenant_utc();

// ASCII folding of Latin letters ("Élodie Œuvray" -> "Elodie OEuvray"); other
// non-ASCII characters are dropped.
std::string ascii_fold(std::string_view s);
// Base of a trainee's login: ascii_fold(prenom + "." + nom), lower case, only
// [a-z0-9.-] kept, spaces become "-"; "élodie-anne", "de la fontaine" ->
// "elodie-anne.de-la-fontaine". Never empty ("stagiaire" as a fallback).
std::string login_base(std::string_view prenom, std::string_view nom);

}  // namespace ope
