// The site on a three-node Galera cluster, as tests/scripts/test_grappe.sh sets it
// up: two app instances behind one nginx (OPE_TEST_URL), the first on node 1, the
// second on node 2 (OPE_DB_HOST lists the nodes in another order for each). The
// load test's mixed writes go through both while node 2 is SIGKILLed, then
// restarted. Required: no 5xx but the French 503 page, no request without an
// answer, every rule of enrolment and every acknowledged write (each 303) on each
// of the three nodes, and the same rows on the three once node 2 is back. Then two
// nodes are killed at once: 503 until the cluster is started again.
//
// Environment (from test_grappe.sh): OPE_TEST_URL, OPE_TEST_DB_* (the app's account;
// OPE_TEST_DB_PORT is node 1), OPE_CLUSTER_PORTS ("port1 port2 port3"),
// OPE_TEST_CLUSTER_SCRIPT (scripts/cluster.sh, with OPE_CLUSTER_* for it),
// OPE_TEST_GRAPPE_LOG (where the kill and restart write).
#define BOOST_TEST_MODULE grappe
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/charge.hpp"
#include "tests/integration/support/site.hpp"

#include <chrono>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <thread>

using namespace ope::test;
using namespace std::chrono_literals;

namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? v : "";
}

struct Grappe {
    Grappe() {
        skip_without_stack();
        std::istringstream in(env("OPE_CLUSTER_PORTS"));
        for (int port; in >> port;) ports.push_back(port);
        if (ports.size() != 3 || env("OPE_TEST_CLUSTER_SCRIPT").empty()) {
            std::cerr << "OPE_CLUSTER_PORTS or OPE_TEST_CLUSTER_SCRIPT unset: run through tests/scripts/test_grappe.sh. Skipped.\n";
            std::exit(77);
        }
    }
    static std::vector<int> ports;
};
std::vector<int> Grappe::ports;

// scripts/cluster.sh ARGS, its output appended to OPE_TEST_GRAPPE_LOG; true on success.
bool cluster(const std::string& args) {
    const std::string log = env("OPE_TEST_GRAPPE_LOG").empty() ? "/dev/null" : env("OPE_TEST_GRAPPE_LOG");
    return std::system((env("OPE_TEST_CLUSTER_SCRIPT") + " " + args + " >>'" + log + "' 2>&1").c_str()) == 0;
}

std::string node_address(int n) { return "127.0.0.1:" + std::to_string(Grappe::ports[n - 1]); }

// The database server that answered (X-Ope-Base).
std::string base(const Page& p) {
    auto it = p.headers.find("x-ope-base");
    return it == p.headers.end() ? "" : it->second;
}

std::set<std::string> served_by_over(Client& c, int requests) {
    std::set<std::string> out;
    for (int i = 0; i < requests; ++i) {
        Page p = c.get("/emploi/sessions");
        BOOST_TEST(p.status == 200);
        out.insert(charge::servi_par(p));
    }
    return out;
}

std::string liste(const std::set<std::string>& s) {
    std::string out;
    for (const auto& x : s) out += (out.empty() ? "" : ", ") + x;
    return out;
}

// The tables the load writes, with the columns compared across nodes.
const std::pair<const char*, const char*> kContenu[] = {
    {"session_formation", "id, mois, intitule, version"},
    {"atelier", "id, session_id, date_atelier, intitule, cycle"},
    {"inscription", "id, session_id, stagiaire_id, statut_financement, complement_financement"},
    {"presence", "atelier_id, stagiaire_id, statut, commentaire, valide_par"},
    {"stagiaire", "id, nom, prenom"},
    {"journal", "id, action, objet, objet_id, detail"},
};

}  // namespace

BOOST_GLOBAL_FIXTURE(Grappe);

BOOST_AUTO_TEST_CASE(two_instances_on_two_nodes) {
    Client c = logged("responsable");
    const auto vus = served_by_over(c, 20);
    BOOST_TEST(vus == (std::set<std::string>{"grappe-1@" + node_address(1), "grappe-2@" + node_address(2)}),
               "served by " << liste(vus));
}

// After the 303 of a POST, the page may come from the other instance, on the other
// node: it shows what the POST wrote (each request first waits there for what the
// cluster committed before it).
BOOST_AUTO_TEST_CASE(a_write_through_one_node_is_read_through_the_other) {
    Client c = logged("responsable");
    const long s = creer_session(c, "2036-05", unique("Grappe "));
    int croises = 0;
    for (int i = 0; i < 20; ++i) {
        const std::string intitule = unique("Atelier ");
        c.get(session(s));
        Page cree = c.submit(session(s) + "/ateliers", {{"date", "2036-05-0" + std::to_string(1 + i % 9)},
                                                        {"intitule", intitule}, {"cycle", "1"}});
        BOOST_TEST_REQUIRE(cree.status == 303);
        Page lu = c.get(cree.location());
        BOOST_TEST(lu.status == 200);
        BOOST_TEST(lu.contains(intitule), "workshop written by " << charge::servi_par(cree) << ", missing when read by "
                                                                 << charge::servi_par(lu));
        if (base(cree) != base(lu)) ++croises;
    }
    BOOST_TEST(croises > 0, "no page was read on another node than its POST in 20 tries");
}

