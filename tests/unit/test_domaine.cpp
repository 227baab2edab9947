#define BOOST_TEST_MODULE domaine
#include <boost/test/unit_test.hpp>

#include "domain/comptes.hpp"
#include "domain/normalise.hpp"
#include "domain/personnes.hpp"
#include "domain/rapports.hpp"
#include "domain/statuts.hpp"

#include <cmath>
#include <set>
#include <string>
#include <vector>

using namespace ope;

BOOST_AUTO_TEST_SUITE(statuts)

// Every value reads back from its code, codes and labels are unique, and anything
// else is refused.
template <class E, class Liste>
void aller_retour(const Liste& valeurs) {
    std::set<std::string> codes, libelles;
    for (E v : valeurs) {
        BOOST_TEST((parse_code<E>(code(v)) == v), code(v));
        BOOST_TEST(codes.insert(code(v)).second, code(v));
        BOOST_TEST(libelles.insert(libelle(v)).second, libelle(v));
        BOOST_TEST(!std::string(libelle(v)).empty());
    }
    for (const char* faux : {"", " ", "PRESENT", "present ", "3", "0", "rsa;", "tuteur\n"})
        BOOST_TEST(!parse_code<E>(faux).has_value(), faux);
}

BOOST_AUTO_TEST_CASE(codes_and_labels) {
    aller_retour<Role>(kRoles);
    aller_retour<Cycle>(kCycles);
    aller_retour<Presence>(kPresences);
    aller_retour<EtatEnvoi>(kEtatsEnvoi);
    aller_retour<StatutFinancement>(kStatutsFinancement);
    aller_retour<ActionJournal>(kActionsJournal);
    // Every kind of event is in the list the journal's filter offers, once.
    std::set<ActionJournal> toutes(kActionsJournal.begin(), kActionsJournal.end());
    BOOST_TEST(toutes.size() == kActionsJournal.size());
    BOOST_TEST(static_cast<std::size_t>(ActionJournal::import) + 1 == kActionsJournal.size());
}

