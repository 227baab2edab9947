// The reports: the RSA follow-up (/emploi/rapports/rsa) and the activity of a year
// (/emploi/rapports/sessions), against data built for the test through the site:
// a trainee who changed funding, one whose funding changed from RSA within a
// session, excused absences, workshops not entered yet, sessions outside the
// period; rows, totals, the CSV parsed back, who may read them, bad parameters,
// and a number of SQL statements that does not grow with the rows.
#define BOOST_TEST_MODULE rapports
#include <boost/test/unit_test.hpp>

#include "tests/integration/support/client.hpp"
#include "tests/integration/support/site.hpp"

#include "domain/csv.hpp"

#include <ctime>
#include <map>
#include <string>
#include <vector>

using namespace ope::test;

namespace {

using Lignes = std::vector<std::vector<std::string>>;

// A year of its own (the reports count everything in their period; tests/browser/rapports.py
// takes 2150-2199).
const int kAnnee = 2100 + static_cast<int>(std::time(nullptr) / 7 % 50);
std::string mois(int m) { return str(kAnnee) + "-" + (m < 10 ? "0" : "") + str(m); }
std::string jour(int m, int j) { return mois(m) + "-" + (j < 10 ? "0" : "") + str(j); }

// The cells of the report's table as printed (the rows of <tbody>, then <tfoot>).
Lignes cellules(const std::string& html, const std::string& partie) {
    Lignes out;
    const std::string bloc = between(html, "<" + partie + ">", "</" + partie + ">");
    std::size_t pos = 0;
    while ((pos = bloc.find("<tr", pos)) != std::string::npos) {
        const auto fin = bloc.find("</tr>", pos);
        const std::string tr = bloc.substr(pos, fin - pos);
        std::vector<std::string> ligne;
        std::size_t td = 0;
        while ((td = tr.find("<td", td)) != std::string::npos) {
            const auto debut = tr.find('>', td) + 1;
            ligne.push_back(tr.substr(debut, tr.find("</td>", debut) - debut));
            td = debut;
        }
        out.push_back(ligne);
        pos = fin;
    }
    return out;
}

std::string html(std::string s) {
    for (auto [de, vers] : {std::pair{"&", "&amp;"}, {"\"", "&quot;"}, {"'", "&#39;"}, {"<", "&lt;"}, {">", "&gt;"}}) {
        std::string out;
        for (std::size_t i = 0; i < s.size();) {
            if (s.compare(i, std::string(de).size(), de) == 0) {
                out += vers;
                i += std::string(de).size();
            } else {
                out += s[i++];
            }
        }
        s = out;
    }
    return s;
}

long requetes(const Page& p) {
    auto it = p.headers.find("x-requetes-sql");
    BOOST_REQUIRE(it != p.headers.end());
    return std::stol(it->second);
}

struct Monde {
    Client resp = logged("responsable");
    long s1 = 0, s2 = 0, s3 = 0, s0 = 0;
    long w1a = 0, w1b = 0, w1c = 0, w2a = 0, w2b = 0;
    long a = 0, b = 0, c = 0, d = 0, e = 0;
    std::string nom_a, nom_b, nom_c, nom_d, nom_e;
    const std::string caf_a = "=12;3\"4";  // a formula, a separator and a quote: the CSV must keep it a text
};

Monde construire() {
    Monde m;
    const std::string u = lettres();
    m.s0 = creer_session(m.resp, str(kAnnee - 1) + "-12", "Avant " + u);
    m.s1 = creer_session(m.resp, mois(3), "Mars " + u);
    m.s2 = creer_session(m.resp, mois(4), "Avril " + u);
    m.s3 = creer_session(m.resp, mois(6), "Juin " + u);
    m.w1a = ajouter_atelier(m.resp, m.s1, jour(3, 2), "Bilan", "1");
    m.w1b = ajouter_atelier(m.resp, m.s1, jour(3, 9), "CV", "1");
    m.w1c = ajouter_atelier(m.resp, m.s1, jour(3, 16), "Entretien", "2");
    m.w2a = ajouter_atelier(m.resp, m.s2, jour(4, 6), "Réseau", "1");
    m.w2b = ajouter_atelier(m.resp, m.s2, jour(4, 13), "Candidatures", "2");
    ajouter_atelier(m.resp, m.s3, jour(6, 1), "Juin", "1");
    ajouter_atelier(m.resp, m.s0, str(kAnnee - 1) + "-12-01", "Décembre", "1");

    auto stagiaire = [&](const std::string& prefixe, std::string& nom) {
        nom = majuscules(prefixe + u);
        return creer_stagiaire(m.resp, Fields{{"civilite", "Mme"}, {"nom", prefixe + u}, {"prenom", "Alice"}});
    };
    m.a = stagiaire("Aaarsa", m.nom_a);
    m.b = stagiaire("Bbbrsa", m.nom_b);
    m.c = stagiaire("Cccrsa", m.nom_c);
    m.d = stagiaire("Dddrsa", m.nom_d);
    m.e = stagiaire("Eeersa", m.nom_e);
    const Fields rsa_a1 = {{"statut_financement", "rsa"}, {"numero_caf", m.caf_a}, {"numero_cli", "CLI-A1"}};
    const Fields rsa_a2 = {{"statut_financement", "rsa"}, {"numero_caf", m.caf_a}, {"numero_cli", "CLI-A2"}};
    inscrire_finance(m.resp, m.s1, m.a, rsa_a1);
    inscrire_finance(m.resp, m.s2, m.a, rsa_a2);  // a new CLI number in April
    // B: France Travail (pole_emploi) in March, RSA in April.
    inscrire_finance(m.resp, m.s1, m.b, {{"statut_financement", "pole_emploi"}});
    inscrire_finance(m.resp, m.s2, m.b, {{"statut_financement", "rsa"}, {"numero_caf", "CAF-B"}, {"numero_cli", "CLI-B"}});
    // C: RSA in March, then self-funded in the same session.
    inscrire_finance(m.resp, m.s1, m.c, {{"statut_financement", "rsa"}, {"numero_caf", "CAF-C"}, {"numero_cli", "CLI-C"}});
    changer_financement(m.resp, m.s1, m.c, {{"statut_financement", "autofinancement"}});
    // D: RSA in June (outside March-May); E: in March, funding not entered yet.
    inscrire_finance(m.resp, m.s3, m.d, {{"statut_financement", "rsa"}, {"numero_caf", "CAF-D"}, {"numero_cli", "CLI-D"}});
    inscrire(m.resp, m.s1, m.e);
    // RSA in December of the year before: outside both reports.
    inscrire_finance(m.resp, m.s0, m.a, rsa_a1);

    auto cle = [](long atelier, long stagiaire) { return str(atelier) + "_" + str(stagiaire); };
    valider_presences(m.resp, m.s1, {{"statut_" + cle(m.w1a, m.a), "present"}, {"statut_" + cle(m.w1b, m.a), "excuse"},
                                     {"statut_" + cle(m.w1a, m.b), "absent"}});
    // w1c stays "non renseigné" for everybody.
    valider_presences(m.resp, m.s2, {{"statut_" + cle(m.w2a, m.a), "absent"}, {"statut_" + cle(m.w2b, m.a), "present"},
                                     {"statut_" + cle(m.w2a, m.b), "present"}});
    return m;
}

// Built once for the whole file: the reports count everything in the test's year.
Monde& monde() {
    static Monde m = construire();
    return m;
}

std::string rsa(int du, int au, const std::string& format = "") {
    return "/emploi/rapports/rsa?du=" + mois(du) + "&au=" + mois(au) + (format.empty() ? "" : "&format=" + format);
}
std::string activite(const std::string& format = "") {
    return "/emploi/rapports/sessions?annee=" + str(kAnnee) + (format.empty() ? "" : "&format=" + format);
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(Stack);

BOOST_AUTO_TEST_CASE(suivi_rsa) {
    Monde& m = monde();
    Client tut = logged("tuteur");
    Page p = tut.get(rsa(3, 5));
    BOOST_REQUIRE_EQUAL(p.status, 200);
    BOOST_TEST(p.contains("Suivi des stagiaires au RSA"));
    BOOST_TEST(p.contains("Sessions de mars " + str(kAnnee) + " à mai " + str(kAnnee)));
    BOOST_TEST(p.contains("Imprimé le "));
    BOOST_TEST(p.contains("<p class=\"association\">OPE</p>"));
    BOOST_TEST(p.contains("paysage.css"));  // A4 landscape

    // A (RSA in March and April: two CLI numbers) and B (RSA in April only), by name;
    // not C (no longer RSA), D (June), E (status not entered).
    const Lignes lignes = cellules(p.body, "tbody");
    BOOST_REQUIRE_EQUAL(lignes.size(), 2u);
    const std::string sessions_a = "n° " + str(m.s1) + " (mars " + str(kAnnee) + "), n° " + str(m.s2) + " (avril " + str(kAnnee) + ")";
    // Civilité, Nom, Prénom, CAF, CLI, sessions, planned, present, excused, absent, not entered, rate.
    BOOST_TEST((lignes[0] == std::vector<std::string>{"Mme", m.nom_a, "Alice", html(m.caf_a), "CLI-A1, CLI-A2", sessions_a,
                                                       "5", "2", "1", "1", "1", "50 %"}));
    BOOST_TEST((lignes[1] == std::vector<std::string>{"Mme", m.nom_b, "Alice", "CAF-B", "CLI-B",
                                                       "n° " + str(m.s2) + " (avril " + str(kAnnee) + ")", "2", "1", "0",
                                                       "0", "1", "100 %"}));
    for (const auto& absent : {m.nom_c, m.nom_d, m.nom_e}) BOOST_TEST(!p.contains(absent), absent);
    const Lignes total = cellules(p.body, "tfoot");
    BOOST_REQUIRE_EQUAL(total.size(), 1u);
    BOOST_TEST((total[0] == std::vector<std::string>{"", "Total", "2 stagiaire(s)", "", "", "2 session(s)", "7", "3", "1",
                                                      "1", "2", "60 %"}));

    // The same rows as CSV: a download, UTF-8 with a BOM, ';', the formula kept a text.
    Page csv = tut.get(rsa(3, 5, "csv"));
    BOOST_REQUIRE_EQUAL(csv.status, 200);
    BOOST_TEST(csv.headers["content-type"] == "text/csv; charset=utf-8");
    BOOST_TEST(csv.headers["content-disposition"].find("attachment; filename=\"suivi-rsa-" + mois(3) + "-" + mois(5) + ".csv\"") == 0u,
               csv.headers["content-disposition"]);
    BOOST_TEST(csv.body.rfind("\xEF\xBB\xBF", 0) == 0u);
    BOOST_TEST(csv.body.find("\"'=12;3\"\"4\"") != std::string::npos);
    const auto lu = ope::csv::lire(csv.body);
    BOOST_REQUIRE(lu.ok());
    BOOST_TEST(lu.separateur == ';');
    BOOST_REQUIRE_EQUAL(lu.enregistrements.size(), 3u);
    BOOST_TEST((lu.enregistrements[0].champs ==
                std::vector<std::string>{"Civilité", "Nom", "Prénom", "N° CAF", "N° CLI", "Session(s)", "Ateliers prévus", "Présent",
                                         "Absent excusé", "Absent", "Non renseigné", "Taux de présence"}));
    auto attendu = lignes[0];
    attendu[3] = "'" + m.caf_a;  // neutralised, and read back whole despite its ';' and '"'
    BOOST_TEST((lu.enregistrements[1].champs == attendu));
    BOOST_TEST((lu.enregistrements[2].champs == lignes[1]));

    // One month, a period before: B is not there in March, nobody in the year before.
    Page mars = tut.get(rsa(3, 3));
    BOOST_REQUIRE_EQUAL(cellules(mars.body, "tbody").size(), 1u);
    BOOST_TEST(mars.contains("Sessions mars " + str(kAnnee)));
    BOOST_TEST((cellules(mars.body, "tbody")[0][6] == "3"));
    Page vide = tut.get("/emploi/rapports/rsa?du=" + str(kAnnee - 1) + "-01&au=" + str(kAnnee - 1) + "-11");
    BOOST_TEST(vide.contains("Aucun stagiaire n'est inscrit avec le statut RSA"));
    BOOST_TEST(cellules(vide.body, "tbody").empty());

    // A bounded number of statements: the same for 0, 1 or 2 trainees.
    BOOST_TEST(requetes(p) == requetes(vide));
    BOOST_TEST(requetes(p) == requetes(mars));
}

BOOST_AUTO_TEST_CASE(activite_de_l_annee) {
    monde();
    Client resp = logged("responsable");
    Page p = resp.get(activite());
    BOOST_REQUIRE_EQUAL(p.status, 200);
    BOOST_TEST(p.contains("Activité des sessions de formation"));
    BOOST_TEST(p.contains("Année " + str(kAnnee)));
    // The chart: SVG drawn by the server, no script.
    BOOST_TEST(p.contains("<svg viewBox="));
    BOOST_TEST(!p.contains("<script>"));
    BOOST_TEST(p.body.find("<script") == p.body.find("<script src=\"/static/imprimer.js\""));

    const Lignes lignes = cellules(p.body, "tbody");
    BOOST_REQUIRE_EQUAL(lignes.size(), 12u);
    // Month, sessions, workshops, enrolments, trainees, RSA, France Travail, autofinancement,
    // employeur, autre, à renseigner, rate. (The test's year is its own: nothing else in it.)
    const std::string y = " " + str(kAnnee);
    BOOST_TEST((lignes[2] == std::vector<std::string>{"mars" + y, "1", "3", "4", "4", "1", "1", "1", "0", "0", "1", "33 %"}));
    BOOST_TEST((lignes[3] == std::vector<std::string>{"avril" + y, "1", "2", "2", "2", "2", "0", "0", "0", "0", "0", "67 %"}));
    BOOST_TEST((lignes[5] == std::vector<std::string>{"juin" + y, "1", "1", "1", "1", "1", "0", "0", "0", "0", "0", "—"}));
    BOOST_TEST((lignes[0] == std::vector<std::string>{"janvier" + y, "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "—"}));
    // The year: distinct trainees (A, B, C, D, E), not the sum of the months.
    const Lignes total = cellules(p.body, "tfoot");
    BOOST_REQUIRE_EQUAL(total.size(), 1u);
    BOOST_TEST((total[0] == std::vector<std::string>{"Année" + y, "3", "6", "7", "5", "3", "1", "1", "0", "0", "1", "50 %"}));

    Page csv = resp.get(activite("csv"));
    BOOST_REQUIRE_EQUAL(csv.status, 200);
    BOOST_TEST(csv.headers["content-disposition"].find("activite-" + str(kAnnee) + ".csv") != std::string::npos);
    const auto lu = ope::csv::lire(csv.body);
    BOOST_REQUIRE(lu.ok());
    BOOST_REQUIRE_EQUAL(lu.enregistrements.size(), 14u);  // headings, 12 months, the year
    BOOST_TEST(lu.enregistrements[0].champs.size() == 12u);
    BOOST_TEST((lu.enregistrements[3].champs == lignes[2]));
    BOOST_TEST((lu.enregistrements[13].champs == total[0]));

    // Bounded: an empty year costs the same.
    BOOST_TEST(requetes(p) == requetes(resp.get("/emploi/rapports/sessions?annee=1950")));
}

BOOST_AUTO_TEST_CASE(qui_peut_lire_et_parametres_invalides) {
    Client resp = logged("responsable");
    for (const std::string url : {"/emploi/rapports/rsa", "/emploi/rapports/sessions"}) {
        BOOST_TEST(resp.get(url).status == 200, url);  // this year by default
        BOOST_TEST(logged("formateur").get(url).status == 403, url);
        BOOST_TEST(logged("formateur").get(url + "?format=csv").status == 403, url);
        Client anonyme;
        Page p = anonyme.get(url);
        BOOST_TEST(p.status == 302);
        BOOST_TEST(p.location().rfind("/connexion?suite=", 0) == 0u);
    }
    for (const std::string url : {"/emploi/rapports/rsa?du=2031-13", "/emploi/rapports/rsa?au=garbage",
                                  "/emploi/rapports/rsa?du=2031-06&au=2031-01", "/emploi/rapports/rsa?format=pdf",
                                  "/emploi/rapports/sessions?annee=abc", "/emploi/rapports/sessions?annee=99999",
                                  "/emploi/rapports/sessions?format=xls", "/emploi/rapports/rsa?du=%C3%28"}) {
        Page p = resp.get(url);
        BOOST_TEST(p.status == 400, url << " answered " << p.status);
        BOOST_TEST(!p.contains("%C3%28"));
    }
}
