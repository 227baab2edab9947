#include "tests/integration/support/site.hpp"

#include <boost/test/unit_test.hpp>

#include <cctype>
#include <chrono>
#include <unistd.h>

namespace ope::test {

Client logged(const std::string& login, const std::string& password) {
    Client c;
    BOOST_REQUIRE_MESSAGE(c.login(login, password), "login as " + login);
    return c;
}

std::string lettres() {
    static int counter = 0;
    auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count();
    unsigned long long v = (static_cast<unsigned long long>(now) % 1000000000000ULL) * 1000ULL;
    v = (v + static_cast<unsigned long long>(getpid()) % 1000ULL) * 100ULL + (counter++ % 100);
    std::string out;
    while (v) {
        out += static_cast<char>('a' + v % 26);
        v /= 26;
    }
    return out;
}

std::string lettres(long n) {
    std::string s;
    do {
        s += static_cast<char>('a' + n % 26);
        n /= 26;
    } while (n);
    return s;
}

std::string majuscules(std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return s;
}

std::string minuscules(std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

std::string str(long n) { return std::to_string(n); }
std::string session(long id) { return "/emploi/sessions/" + str(id); }
std::string fiche(long id) { return "/emploi/stagiaires/" + str(id); }

long creer_session(Client& resp, const std::string& mois, const std::string& intitule) {
    BOOST_REQUIRE_EQUAL(resp.get("/emploi/sessions/ajouter").status, 200);
    Page p = resp.submit("/emploi/sessions/ajouter", {{"mois", mois}, {"intitule", intitule}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    long id = id_from_location(p.location());
    BOOST_REQUIRE_GT(id, 0);
    return id;
}

long ajouter_atelier(Client& resp, long s, const std::string& date, const std::string& intitule,
                     const std::string& cycle) {
    BOOST_REQUIRE_EQUAL(resp.get(session(s)).status, 200);
    Page p = resp.submit(session(s) + "/ateliers", {{"date", date}, {"intitule", intitule}, {"cycle", cycle}});
    BOOST_REQUIRE_EQUAL(p.status, 303);
    auto pos = p.location().find("#atelier-");
    BOOST_REQUIRE(pos != std::string::npos);
    long id = std::stol(p.location().substr(pos + 9));
    BOOST_REQUIRE_GT(id, 0);
    BOOST_REQUIRE_EQUAL(sql_value("SELECT MAX(id) FROM atelier WHERE session_id = ? AND intitule = ?", {str(s), intitule}),
                        str(id));
    return id;
}

long creer_stagiaire(Client& c, const Fields& champs) {
    BOOST_REQUIRE_EQUAL(c.get("/emploi/stagiaires/ajouter").status, 200);
    Page p = c.submit("/emploi/stagiaires/ajouter", champs);
    BOOST_REQUIRE_EQUAL(p.status, 303);
    long id = id_from_location(p.location());
    BOOST_REQUIRE_GT(id, 0);
    return id;
}

long creer_stagiaire(Client& c, const std::string& nom, const std::string& prenom) {
    return creer_stagiaire(c, Fields{{"civilite", "M."}, {"nom", nom}, {"prenom", prenom}});
}

void inscrire(Client& c, long s, long stagiaire) {
    BOOST_REQUIRE_EQUAL(c.get(session(s)).status, 200);
    BOOST_REQUIRE_EQUAL(c.submit(session(s) + "/stagiaires", {{"stagiaire_id", str(stagiaire)}}).status, 303);
}

void inscrire_finance(Client& c, long s, long stagiaire, const Fields& financement) {
    BOOST_REQUIRE_EQUAL(c.get(fiche(stagiaire)).status, 200);
    Fields champs = financement;
    champs.emplace_back("session_id", str(s));
    BOOST_REQUIRE_EQUAL(c.submit(fiche(stagiaire) + "/sessions", champs).status, 303);
}

void changer_financement(Client& c, long s, long stagiaire, const Fields& financement) {
    BOOST_REQUIRE_EQUAL(c.get(fiche(stagiaire)).status, 200);
    BOOST_REQUIRE_EQUAL(c.submit(fiche(stagiaire) + "/sessions/" + str(s), financement).status, 303);
}

void valider_presences(Client& c, long s, const Fields& statuts) {
    BOOST_REQUIRE_EQUAL(c.get(session(s) + "/validation").status, 200);
    BOOST_REQUIRE_EQUAL(c.submit(session(s) + "/validation", statuts).status, 303);
}

Client connecter_stagiaire(Client& personnel, long stagiaire) {
    Page accueil = personnel.get(fiche(stagiaire) + "/accueil");
    BOOST_REQUIRE_EQUAL(accueil.status, 200);
    const auto identifiant = accueil.body.find("Identifiant");
    const std::string login = dd_apres(accueil.body, "Identifiant");
    const std::string mot_de_passe = dd_apres(accueil.body, "Mot de passe", identifiant);
    BOOST_REQUIRE(!login.empty() && !mot_de_passe.empty());
    return logged(login, mot_de_passe);
}

std::string dd_apres(const std::string& html, const std::string& libelle, std::size_t depuis) {
    auto pos = html.find(libelle, depuis);
    if (pos == std::string::npos) return "";
    auto dd = html.find("<dd", pos);
    if (dd == std::string::npos) return "";
    auto gt = html.find('>', dd);
    auto fin = html.find("</dd>", gt);
    if (gt == std::string::npos || fin == std::string::npos) return "";
    return html.substr(gt + 1, fin - gt - 1);
}

}  // namespace ope::test