BOOST_AUTO_TEST_CASE(the_procedure_s_words) {
    // The codes are the database's and the forms' (../shared/spec).
    BOOST_TEST(code(Presence::excuse) == std::string("excuse"));
    BOOST_TEST(code(StatutFinancement::pole_emploi) == std::string("pole_emploi"));
    // Its label is today's name; the code stays.
    BOOST_TEST(libelle(StatutFinancement::pole_emploi) == std::string("France Travail"));
    BOOST_TEST(code(Cycle::approfondissement) == std::string("2"));
    BOOST_TEST(libelle(Cycle::formation) == std::string("Cycle 1 : Formation"));
    BOOST_TEST(libelle(Presence::excuse) == std::string("absent excusé"));
    BOOST_TEST(lettre(Presence::present) == std::string("P"));
    BOOST_TEST(lettre(Presence::non_renseigne) == std::string("·"));
    BOOST_TEST(exige_caf_cli(StatutFinancement::rsa));
    BOOST_TEST(!exige_caf_cli(StatutFinancement::employeur));
    BOOST_TEST(!personnel(Role::stagiaire));
    BOOST_TEST(personnel(Role::formateur));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(personnes)

BOOST_AUTO_TEST_CASE(four_orders) {
    BOOST_TEST(prenom_nom("Élodie", "DUPONT") == "Élodie DUPONT");
    BOOST_TEST(nom_prenom("DUPONT", "Élodie") == "DUPONT Élodie");
    BOOST_TEST(civilite_prenom_nom("Mme", "Élodie", "DUPONT") == "Mme Élodie DUPONT");
    BOOST_TEST(civilite_nom_prenom("Mme", "DUPONT", "Élodie") == "Mme DUPONT Élodie");
    // Missing parts leave no stray space.
    BOOST_TEST(prenom_nom("", "DUPONT") == "DUPONT");
    BOOST_TEST(civilite_prenom_nom("", "Élodie", "") == "Élodie");
    BOOST_TEST(nom_prenom("", "") == "");
}

BOOST_AUTO_TEST_CASE(lists_and_contacts) {
    struct P {
        std::string prenom, nom;
    };
    BOOST_TEST(liste_prenom_nom(std::vector<P>{{"Antoine", "LEFÈVRE"}, {"Karim", "BENALI"}}) ==
               "Antoine LEFÈVRE, Karim BENALI");
    BOOST_TEST(liste_prenom_nom(std::vector<P>{}) == "");
    BOOST_TEST(adresse_postale("12 rue des Lilas", "59000", "Lille") == "12 rue des Lilas, 59000 Lille");
    BOOST_TEST(adresse_postale("", "59000", "Lille") == "59000 Lille");
    BOOST_TEST(adresse_postale("12 rue des Lilas", "", "") == "12 rue des Lilas");
    BOOST_TEST(telephones("06 12 34 56 78", "03 20 12 34 56") == "06 12 34 56 78 / 03 20 12 34 56");
    BOOST_TEST(telephones("", "03 20 12 34 56") == "03 20 12 34 56");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(comptes)

BOOST_AUTO_TEST_CASE(logins) {
    for (const char* ok : {"tuteur", "a.b", "jean-pierre.martin", "x_1", "abc"}) BOOST_TEST(login_valide(ok), ok);
    for (const char* ko : {"", "ab", "A.B", ".ab", "-ab", "a b", "élodie", "a;b"}) BOOST_TEST(!login_valide(ko), ko);
    BOOST_TEST(login_valide(std::string(64, 'a')));
    BOOST_TEST(!login_valide(std::string(65, 'a')));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(dates)

BOOST_AUTO_TEST_CASE(moments_for_people) {
    BOOST_TEST(horodatage_fr("2026-11-30 23:21:01") == "30/11/2026 à 23h21");
    BOOST_TEST(horodatage_fr("2031-03-04 08:05") == "04/03/2031 à 08h05");
    BOOST_TEST(horodatage_fr("") == "");
    BOOST_TEST(horodatage_fr("hier") == "hier");
}

// The local clock in the stored form: a real date and time, which the readers of
// a stored moment (horodatage_fr, parse_date, parse_mois) take back.
BOOST_AUTO_TEST_CASE(now_as_stored) {
    const std::string now = maintenant_local();
    BOOST_TEST_REQUIRE(now.size() == 19u);
    BOOST_TEST(parse_date(now.substr(0, 10)).has_value());
    BOOST_TEST(parse_mois(now.substr(0, 7)).has_value());
    BOOST_TEST(horodatage_fr(now) != now);
}

// UTC in ISO 8601, as the personal-data export states when it was made.
BOOST_AUTO_TEST_CASE(now_in_utc) {
    const std::string utc = maintenant_utc();
    BOOST_TEST_REQUIRE(utc.size() == 20u);
    BOOST_TEST(utc[10] == 'T');
    BOOST_TEST(utc.back() == 'Z');
    BOOST_TEST(parse_date(utc.substr(0, 10)).has_value());
    BOOST_TEST(horodatage_fr(utc.substr(0, 10) + " " + utc.substr(11, 8)) != utc.substr(0, 10) + " " + utc.substr(11, 8));
}

BOOST_AUTO_TEST_CASE(long_text_keeps_its_lines) {
    auto t = texte_long("  Bonjour,\r\n\r\nvoici\tles documents.\x01\n\n", 1000);
    BOOST_TEST(t.ok());
    BOOST_TEST(t.value == "Bonjour,\n\nvoici\tles documents.");
    BOOST_TEST(!texte_long(std::string(2000, 'x'), 1000).ok());
    BOOST_TEST(!texte_long("\xC3\x28", 1000).ok());
    BOOST_TEST(texte_long(" \n\t ", 1000).value.empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(rapports)

BOOST_AUTO_TEST_CASE(attendance_rate) {
    // Present out of entered (present, absent, excused), rounded half up.
    BOOST_TEST(taux_presence(0, 0).has_value() == false);
    BOOST_TEST(*taux_presence(2, 3) == 67);
    BOOST_TEST(*taux_presence(1, 8) == 13);  // 12.5 rounds up
    BOOST_TEST(*taux_presence(3, 3) == 100);
    BOOST_TEST(taux_lisible(taux_presence(1, 3)) == "33 %");
    BOOST_TEST(taux_lisible(std::nullopt) == "—");
    Decompte a{4, 2, 1, 0, 1}, b{3, 0, 0, 1, 2};
    BOOST_TEST(a.renseignes() == 3);
    a += b;
    BOOST_TEST(a.prevus == 7);
    BOOST_TEST(a.renseignes() == 4);
    BOOST_TEST(a.non_renseignes == 3);
    BOOST_TEST(*taux_presence(a) == 50);
}

BOOST_AUTO_TEST_CASE(bar_chart_geometry) {
    auto h = histogramme({{"janv.", "", 0}, {"févr.", "50 %", 7}, {"mars", "", 13}}, 600, 240);
    BOOST_REQUIRE(h.barres.size() == 3u);
    // A round scale from 0 to at least the highest bar, at most 5 intervals.
    BOOST_REQUIRE(h.graduations.size() >= 2u);
    BOOST_TEST(h.graduations.front().valeur == 0);
    BOOST_TEST(h.graduations.front().y == h.base);
    BOOST_TEST(h.graduations.back().valeur >= 13);
    BOOST_TEST(h.graduations.size() <= 6u);
    BOOST_TEST(h.graduations.back().y >= h.haut - 0.001);
    // Heights proportional to the values, bars standing on the axis, inside the frame.
    BOOST_TEST(h.barres[0].hauteur == 0);
    BOOST_TEST(h.barres[2].hauteur > h.barres[1].hauteur);
    BOOST_TEST(std::abs(h.barres[1].hauteur * 13 - h.barres[2].hauteur * 7) < 0.001);
    for (const auto& b : h.barres) {
        BOOST_TEST(std::abs(b.y + b.hauteur - h.base) < 0.001);
        BOOST_TEST(b.x >= h.gauche);
        BOOST_TEST(b.x + b.largeur <= h.droite);
        BOOST_TEST(b.y >= h.haut - 0.001);
    }
    BOOST_TEST(h.barres[1].sous_etiquette == "50 %");
    // Nothing to draw: a scale all the same.
    auto vide = histogramme({{"janv.", "", 0}}, 600, 240);
    BOOST_TEST(vide.graduations.size() == 2u);
    BOOST_TEST(vide.barres[0].hauteur == 0);
}

BOOST_AUTO_TEST_SUITE_END()
