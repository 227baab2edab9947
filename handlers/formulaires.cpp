#include "handlers/formulaires.hpp"

#include "fcgi/auth.hpp"
#include "fcgi/normalise.hpp"

#include <regex>

#include <algorithm>
#include <ctime>

namespace ope::handlers {

namespace {

// Runs one normalisation and files its error under the field.
std::string champ(const Params& form, const std::string& name, Normalised (*normalise)(std::string_view),
                  FormErrors& errors) {
    auto n = normalise(form.get(name));
    if (!n.ok()) errors.add(name, n.error);
    return n.value;
}

std::string champ_texte(const Params& form, const std::string& name, std::size_t max, FormErrors& errors) {
    auto n = texte(form.get(name), max);
    if (!n.ok()) errors.add(name, n.error);
    return n.value;
}

int annee_courante() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return tm.tm_year + 1900;
}

}  // namespace

SessionForm SessionForm::parse(const Params& form, FormErrors& errors) {
    SessionForm f;
    const std::string& mois = form.get("mois");
    if (mois.empty()) {
        errors.add("mois", "Choisissez le mois de la session.");
    } else if (auto m = parse_mois(mois)) {
        f.mois = *m;
    } else {
        errors.add("mois", "Mois invalide : choisissez un mois, par exemple 2031-03.");
    }
    auto intitule = texte(form.get("intitule"), 200);
    if (!intitule.ok()) errors.add("intitule", intitule.error);
    f.intitule = intitule.value;
    return f;
}

AtelierForm AtelierForm::parse(const Params& form, FormErrors& errors) {
    AtelierForm f;
    if (form.get("date").empty()) errors.add("date", "Choisissez la date de l'atelier.");
    else if (auto d = parse_date(form.get("date"))) f.date = *d;
    else errors.add("date", "Date invalide : choisissez une date réelle, par exemple 2031-03-14.");

    auto intitule = texte(form.get("intitule"), 200);
    if (!intitule.ok()) errors.add("intitule", intitule.error);
    else if (intitule.value.empty()) errors.add("intitule", "Donnez un intitulé à l'atelier.");
    f.intitule = intitule.value;

    const std::string& cycle = form.get("cycle");
    if (cycle == "1" || cycle == "2") f.cycle = cycle[0] - '0';
    else errors.add("cycle", "Choisissez « Cycle 1 : Formation » ou « Cycle 2 : Approfondissement ».");
    return f;
}

CompteForm CompteForm::parse(const Params& form, FormErrors& errors) {
    CompteForm f;
    auto& c = f.compte;
    static const std::regex login_ok("^[a-z0-9][a-z0-9._-]{2,63}$");
    c.login = form.get("login");
    if (!std::regex_match(c.login, login_ok))
        errors.add("login", "Identifiant invalide : 3 à 64 caractères parmi a-z, 0-9, « . », « - » et « _ ».");
    auto nom = ope::nom(form.get("nom"));
    if (!nom.ok()) errors.add("nom", nom.error);
    else if (nom.value.empty()) errors.add("nom", "Le nom est obligatoire.");
    c.nom = nom.value;
    auto prenom = ope::prenom(form.get("prenom"));
    if (!prenom.ok()) errors.add("prenom", prenom.error);
    else if (prenom.value.empty()) errors.add("prenom", "Le prénom est obligatoire.");
    c.prenom = prenom.value;
    auto email = ope::email(form.get("email"));
    if (!email.ok()) errors.add("email", email.error);
    c.email = email.value;
    auto role = parse_role(form.get("role"));
    if (!role || *role == Role::stagiaire) errors.add("role", "Choisissez tuteur, formateur ou responsable.");
    else c.role = *role;
    c.mot_de_passe = form.get("mot_de_passe");
    if (auto faiblesse = password_weakness(c.mot_de_passe); !faiblesse.empty())
        errors.add("mot_de_passe", faiblesse);
    return f;
}

stagiaires::Stagiaire parse_stagiaire(const Params& form, FormErrors& errors) {
    stagiaires::Stagiaire s;
    s.civilite = form.get("civilite");
    if (s.civilite != "M." && s.civilite != "Mme") errors.add("civilite", "Choisissez la civilité : M. ou Mme.");
    s.nom = champ(form, "nom", ope::nom, errors);
    if (s.nom.empty() && !errors.has("nom")) errors.add("nom", "Le nom est obligatoire.");
    s.prenom = champ(form, "prenom", ope::prenom, errors);
    if (s.prenom.empty() && !errors.has("prenom")) errors.add("prenom", "Le prénom est obligatoire.");

    const std::string& naissance = form.get("date_naissance");
    if (!naissance.empty()) {
        auto d = parse_date(naissance);
        if (!d) errors.add("date_naissance", "Date de naissance invalide : jj/mm/aaaa, par exemple 14/05/1988.");
        else if (d->annee > annee_courante() || d->annee < 1900)
            errors.add("date_naissance", "Date de naissance invraisemblable.");
        else s.date_naissance = d;
    }
    s.adresse = champ_texte(form, "adresse", 255, errors);
    s.code_postal = champ(form, "code_postal", ope::code_postal, errors);
    s.ville = champ_texte(form, "ville", 100, errors);
    s.tel_fixe = champ(form, "tel_fixe", ope::telephone, errors);
    s.tel_portable = champ(form, "tel_portable", ope::telephone, errors);
    s.email = champ(form, "email", ope::email, errors);
    s.parution_adresse = form.get("parution_adresse") == "1";
    s.parution_telephone = form.get("parution_telephone") == "1";
    s.parution_email = form.get("parution_email") == "1";
    return s;
}

