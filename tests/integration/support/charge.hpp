// Mixed concurrent writes, as many users at once on the same few sessions: the
// session page and the search read, trainees enrolled (from the session page, and
// from their record with a unique mark in the funding's complement) and
// un-enrolled, workshops added, attendance saved (with a unique comment on a witness
// trainee who is never un-enrolled). Every write the site acknowledged (a 303) is
// recorded with what finds it in SQL, so that a test checks afterwards that none is
// missing: tests/integration/test_charge.cpp on one server,
// tests/grappe/test_grappe.cpp on each node of a Galera cluster.
#pragma once

#include "tests/integration/support/client.hpp"

#include <chrono>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace ope::test::charge {

struct Donnees {
    struct Session {
        long id = 0;
        long atelier = 0;  // its first workshop
        long temoin = 0;   // a trainee enrolled from the start and never un-enrolled
    };
    std::vector<Session> sessions;
    std::vector<long> stagiaires;  // enrolled and un-enrolled by the load
};
// Three sessions (a workshop and a witness each) and 20 trainees, through the site.
Donnees preparer(Client& responsable);

// A write the site acknowledged with a 303.
struct Ecrit {
    enum class Genre { atelier, inscription, desinscription, presence } genre = Genre::atelier;
    long session_id = 0;
    long id = 0;         // the workshop (atelier), or the trainee
    std::string marque;  // the workshop's title, the funding's complement or the witness's comment ("" for none)
};

struct Bilan {
    long requetes = 0;
    std::map<int, long> statuts;
    long sans_reponse = 0;               // requests that got no HTTP answer
    std::chrono::milliseconds plus_longue{0};  // the slowest request (a form: its POST)
    long cinq_cents_non_documentes = 0;  // 5xx other than the French 503 page ("Service momentanément indisponible")
    std::vector<std::string> erreurs;    // the first ones: exceptions, and 5xx pages
    std::vector<Ecrit> ecrits;
    // Who answered: "instance@database server" (X-Ope-Instance, X-Ope-Base; OPE_DEBUG_SQL=1).
    std::set<std::string> servi_par;

    long cinq_cents() const;
    std::string resume() const;  // " 200×512 303×130 ..."
};

// Who answered a request: "instance@database server".
std::string servi_par(const Page& p);

// `clients` threads with that session cookie until `duree` has passed; `pendant`, if
// given, runs meanwhile in the calling thread (e.g. a node killed mid-way).
Bilan charger(const Donnees& d, const std::string& cookie, int clients, std::chrono::milliseconds duree,
              const std::function<void()>& pendant = {});

// Broken rules of enrolment on that server, one line each ("" when none is broken):
// every enrolment has exactly one attendance row per workshop of its session, no
// attendance row lacks its enrolment, no trainee is enrolled twice in a session.
std::vector<std::string> regles_violees(SqlConnection& sql);
// The acknowledged writes that server lacks, one line each.
std::vector<std::string> ecrits_manquants(SqlConnection& sql, const std::vector<Ecrit>& ecrits);

}  // namespace ope::test::charge
