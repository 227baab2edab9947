#define BOOST_TEST_MODULE formulaires
#include <boost/test/unit_test.hpp>

#include "fcgi/crypto.hpp"
#include "fcgi/parse.hpp"
#include "handlers/formulaires.hpp"

using namespace ope;
using namespace ope::handlers;

namespace {

Params form(const std::string& urlencoded) { return parse_urlencoded(urlencoded); }

}  // namespace

BOOST_AUTO_TEST_SUITE(session)

BOOST_AUTO_TEST_CASE(month_or_date_of_the_month) {
    FormErrors e;
    auto f = SessionForm::parse(form("mois=2031-03&intitule=+Mars+"), e);
    BOOST_TEST(e.empty());
    BOOST_TEST(f.mois.iso() == "2031-03-01");
    BOOST_TEST(f.mois.fr() == "mars 2031");
    BOOST_TEST(f.intitule == "Mars");
    f = SessionForm::parse(form("mois=2031-12-17"), e);
    BOOST_TEST(e.empty());
    BOOST_TEST(f.mois.fr() == "décembre 2031");
}

BOOST_AUTO_TEST_CASE(bad_months_are_field_errors) {
    for (const char* bad : {"mois=", "", "mois=garbage", "mois=2031-13", "mois=2031-02-30", "mois=31%2F05%2F2031",
                            "mois=1800-01", "mois=%C3%28"}) {
        FormErrors e;
        SessionForm::parse(form(bad), e);
        BOOST_TEST(e.has("mois"), bad);
    }
}

BOOST_AUTO_TEST_CASE(title_is_limited) {
    FormErrors e;
    SessionForm::parse(form("mois=2031-03&intitule=" + std::string(100000, 'x')), e);
    BOOST_TEST(e.has("intitule"));
    BOOST_TEST(!e.has("mois"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(atelier)

BOOST_AUTO_TEST_CASE(valid_workshop) {
    FormErrors e;
    auto f = AtelierForm::parse(form("date=2031-03-14&intitule=CV&cycle=2"), e);
    BOOST_TEST(e.empty());
    BOOST_TEST(f.date.iso() == "2031-03-14");
    BOOST_TEST((f.cycle == Cycle::approfondissement));
    BOOST_TEST(f.intitule == "CV");
}

BOOST_AUTO_TEST_CASE(each_bad_field_is_reported) {
    FormErrors e;
    AtelierForm::parse(form("date=2031-02-30&intitule=&cycle=7"), e);
    BOOST_TEST(e.has("date"));
    BOOST_TEST(e.has("intitule"));
    BOOST_TEST(e.has("cycle"));
    for (const char* cycle : {"0", "3", "1.0", "01", "", "un"}) {
        FormErrors e2;
        AtelierForm::parse(form(std::string("date=2031-03-01&intitule=x&cycle=") + cycle), e2);
        BOOST_TEST(e2.has("cycle"), cycle);
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(compte)

struct Init {
    Init() { crypto_init(); }
};
BOOST_GLOBAL_FIXTURE(Init);

BOOST_AUTO_TEST_CASE(valid_account_is_normalised) {
    FormErrors e;
    auto f = CompteForm::parse(form("login=a.martin&nom=martin&prenom=anne-sophie&email=A@Ex.FR&role=formateur"
                                    "&mot_de_passe=Bienvenue-2031"),
                               e);
    BOOST_TEST(e.empty());
    BOOST_TEST(f.nom == "MARTIN");
    BOOST_TEST(f.prenom == "Anne-Sophie");
    BOOST_TEST(f.email == "a@ex.fr");
    BOOST_TEST((f.role == Role::formateur));
}

BOOST_AUTO_TEST_CASE(bad_accounts) {
    FormErrors e;
    CompteForm::parse(form("login=A+B&nom=&prenom=&email=x&role=stagiaire&mot_de_passe=court"), e);
    for (const char* field : {"login", "nom", "prenom", "email", "role", "mot_de_passe"}) BOOST_TEST(e.has(field), field);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(stagiaire)

BOOST_AUTO_TEST_CASE(messy_input_is_normalised) {
    FormErrors e;
    auto s = StagiaireForm::parse(form("civilite=Mme&nom=+de+la+fontaine+&prenom=%C3%A9lodie-anne&tel_portable=%2B33+6+12+34+56+78"
                                  "&tel_fixe=03.20.12.34.56&email=+Elo%40Ex.FR+&code_postal=59000&ville=Lille"
                                  "&date_naissance=3%2F4%2F1990&parution_email=1"),
                             e).fiche;
    BOOST_TEST(e.empty());
    BOOST_TEST(s.nom == "DE LA FONTAINE");
    BOOST_TEST(s.prenom == "Élodie-Anne");
    BOOST_TEST(s.tel_portable == "06 12 34 56 78");
    BOOST_TEST(s.tel_fixe == "03 20 12 34 56");
    BOOST_TEST(s.email == "elo@ex.fr");
    BOOST_TEST(s.date_naissance->iso() == "1990-04-03");
    BOOST_TEST(!s.parution_adresse);
    BOOST_TEST(!s.parution_telephone);
    BOOST_TEST(s.parution_email);
}

BOOST_AUTO_TEST_CASE(required_and_invalid_fields) {
    FormErrors e;
    StagiaireForm::parse(form("civilite=Mlle&tel_fixe=12345&email=a%40b&code_postal=5900&date_naissance=31%2F02%2F1990"), e);
    for (const char* field : {"civilite", "nom", "prenom", "tel_fixe", "email", "code_postal", "date_naissance"})
        BOOST_TEST(e.has(field), field);
    BOOST_TEST(!e.has("tel_portable"));
    BOOST_TEST(!e.has("ville"));
}

BOOST_AUTO_TEST_CASE(birth_date_must_be_plausible) {
    FormErrors e;
    StagiaireForm::parse(form("civilite=M.&nom=a&prenom=b&date_naissance=01%2F01%2F2199"), e);
    BOOST_TEST(e.has("date_naissance"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(financement)

BOOST_AUTO_TEST_CASE(rsa_requires_caf_and_cli) {
    FormErrors e;
    FinancementForm::parse(form("statut_financement=rsa"), e);
    BOOST_TEST(e.has("numero_caf"));
    BOOST_TEST(e.has("numero_cli"));
    FormErrors ok;
    auto f = FinancementForm::parse(form("statut_financement=rsa&numero_caf=123&numero_cli=C9"), ok).financement;
    BOOST_TEST(ok.empty());
    BOOST_TEST((*f.statut == StatutFinancement::rsa));
    BOOST_TEST(f.numero_caf == "123");
}

BOOST_AUTO_TEST_CASE(other_statuses_and_unknown_codes) {
    FormErrors e;
    auto f = FinancementForm::parse(form("statut_financement=pole_emploi"), e).financement;
    BOOST_TEST(e.empty());
    BOOST_TEST((*f.statut == StatutFinancement::pole_emploi));
    FormErrors bad;
    FinancementForm::parse(form("statut_financement=bidon"), bad, false);
    BOOST_TEST(bad.has("statut_financement"));
    FormErrors missing;
    FinancementForm::parse(form(""), missing);
    BOOST_TEST(missing.has("statut_financement"));
    FormErrors optional;
    auto none = FinancementForm::parse(form(""), optional, false).financement;
    BOOST_TEST(optional.empty());
    BOOST_TEST(!none.statut);
}

BOOST_AUTO_TEST_SUITE_END()
