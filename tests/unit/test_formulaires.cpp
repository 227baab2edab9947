#define BOOST_TEST_MODULE formulaires
#include <boost/test/unit_test.hpp>

#include "fcgi/crypto.hpp"
#include "fcgi/parse.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
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

BOOST_AUTO_TEST_SUITE(etat_du_formulaire)

std::string rendu(const std::string& modele, const FormState& f) {
    ctemplate::StringToTemplateCache(modele, modele, ctemplate::DO_NOT_STRIP);
    Dict d("d");
    f.fill(d);
    std::string out;
    ctemplate::ExpandTemplate(modele, ctemplate::DO_NOT_STRIP, &d, &out);
    return out;
}

BOOST_AUTO_TEST_CASE(a_refused_form_shows_what_was_typed_and_why) {
    auto s = submit<AtelierForm>(form("csrf=abc&date=2031-02-30&intitule=%3Cb%3E&cycle=2"));
    BOOST_TEST(!s.ok());
    BOOST_TEST(s.state.refused());
    BOOST_TEST(rendu("[{{VALEUR_DATE}}|{{VALEUR_INTITULE}}|{{#CYCLE_2}}c2{{/CYCLE_2}}{{#CYCLE_1}}c1{{/CYCLE_1}}]"
                     "{{#ERREURS}}E{{/ERREURS}}{{#ERREUR_DATE}}({{MESSAGE}}){{/ERREUR_DATE}}"
                     "{{#ERREUR_CYCLE}}X{{/ERREUR_CYCLE}}{{VALEUR_CSRF}}",
                     s.state) == "[2031-02-30|<b>|c2]E(Ce jour n'existe pas : le 30/02/2031 (février 2031 a 28 jours).)");
}

BOOST_AUTO_TEST_CASE(a_record_shows_its_values_and_no_error) {
    auto state = AtelierForm::state_of(Date{2031, 3, 14}, "CV", Cycle::formation);
    BOOST_TEST(!state.refused());
    BOOST_TEST(rendu("{{VALEUR_DATE}} {{VALEUR_INTITULE}} {{#CYCLE_1}}c1{{/CYCLE_1}}{{#ERREURS}}E{{/ERREURS}}", state) ==
               "2031-03-14 CV c1");
    // A record's state parses back to the same record.
    auto again = submit<AtelierForm>(state.values);
    BOOST_TEST(again.ok());
    BOOST_TEST(again.value.date.iso() == "2031-03-14");
}

BOOST_AUTO_TEST_CASE(choices_are_sections_named_after_the_value) {
    FormErrors e;
    auto state = StagiaireForm::state_of(StagiaireForm::parse(form("civilite=M.&nom=a&prenom=b&parution_email=1"), e).fiche);
    BOOST_TEST(rendu("{{#CIVILITE_M}}m{{/CIVILITE_M}}{{#CIVILITE_MME}}mme{{/CIVILITE_MME}}"
                     "{{#PARUTION_EMAIL_1}}e{{/PARUTION_EMAIL_1}}{{#PARUTION_ADRESSE_1}}a{{/PARUTION_ADRESSE_1}}",
                     state) == "me");
    // A new record: the consents given by default.
    BOOST_TEST(rendu("{{#PARUTION_ADRESSE_1}}a{{/PARUTION_ADRESSE_1}}{{#PARUTION_TELEPHONE_1}}t{{/PARUTION_TELEPHONE_1}}"
                     "{{#PARUTION_EMAIL_1}}e{{/PARUTION_EMAIL_1}}",
                     StagiaireForm::nouvelle()) == "ate");
}