BOOST_AUTO_TEST_CASE(a_node_killed_under_load_loses_no_acknowledged_write) {
    Client admin = logged("responsable");
    const charge::Donnees d = charge::preparer(admin);

    // 8 clients for 24 s: node 2 (the second instance's) is SIGKILLed after 6 s and
    // started again after 12 s; it rejoins by IST while the load goes on.
    bool tue = false, relance = false;
    std::chrono::steady_clock::duration duree_relance{};
    const charge::Bilan bilan =
        charge::charger(d, admin.cookie("ope_session").value(), 8, 24s, [&] {
            std::this_thread::sleep_for(6s);
            tue = cluster("kill 2");
            std::this_thread::sleep_for(6s);
            const auto debut = std::chrono::steady_clock::now();
            relance = cluster("start 2");
            duree_relance = std::chrono::steady_clock::now() - debut;
        });
    BOOST_TEST_REQUIRE(tue, "scripts/cluster.sh kill 2 failed");
    BOOST_TEST(relance, "scripts/cluster.sh start 2 failed");

    BOOST_TEST_MESSAGE(bilan.requetes << " requests:" << bilan.resume() << "; " << bilan.ecrits.size()
                                      << " writes acknowledged; node 2 rejoined in "
                                      << std::chrono::duration_cast<std::chrono::seconds>(duree_relance).count() << " s");
    for (const auto& e : bilan.erreurs) BOOST_TEST_MESSAGE("error: " << e);
    BOOST_TEST(bilan.cinq_cents_non_documentes == 0, "5xx other than the French 503:" << bilan.resume());
    BOOST_TEST(bilan.sans_reponse == 0, bilan.sans_reponse << " requests got no answer");
    BOOST_TEST(bilan.requetes > 100);
    BOOST_TEST(bilan.ecrits.size() > 30u);

    // The second instance went on on node 3; the first stayed on node 1.
    BOOST_TEST(bilan.servi_par.count("grappe-2@" + node_address(3)) == 1u, "served by " << liste(bilan.servi_par));
    BOOST_TEST(!bilan.servi_par.count("grappe-1@" + node_address(2)), "served by " << liste(bilan.servi_par));
    BOOST_TEST_MESSAGE("served by " << liste(bilan.servi_par) << "; afterwards " << liste(served_by_over(admin, 10)));

    // Every node: Synced in a cluster of 3, the rules hold, nothing acknowledged is missing.
    bool synced = false;
    for (int i = 0; i < 120 && !synced; ++i) {
        synced = cluster("status");
        if (!synced) std::this_thread::sleep_for(1s);
    }
    BOOST_TEST_REQUIRE(synced, "the three nodes are not Synced again after 2 minutes");
    std::vector<std::string> contenus;
    for (int n = 1; n <= 3; ++n) {
        BOOST_TEST_CONTEXT("node " << n) {
            SqlConnection sql("127.0.0.1", Grappe::ports[n - 1]);
            for (const auto& r : charge::regles_violees(sql)) BOOST_ERROR("rule broken: " << r);
            for (const auto& e : charge::ecrits_manquants(sql, bilan.ecrits)) BOOST_ERROR("missing: " << e);
            // Each table's rows, and a checksum of what they hold.
            std::string contenu;
            for (const auto& [table, colonnes] : kContenu)
                contenu += std::string(table) + " " +
                           sql.value(std::string("SELECT CONCAT(COUNT(*), ' rows, checksum ', COALESCE(SUM(CRC32(CONCAT_WS('|', ") +
                                     colonnes + "))), 0)) FROM " + table) + "; ";
            contenus.push_back(contenu);
        }
    }
    BOOST_TEST_MESSAGE("node 1: " << contenus[0]);
    BOOST_TEST(contenus[1] == contenus[0], "node 2: " << contenus[1]);
    BOOST_TEST(contenus[2] == contenus[0], "node 3: " << contenus[2]);
}

// Nodes 2 and 3 killed together: node 1 alone is no majority and leaves the primary
// component (every statement on a table fails there; SELECT 1 still answers). Both
// instances then answer the French 503 page and /sante says 503; once the cluster
// is started again (node 1 made primary, 2 and 3 rejoin), the same processes serve.
BOOST_AUTO_TEST_CASE(without_quorum_503_then_the_same_processes_serve_again) {
    Client c = logged("responsable");
    BOOST_TEST_REQUIRE(cluster("kill 2"));
    BOOST_TEST_REQUIRE(cluster("kill 3"));
    std::map<int, int> statuts;
    int sante_503 = 0;
    const auto debut = std::chrono::steady_clock::now();
    // Both instances must have said 503 twice in a row (nginx alternates them).
    while (sante_503 < 4 && std::chrono::steady_clock::now() - debut < 60s) {
        Page p = c.get("/emploi/sessions");
        ++statuts[p.status];
        if (p.status == 503) BOOST_TEST(p.contains("Service momentanément indisponible"));
        BOOST_TEST((p.status == 200 || p.status == 503), "answered " << p.status);
        sante_503 = c.get("/sante").status == 503 ? sante_503 + 1 : 0;
        std::this_thread::sleep_for(200ms);
    }
    BOOST_TEST_MESSAGE("node 1 alone: /sante said 503 after "
                       << std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - debut).count()
                       << " ms; pages meanwhile: 200×" << statuts[200] << " 503×" << statuts[503]);
    BOOST_TEST_REQUIRE(sante_503 >= 4, "/sante still answers 200 with node 1 alone");
    Page p = c.get("/emploi/sessions");
    BOOST_TEST(p.status == 503);
    BOOST_TEST(p.contains("Le site ne peut pas joindre sa base de données"));

    BOOST_TEST_REQUIRE(cluster("start"), "scripts/cluster.sh start failed");
    bool sante = false;
    for (int i = 0; i < 50 && !sante; ++i) {
        sante = c.get("/sante").status == 200 && c.get("/sante").status == 200;
        if (!sante) std::this_thread::sleep_for(200ms);
    }
    BOOST_TEST_REQUIRE(sante);
    for (int i = 0; i < 10; ++i) BOOST_TEST(c.get("/emploi/sessions").status == 200);
    creer_session(c, "2036-06", unique("Après la grappe "));
}
