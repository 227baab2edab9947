// The versions of the data a page kept in memory was made from (fcgi/memoire.hpp),
// and how a route has them read by the login's own statement, so that such a page
// costs one statement per request instead of two.
#pragma once

#include <array>
#include <charconv>
#include <optional>
#include <string>
#include <string_view>

namespace ope {

// Up to three versions (a session's, the staff accounts', the session's sendings);
// the unused ones stay 0.
using Versions = std::array<long, 3>;

// A read of the versions of what a route shows: one scalar subquery giving them as
// numbers separated by spaces, NULL when its row does not exist. A route that has
// one (Route::versions) has it added to the login's statement (data/comptes.cpp);
// the same subquery is also run alone (data/versions.hpp).
struct LectureVersions {
    enum class Cle {
        id_du_chemin,         // its one `?` is the route's {id}
        stagiaire_du_compte,  // no `?`: it names u.stagiaire_id, the account logged in
        aucune,               // no `?`: one row for the whole page
    };
    std::string sous_requete;
    Cle cle = Cle::id_du_chemin;
};

// What the login's statement read for the request (Request::versions).
struct VersionsLues {
    const LectureVersions* lecture = nullptr;  // the read done; nullptr: none (no login, or none for the route)
    std::optional<Versions> versions;          // nullopt: the row does not exist
};

// "12 3 7" as read by a LectureVersions; missing numbers are 0.
inline Versions parse_versions(std::string_view texte) {
    Versions v{};
    const char* p = texte.data();
    const char* fin = p + texte.size();
    for (long& n : v) {
        while (p < fin && *p == ' ') ++p;
        if (p == fin) break;
        p = std::from_chars(p, fin, n).ptr;
    }
    return v;
}

}  // namespace ope