Dict& champs_stagiaire(Dict& page) {
    Dict* champs = page.AddIncludeDictionary("CHAMPS_STAGIAIRE");
    champs->SetFilename("pages/stagiaire_champs.tpl");
    champs->ShowSection("IDENTITE_MODIFIABLE");
    return *champs;
}

Dict& champs_stagiaire_identite_en_lecture(Dict& page, const stagiaires::Stagiaire& s) {
    Dict* champs = page.AddIncludeDictionary("CHAMPS_STAGIAIRE");
    champs->SetFilename("pages/stagiaire_champs.tpl");
    champs->ShowSection("IDENTITE_LECTURE");
    champs->SetValue("LECTURE_CIVILITE", s.civilite);
    champs->SetValue("LECTURE_NOM", s.nom);
    champs->SetValue("LECTURE_PRENOM", s.prenom);
    champs->SetValue("LECTURE_DATE_NAISSANCE", s.date_naissance ? s.date_naissance->fr() : "(date non renseignée)");
    return *champs;
}

void remplir_stagiaire(Dict& dict, const stagiaires::Stagiaire& s) {
    dict.SetValue("VALEUR_NOM", s.nom);
    dict.SetValue("VALEUR_PRENOM", s.prenom);
    dict.SetValue("VALEUR_DATE_NAISSANCE", s.date_naissance ? s.date_naissance->fr() : "");
    dict.SetValue("VALEUR_ADRESSE", s.adresse);
    dict.SetValue("VALEUR_CODE_POSTAL", s.code_postal);
    dict.SetValue("VALEUR_VILLE", s.ville);
    dict.SetValue("VALEUR_TEL_FIXE", s.tel_fixe);
    dict.SetValue("VALEUR_TEL_PORTABLE", s.tel_portable);
    dict.SetValue("VALEUR_EMAIL", s.email);
    if (s.civilite == "M.") dict.ShowSection("CIVILITE_M");
    if (s.civilite == "Mme") dict.ShowSection("CIVILITE_MME");
    if (s.parution_adresse) dict.ShowSection("PARUTION_ADRESSE");
    if (s.parution_telephone) dict.ShowSection("PARUTION_TELEPHONE");
    if (s.parution_email) dict.ShowSection("PARUTION_EMAIL");
}

void remplir_saisie(Dict& dict, const Params& form) {
    keep_values(dict, form);
    if (form.get("civilite") == "M.") dict.ShowSection("CIVILITE_M");
    if (form.get("civilite") == "Mme") dict.ShowSection("CIVILITE_MME");
    for (const char* item : {"adresse", "telephone", "email"}) {
        std::string name = std::string("parution_") + item;
        if (form.get(name) == "1") {
            std::string section = "PARUTION_" + std::string(item);
            std::transform(section.begin(), section.end(), section.begin(), ::toupper);
            dict.ShowSection(section);
        }
    }
}

inscriptions::Financement parse_financement(const Params& form,
                                           const std::vector<inscriptions::StatutFinancement>& statuts,
                                           bool statut_obligatoire, FormErrors& errors) {
    inscriptions::Financement f;
    const std::string& code = form.get("statut_financement");
    const inscriptions::StatutFinancement* statut = nullptr;
    for (const auto& s : statuts)
        if (s.code == code) statut = &s;
    if (statut) f.statut = statut->code;
    else if (!code.empty() || statut_obligatoire)
        errors.add("statut_financement", "Choisissez le statut de financement dans la liste.");

    f.numero_caf = champ_texte(form, "numero_caf", 32, errors);
    f.numero_cli = champ_texte(form, "numero_cli", 32, errors);
    f.complement = champ_texte(form, "complement_financement", 200, errors);
    if (statut && statut->exige_caf_cli) {
        if (f.numero_caf.empty() && !errors.has("numero_caf"))
            errors.add("numero_caf", "Le numéro CAF est obligatoire pour le statut " + statut->libelle + ".");
        if (f.numero_cli.empty() && !errors.has("numero_cli"))
            errors.add("numero_cli", "Le numéro CLI est obligatoire pour le statut " + statut->libelle + ".");
    }
    return f;
}

void remplir_statuts(Dict& dict, const std::vector<inscriptions::StatutFinancement>& statuts,
                     const std::string& choisi) {
    for (const auto& s : statuts) {
        Dict* o = dict.AddSectionDictionary("STATUT");
        o->SetValue("CODE", s.code);
        o->SetValue("LIBELLE", s.libelle);
        if (s.code == choisi) o->ShowSection("CHOISI");
    }
}

}  // namespace ope::handlers
