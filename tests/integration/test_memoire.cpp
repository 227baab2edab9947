// Memory of the app under one huge field: a trainee could make `ope serve` hold
// about 150 MB with one 12 MB field (the normalisation decoded it whole, three
// times, before checking its length). A field longer than any form takes is now
// refused before any work on it (413), and the peak memory of the app instances
// (VmHWM, reset through /proc/PID/clear_refs; needs OPE_TEST_APP_PIDS and root)
// grows by little more than the body itself.
#define BOOST_TEST_MODULE memoire
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace ope::test;

namespace {

std::vector<std::string> pids_des_instances() {
    std::vector<std::string> out;
    const char* v = std::getenv("OPE_TEST_APP_PIDS");
    std::istringstream in(v ? v : "");
    for (std::string pid; in >> pid;) out.push_back(pid);
    return out;
}

// A line of /proc/PID/status in kB ("VmRSS", "VmHWM").
long ko(const std::string& pid, const std::string& champ) {
    std::ifstream in("/proc/" + pid + "/status");
    for (std::string ligne; std::getline(in, ligne);)
        if (ligne.rfind(champ + ":", 0) == 0) return std::atol(ligne.c_str() + champ.size() + 1);
    return -1;
}

// The most any instance's peak memory grew, in MB, while `f` ran.
template <class F>
long croissance_max_mo(F f) {
    const auto pids = pids_des_instances();
    std::vector<long> avant;
    for (const auto& pid : pids) {
        std::ofstream("/proc/" + pid + "/clear_refs") << "5";  // resets VmHWM to the current RSS
        avant.push_back(ko(pid, "VmRSS"));
    }
    f();
    long pire = 0;
    for (std::size_t i = 0; i < pids.size(); ++i) pire = std::max(pire, (ko(pids[i], "VmHWM") - avant[i]) / 1024);
    return pire;
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(un_champ_de_11_mo_refuse_sans_que_la_memoire_s_envole) {
    BOOST_REQUIRE_MESSAGE(!pids_des_instances().empty(), "OPE_TEST_APP_PIDS is not set");
    Client tut = logged("tuteur");
    const long id = creer_stagiaire(tut, "Memoire " + lettres(), "Max");
    Client st = connecter_stagiaire(tut, id);
    BOOST_REQUIRE_EQUAL(st.get("/espace").status, 200);
    const std::string avant = sql_value("SELECT adresse FROM stagiaire WHERE id = ?", {str(id)});

    Page p;
    const long mo = croissance_max_mo([&] {
        p = st.submit("/espace/donnees", {{"adresse", std::string(11 * 1024 * 1024, 'a')}, {"ville", "Lille"}});
    });
    BOOST_TEST(p.status == 413);
    BOOST_TEST(p.contains("beaucoup trop long"));
    BOOST_TEST(sql_value("SELECT adresse FROM stagiaire WHERE id = ?", {str(id)}) == avant);
    // The body (11 MB) and its one decoded copy; it was about 150 MB.
    BOOST_TEST(mo < 60, "an app instance grew by " << mo << " MB for one 11 MB field");

    // Under the cap, a long field is the form's usual 422 with its message.
    Page long_ = st.submit("/espace/donnees", {{"adresse", std::string(60000, 'b')}, {"ville", "Lille"}});
    BOOST_TEST(long_.status == 422);
    BOOST_TEST(long_.contains("Trop long (255 caractères au plus)."));

    // The same in a multipart field (a query string that long stops at nginx: 414).
    Client resp = logged("responsable");
    resp.get("/emploi/documents");
    Page multi = resp.post_multipart("/emploi/documents", {{"csrf", resp.csrf()}, {"repertoire", std::string(70000, 'd')}}, {});
    BOOST_TEST(multi.status == 413);
}