BOOST_AUTO_TEST_CASE(one_message_per_field) {
    FormErrors e;
    e.add("nom", "premier");
    e.add("nom", "second");
    BOOST_TEST(e.all().size() == 1u);
    BOOST_TEST(e.all().at("nom") == "premier");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(rapports_annuaire_import)

BOOST_AUTO_TEST_CASE(report_periods) {
    FormErrors e;
    auto f = RapportRsaForm::parse(form("du=2031-01&au=2031-06&format=csv"), e);
    BOOST_TEST(e.empty());
    BOOST_TEST(f.du.iso() == "2031-01-01");
    BOOST_TEST(f.au.fr() == "juin 2031");
    BOOST_TEST(f.csv);
    // By default: January of this year to this month.
    auto d = RapportRsaForm::parse(form(""), e);
    BOOST_TEST(e.empty());
    BOOST_TEST(d.du.mois == 1);
    BOOST_TEST(d.du.annee == d.au.annee);
    BOOST_TEST(!d.csv);
    for (const char* bad : {"du=2031-13", "au=garbage", "du=2031-06&au=2031-01", "format=pdf", "du=%C3%28"}) {
        FormErrors errors;
        RapportRsaForm::parse(form(bad), errors);
        BOOST_TEST(!errors.empty(), bad);
    }
    auto a = RapportActiviteForm::parse(form("annee=2031&format=csv"), e);
    BOOST_TEST(e.empty());
    BOOST_TEST(a.annee == 2031);
    BOOST_TEST(a.csv);
    BOOST_TEST(RapportActiviteForm::parse(form(""), e).annee == d.au.annee);
    for (const char* bad : {"annee=abc", "annee=1800", "format=csv2"}) {
        FormErrors errors;
        RapportActiviteForm::parse(form(bad), errors);
        BOOST_TEST(!errors.empty(), bad);
    }
}

BOOST_AUTO_TEST_CASE(directory_session_and_consent_boxes) {
    FormErrors e;
    BOOST_TEST(*AnnuaireForm::parse(form("session=12"), e).session == 12);
    BOOST_TEST(!AnnuaireForm::parse(form(""), e).session.has_value());
    BOOST_TEST(e.empty());
    AnnuaireForm::parse(form("session=douze"), e);
    BOOST_TEST(e.has("session"));

    auto p = ParutionForm::parse(form("parution_email=1&parution_adresse=0"), e);
    BOOST_TEST((!p.adresse && !p.telephone && p.email));
    stagiaires::Stagiaire s;  // everything published by default
    p.appliquer(s);
    BOOST_TEST((!s.parution_adresse && !s.parution_telephone && s.parution_email));
    BOOST_TEST(etat_du_formulaire::rendu("{{#PARUTION_ADRESSE_1}}a{{/PARUTION_ADRESSE_1}}{{#PARUTION_TELEPHONE_1}}t"
                                         "{{/PARUTION_TELEPHONE_1}}{{#PARUTION_EMAIL_1}}e{{/PARUTION_EMAIL_1}}",
                                         ParutionForm::state_of(s)) == "e");
}

BOOST_AUTO_TEST_CASE(an_import_line_is_checked_as_the_form) {
    FormErrors e;
    auto f = ImportLigneForm::parse(form("civilite=Mme&nom=+dupont+&prenom=%C3%A9lodie-anne&date_naissance=1988-05-14"
                                         "&email=+E%40X.FR+&tel_portable=06.12.34.56.78&parution_adresse=OUI"
                                         "&parution_telephone=0&login=+Anc.Login&session=2031-03"
                                         "&statut_financement=rsa&numero_caf=1&numero_cli=2"),
                                    e);
    BOOST_TEST(e.empty());
    BOOST_TEST(f.fiche.nom == "DUPONT");
    BOOST_TEST(f.fiche.prenom == "Élodie-Anne");
    BOOST_TEST(f.fiche.date_naissance->fr() == "14/05/1988");
    BOOST_TEST(f.fiche.email == "e@x.fr");
    BOOST_TEST(f.fiche.tel_portable == "06 12 34 56 78");
    // oui, 0, and a column left out: the form's default (published).
    BOOST_TEST((f.fiche.parution_adresse && !f.fiche.parution_telephone && f.fiche.parution_email));
    BOOST_TEST(f.login == "anc.login");
    BOOST_TEST(f.session_mois->iso() == "2031-03-01");
    BOOST_TEST(!f.session_id.has_value());
    BOOST_TEST(f.financement.statut.has_value());
    BOOST_TEST(f.financement.numero_cli == "2");
    BOOST_TEST(*ImportLigneForm::parse(form("civilite=M.&nom=A&prenom=B&session=12&parution_email=non"), e).session_id == 12);
    BOOST_TEST(e.empty());
    // A session without status: "à renseigner", as on the session page.
    BOOST_TEST(!ImportLigneForm::parse(form("civilite=M.&nom=A&prenom=B&session=12"), e).financement.statut.has_value());
    BOOST_TEST(e.empty());

    const std::pair<const char*, const char*> refus[] = {
        {"civilite=M.&nom=&prenom=B", "nom"},
        {"civilite=M&nom=A&prenom=B", "civilite"},
        {"civilite=M.&nom=A&prenom=B&parution_email=peut-etre", "parution_email"},
        {"civilite=M.&nom=A&prenom=B&login=a+b", "login"},
        {"civilite=M.&nom=A&prenom=B&session=mars", "session"},
        {"civilite=M.&nom=A&prenom=B&statut_financement=autre", "statut_financement"},
        {"civilite=M.&nom=A&prenom=B&numero_caf=12", "numero_caf"},
        {"civilite=M.&nom=A&prenom=B&session=2031-03&statut_financement=rsa&numero_cli=1", "numero_caf"},
        {"civilite=M.&nom=A&prenom=B&session=2031-03&statut_financement=chomage", "statut_financement"},
        {"civilite=M.&nom=A&prenom=B&date_naissance=31%2F02%2F1990", "date_naissance"},
    };
    for (const auto& [ligne, champ] : refus) {
        FormErrors errors;
        ImportLigneForm::parse(form(ligne), errors);
        BOOST_TEST(errors.has(champ), ligne);
    }
    BOOST_TEST(*ImportLigneForm::colonne(" Nom ") == "nom");
    BOOST_TEST(*ImportLigneForm::colonne("PARUTION_EMAIL") == "parution_email");
    BOOST_TEST(!ImportLigneForm::colonne("prénom").has_value());
    BOOST_TEST(!ImportLigneForm::colonne("mot_de_passe").has_value());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(avis_et_chemins)

BOOST_AUTO_TEST_CASE(every_avis_has_its_sentence) {
    Request req;
    for (std::size_t a = 0; a < kNombreAvis; ++a) {
        Response r = apres(req, "/x", static_cast<Avis>(a));
        BOOST_TEST(r.status == 303);
        std::string cookie;
        for (const auto& [name, value] : r.headers)
            if (name == "Set-Cookie") cookie = value;
        BOOST_REQUIRE(cookie.rfind("ope_avis=", 0) == 0);
        const std::string code = cookie.substr(9, cookie.find(';') - 9);
        BOOST_TEST(!texte_avis(code).empty(), code);
    }
    BOOST_TEST(texte_avis("inconnu").empty());
    BOOST_TEST(texte_avis("").empty());
}

BOOST_AUTO_TEST_CASE(paths) {
    BOOST_TEST(chemins::session(12) == "/emploi/sessions/12");
    BOOST_TEST(chemins::session(12, "stagiaires") == "/emploi/sessions/12#stagiaires");
    BOOST_TEST(chemins::atelier(12, 7) == "/emploi/sessions/12#atelier-7");
    BOOST_TEST(chemins::validation(12, 7) == "/emploi/sessions/12/validation?atelier=7");
    BOOST_TEST(chemins::fiche(3, "etudes") == "/emploi/stagiaires/3#etudes");
    BOOST_TEST(chemins::accueil(3) == "/emploi/stagiaires/3/accueil");
    BOOST_TEST(chemins::stagiaires("dé é", 2) == "/emploi/stagiaires?q=d%C3%A9%20%C3%A9&page=2");
    BOOST_TEST(chemins::documents("Cycle 1") == "/emploi/documents?repertoire=Cycle%201");
    BOOST_TEST(chemins::documents() == "/emploi/documents");
    BOOST_TEST(chemins::rapport_rsa({2031, 1}, {2031, 6}) == "/emploi/rapports/rsa?du=2031-01&au=2031-06");
    BOOST_TEST(chemins::rapport_rsa({2031, 1}, {2031, 6}, true) == "/emploi/rapports/rsa?du=2031-01&au=2031-06&format=csv");
    BOOST_TEST(chemins::rapport_sessions(2031) == "/emploi/rapports/sessions?annee=2031");
    BOOST_TEST(chemins::rapport_sessions(2031, true) == "/emploi/rapports/sessions?annee=2031&format=csv");
    BOOST_TEST(chemins::annuaire() == "/annuaire");
    BOOST_TEST(chemins::annuaire(12) == "/annuaire?session=12");
    BOOST_TEST(chemins::import() == "/emploi/import");
}

BOOST_AUTO_TEST_SUITE_END()
