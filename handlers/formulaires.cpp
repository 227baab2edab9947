#include "handlers/formulaires.hpp"

#include "domain/comptes.hpp"
#include "domain/fichiers.hpp"
#include "fcgi/parse.hpp"


namespace ope::handlers {

namespace {

// Runs one normalisation of a field and files its error under the field's name.
std::string champ(const Params& fields, const std::string& name, Normalised (*normalise)(std::string_view),
                  FormErrors& errors) {
    auto n = normalise(fields.get(name));
    if (!n.ok()) errors.add(name, n.error);
    return n.value;
}

// One line of text of at most `max` characters.
std::string champ_texte(const Params& fields, const std::string& name, std::size_t max, FormErrors& errors) {
    auto n = texte(fields.get(name), max);
    if (!n.ok()) errors.add(name, n.error);
    return n.value;
}

// A name (nom or prénom) that must be given.
std::string nom_obligatoire(const Params& fields, const std::string& name, Normalised (*normalise)(std::string_view),
                            const char* manquant, FormErrors& errors) {
    std::string value = champ(fields, name, normalise, errors);
    if (value.empty() && !errors.has(name)) errors.add(name, manquant);
    return value;
}

// A positive id chosen in a list; 0 with `message` filed otherwise.
long identifiant(const Params& fields, const std::string& name, const char* message, FormErrors& errors) {
    auto id = parse_positive(fields.get(name));
    if (!id) errors.add(name, message);
    return id.value_or(0);
}

bool coche(const Params& fields, const std::string& name) { return fields.get(name) == "1"; }

Mois mois_courant() { return parse_mois(maintenant_local().substr(0, 7)).value_or(Mois{}); }

int annee_courante() { return mois_courant().annee; }

const char* const kLoginInvalide =
    "Identifiant invalide : 3 à 64 caractères parmi a-z, 0-9, « . », « - » et « _ ».";

// format: "" for the page, "csv" for the download.
bool format_csv(const Params& fields, FormErrors& errors) {
    const std::string& format = fields.get("format");
    if (!format.empty() && format != "csv") errors.add("format", "Format inconnu : seul « csv » existe.");
    return format == "csv";
}

// Trimmed, ASCII letters in lower case (codes and yes/no typed in a file).
std::string sans_casse(std::string_view s) {
    const auto debut = s.find_first_not_of(" \t");
    if (debut == std::string_view::npos) return "";
    s = s.substr(debut, s.find_last_not_of(" \t") - debut + 1);
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

void montrer(Params& values, const std::string& name, bool checked) {
    if (checked) values.add(name, "1");
}

// The record's version a form was read with (`version`); nullopt when absent.
std::optional<long> version_lue(const Params& fields, FormErrors& errors) {
    const std::string& v = fields.get("version");
    if (v.empty()) return std::nullopt;
    if (v.size() > 10 || v.find_first_not_of("0123456789") != std::string::npos) {
        errors.add("version", "Ce formulaire est abîmé : rechargez la page.");
        return std::nullopt;
    }
    return std::stol(v);
}

}  // namespace

// ---------------------------------------------------------------- login, accounts

std::string suite_sure(const std::string& suite) {
    if (suite.size() > 2000 || suite.empty() || suite[0] != '/' || suite.rfind("//", 0) == 0 ||
        suite.find('\\') != std::string::npos || !valid_utf8(suite))
        return "";
    for (unsigned char c : suite)
        if (c < 0x20) return "";
    return suite;
}

ConnexionForm ConnexionForm::parse(const Params& fields, FormErrors& errors) {
    ConnexionForm f;
    f.login = fields.get("login");
    f.mot_de_passe = fields.get("mot_de_passe");
    f.suite = suite_sure(fields.get("suite"));
    if (f.login.empty() || f.mot_de_passe.empty() || f.login.size() > 64 || f.mot_de_passe.size() > 1024 ||
        !valid_utf8(f.login))
        errors.add("login", "Identifiant ou mot de passe incorrect.");
    return f;
}

namespace {

// nom, prenom, email and role of a staff account, created or edited.
template <class F>
void lire_personnel(const Params& fields, FormErrors& errors, F& f) {
    f.nom = nom_obligatoire(fields, "nom", ope::nom, "Le nom est obligatoire.", errors);
    f.prenom = nom_obligatoire(fields, "prenom", ope::prenom, "Le prénom est obligatoire.", errors);
    f.email = champ(fields, "email", ope::email, errors);
    auto role = parse_code<Role>(fields.get("role"));
    if (!role || *role == Role::stagiaire) errors.add("role", "Choisissez tuteur, formateur ou responsable.");
    else f.role = *role;
}

}  // namespace

CompteForm CompteForm::parse(const Params& fields, FormErrors& errors) {
    CompteForm f;
    f.login = fields.get("login");
    if (!login_valide(f.login)) errors.add("login", kLoginInvalide);
    lire_personnel(fields, errors, f);
    f.mot_de_passe = fields.get("mot_de_passe");
    if (auto faiblesse = password_weakness(f.mot_de_passe); !faiblesse.empty()) errors.add("mot_de_passe", faiblesse);
    return f;
}

CompteModifieForm CompteModifieForm::parse(const Params& fields, FormErrors& errors) {
    CompteModifieForm f;
    lire_personnel(fields, errors, f);
    f.actif = coche(fields, "actif");
    return f;
}

FormState CompteModifieForm::state_of(const comptes::Compte& c) {
    FormState s;
    s.values.add("nom", c.nom);
    s.values.add("prenom", c.prenom);
    s.values.add("email", c.email);
    s.values.add("role", code(c.role));
    montrer(s.values, "actif", c.actif);
    return s;
}

MotDePasseForm MotDePasseForm::parse(const Params& fields, FormErrors& errors) {
    MotDePasseForm f;
    f.actuel = fields.get("actuel");
    f.nouveau = fields.get("nouveau");
    if (auto faiblesse = password_weakness(f.nouveau); !faiblesse.empty()) errors.add("nouveau", faiblesse);
    else if (f.nouveau == f.actuel) errors.add("nouveau", "Choisissez un mot de passe différent de l'actuel.");
    if (fields.get("confirmation") != f.nouveau)
        errors.add("confirmation", "La confirmation ne correspond pas au nouveau mot de passe.");
    return f;
}

// ---------------------------------------------------------------- sessions, workshops

SessionForm SessionForm::parse(const Params& fields, FormErrors& errors) {
    SessionForm f;
    const std::string& mois = fields.get("mois");
    if (mois.empty()) errors.add("mois", "Choisissez le mois de la session.");
    else if (auto m = parse_mois(mois)) f.mois = *m;
    else errors.add("mois", "Mois invalide : écrivez le mois et l'année, par exemple «\u00a0mars\u00a02031\u00a0» ou «\u00a003/2031\u00a0».");
    f.intitule = champ_texte(fields, "intitule", 200, errors);
    return f;
}

FormState SessionForm::state_of(const Mois& mois, const std::string& intitule) {
    FormState s;
    s.values.add("mois", mois.fr());  // "mars 2031", which parse_mois reads back
    s.values.add("intitule", intitule);
    return s;
}

IntervenantForm IntervenantForm::parse(const Params& fields, FormErrors& errors) {
    IntervenantForm f;
    auto role = parse_code<Role>(fields.get("role"));
    if (role != Role::tuteur && role != Role::formateur) errors.add("role", "Choisissez tuteur ou formateur.");
    else f.role = *role;
    f.utilisateur_id = identifiant(fields, "utilisateur_id", "Choisissez une personne dans la liste.", errors);
    return f;
}

AtelierForm AtelierForm::parse(const Params& fields, FormErrors& errors) {
    AtelierForm f;
    if (fields.get("date").empty()) errors.add("date", "Choisissez la date de l'atelier.");
    else if (auto d = parse_date(fields.get("date"))) f.date = *d;
    else if (auto pourquoi = date_inexistante(fields.get("date")); !pourquoi.empty()) errors.add("date", pourquoi);
    else errors.add("date", "Date invalide : choisissez une date réelle, par exemple 2031-03-14.");

    f.intitule = champ_texte(fields, "intitule", 200, errors);
    if (f.intitule.empty() && !errors.has("intitule")) errors.add("intitule", "Donnez un intitulé à l'atelier.");

    if (auto cycle = parse_code<Cycle>(fields.get("cycle"))) f.cycle = *cycle;
    else errors.add("cycle", "Choisissez « Cycle 1 : Formation » ou « Cycle 2 : Approfondissement ».");
    return f;
}

FormState AtelierForm::state_of(const Date& date, const std::string& intitule, Cycle cycle) {
    FormState s;
    s.values.add("date", date.iso());
    s.values.add("intitule", intitule);
    s.values.add("cycle", std::string(code(cycle)));
    return s;
}

ConfirmationForm ConfirmationForm::parse(const Params& fields, FormErrors&) { return {coche(fields, "confirmer")}; }

namespace {

// "statut_12_34" -> (12, 34) for prefix "statut_".
std::optional<ValidationForm::Cle> cle_du_champ(const std::string& name, const std::string& prefix) {
    if (name.rfind(prefix, 0) != 0) return std::nullopt;
    std::string rest = name.substr(prefix.size());
    auto sep = rest.find('_');
    if (sep == std::string::npos) return std::nullopt;
    auto a = parse_positive(rest.substr(0, sep));
    auto s = parse_positive(rest.substr(sep + 1));
    if (!a || !s) return std::nullopt;
    return ValidationForm::Cle{*a, *s};
}

}  // namespace

ValidationForm ValidationForm::parse(const Params& fields, FormErrors& errors) {
    ValidationForm f;
    for (const auto& [name, value] : fields.items()) {
        if (name == "csrf") continue;
        auto statut = cle_du_champ(name, "statut_");
        auto commentaire = cle_du_champ(name, "commentaire_");
        auto version = cle_du_champ(name, "version_");
        if (version) {
            if (value.size() != 16 || value.find_first_not_of("0123456789abcdef") != std::string::npos)
                errors.add("presences", "Ce formulaire est abîmé : rechargez la page.");
            else f.saisies[*version].version = value;
        } else if (statut) {
            auto p = parse_code<Presence>(value);
            if (!p)
                errors.add("presences",
                           "Statut de présence inconnu : choisissez présent, absent, absent excusé ou non renseigné.");
            else f.saisies[*statut].statut = *p;
        } else if (commentaire) {
            auto t = texte(value, 1000);
            if (!t.ok()) errors.add("presences", "Commentaire invalide : " + t.error);
            else f.saisies[*commentaire].commentaire = t.value;
        } else {
            errors.add("presences", "Le formulaire mentionne un atelier ou un stagiaire qui n'est pas dans cette session.");
        }
    }
    if (f.saisies.empty() && errors.empty()) errors.add("presences", "Aucune présence à enregistrer.");
    return f;
}

std::string ValidationForm::champ_statut(Cle cle) {
    return "statut_" + std::to_string(cle.first) + "_" + std::to_string(cle.second);
}

std::string ValidationForm::champ_commentaire(Cle cle) {
    return "commentaire_" + std::to_string(cle.first) + "_" + std::to_string(cle.second);
}

std::string ValidationForm::champ_version(Cle cle) {
    return "version_" + std::to_string(cle.first) + "_" + std::to_string(cle.second);
}

// ---------------------------------------------------------------- trainees

CoordonneesForm CoordonneesForm::parse(const Params& fields, FormErrors& errors) {
    CoordonneesForm c;
    c.adresse = champ_texte(fields, "adresse", 255, errors);
    c.code_postal = champ(fields, "code_postal", ope::code_postal, errors);
    c.ville = champ_texte(fields, "ville", 100, errors);
    c.tel_fixe = champ(fields, "tel_fixe", ope::telephone, errors);
    c.tel_portable = champ(fields, "tel_portable", ope::telephone, errors);
    c.email = champ(fields, "email", ope::email, errors);
    c.parution_adresse = coche(fields, "parution_adresse");
    c.parution_telephone = coche(fields, "parution_telephone");
    c.parution_email = coche(fields, "parution_email");
    c.version = version_lue(fields, errors);
    return c;
}

void CoordonneesForm::appliquer(stagiaires::Stagiaire& s) const {
    s.adresse = adresse;
    s.code_postal = code_postal;
    s.ville = ville;
    s.tel_fixe = tel_fixe;
    s.tel_portable = tel_portable;
    s.email = email;
    s.parution_adresse = parution_adresse;
    s.parution_telephone = parution_telephone;
    s.parution_email = parution_email;
}

StagiaireForm StagiaireForm::parse(const Params& fields, FormErrors& errors) {
    StagiaireForm f;
    auto& s = f.fiche;
    s.civilite = fields.get("civilite");
    if (s.civilite != "M." && s.civilite != "Mme") errors.add("civilite", "Choisissez la civilité : M. ou Mme.");
    s.nom = nom_obligatoire(fields, "nom", ope::nom, "Le nom est obligatoire.", errors);
    s.prenom = nom_obligatoire(fields, "prenom", ope::prenom, "Le prénom est obligatoire.", errors);
    if (const std::string& naissance = fields.get("date_naissance"); !naissance.empty()) {
        auto d = parse_date(naissance);
        if (auto pourquoi = date_inexistante(naissance); !d && !pourquoi.empty()) errors.add("date_naissance", pourquoi);
        else if (!d) errors.add("date_naissance", "Date de naissance invalide : jj/mm/aaaa, par exemple 14/05/1988.");
        else if (d->annee > annee_courante() || d->annee < 1900)
            errors.add("date_naissance", "Date de naissance invraisemblable.");
        else s.date_naissance = d;
    }
    const CoordonneesForm coordonnees = CoordonneesForm::parse(fields, errors);
    coordonnees.appliquer(s);
    f.version = coordonnees.version;
    f.confirmer_doublon = coche(fields, "confirmer_doublon");
    return f;
}

FormState StagiaireForm::state_of(const stagiaires::Stagiaire& s) {
    FormState f;
    auto& v = f.values;
    v.add("civilite", s.civilite);
    v.add("nom", s.nom);
    v.add("prenom", s.prenom);
    v.add("date_naissance", s.date_naissance ? s.date_naissance->fr() : "");
    v.add("adresse", s.adresse);
    v.add("code_postal", s.code_postal);
    v.add("ville", s.ville);
    v.add("tel_fixe", s.tel_fixe);
    v.add("tel_portable", s.tel_portable);
    v.add("email", s.email);
    montrer(v, "parution_adresse", s.parution_adresse);
    montrer(v, "parution_telephone", s.parution_telephone);
    montrer(v, "parution_email", s.parution_email);
    if (s.id) v.add("version", std::to_string(s.version));
    return f;
}

FormState StagiaireForm::nouvelle() { return state_of(stagiaires::Stagiaire{}); }

void signaler_modification_concurrente(FormState& form, const stagiaires::Stagiaire& actuelle,
                                       const stagiaires::Stagiaire& saisie, const std::string& qui_quand) {
    const FormState maintenant = StagiaireForm::state_of(actuelle), tape = StagiaireForm::state_of(saisie);
    for (const char* champ : {"civilite", "nom", "prenom", "date_naissance", "adresse", "code_postal", "ville", "tel_fixe",
                              "tel_portable", "email", "parution_adresse", "parution_telephone", "parution_email"}) {
        const std::string& avant = maintenant.value(champ);
        if (avant == tape.value(champ)) continue;
        const bool case_a_cocher = std::string_view(champ).starts_with("parution_");
        form.errors.add(champ, "Enregistré entre-temps : " +
                                   (case_a_cocher ? std::string(avant.empty() ? "non coché" : "coché")
                                                  : avant.empty() ? std::string("(vide)") : "« " + avant + " »") +
                                   ".");
    }
    form.errors.add("version", "Cette fiche a été enregistrée " + qui_quand +
                                   " pendant que vous la modifiiez : rien n'a été enregistré. Vos saisies sont dans les "
                                   "champs, la valeur enregistrée entre-temps sous chaque champ qui diffère. Enregistrez "
                                   "à nouveau pour garder les vôtres.");
    Params valeurs;
    for (const auto& [nom, valeur] : form.values.items())
        if (nom != "version") valeurs.add(nom, valeur);
    valeurs.add("version", std::to_string(actuelle.version));
    form.values = std::move(valeurs);
}

EtudeForm EtudeForm::parse(const Params& fields, FormErrors& errors) {
    EtudeForm f;
    auto& e = f.etude;
    if (const std::string& annee = fields.get("annee"); !annee.empty()) {
        auto a = parse_positive(annee);
        if (!a || *a < 1930 || *a > 2200) errors.add("annee", "Année invalide : par exemple 2015.");
        else e.annee = static_cast<int>(*a);
    }
    e.diplome = champ_texte(fields, "diplome", 200, errors);
    e.specialite = champ_texte(fields, "specialite", 200, errors);
    e.etablissement = champ_texte(fields, "etablissement", 200, errors);
    if (e.diplome.empty() && !errors.has("diplome")) errors.add("diplome", "Indiquez le diplôme ou le niveau.");
    return f;
}

FinancementForm FinancementForm::parse(const Params& fields, FormErrors& errors, bool statut_obligatoire) {
    FinancementForm f;
    auto& fi = f.financement;
    const std::string& code = fields.get("statut_financement");
    fi.statut = parse_code<StatutFinancement>(code);
    if (!fi.statut && (!code.empty() || statut_obligatoire))
        errors.add("statut_financement", "Choisissez le statut de financement dans la liste.");
    fi.numero_caf = champ_texte(fields, "numero_caf", 32, errors);
    fi.numero_cli = champ_texte(fields, "numero_cli", 32, errors);
    fi.complement = champ_texte(fields, "complement_financement", 200, errors);
    if (fi.statut && exige_caf_cli(*fi.statut)) {
        const std::string pour = std::string(" pour le statut ") + std::string(libelle(*fi.statut)) + ".";
        if (fi.numero_caf.empty() && !errors.has("numero_caf")) errors.add("numero_caf", "Le numéro CAF est obligatoire" + pour);
        if (fi.numero_cli.empty() && !errors.has("numero_cli")) errors.add("numero_cli", "Le numéro CLI est obligatoire" + pour);
    }
    return f;
}

FormState FinancementForm::state_of(const inscriptions::Financement& f) {
    FormState s;
    s.values.add("statut_financement", f.statut ? std::string(code(*f.statut)) : "");
    s.values.add("numero_caf", f.numero_caf);
    s.values.add("numero_cli", f.numero_cli);
    s.values.add("complement_financement", f.complement);
    return s;
}

InscriptionForm InscriptionForm::parse(const Params& fields, FormErrors& errors) {
    InscriptionForm f;
    f.stagiaire_id = identifiant(fields, "stagiaire_id", "Choisissez un stagiaire dans la liste.", errors);
    f.financement = FinancementForm::parse(fields, errors, false).financement;
    return f;
}

InscriptionFicheForm InscriptionFicheForm::parse(const Params& fields, FormErrors& errors) {
    InscriptionFicheForm f;
    f.session_id = identifiant(fields, "session_id", "Choisissez une session dans la liste.", errors);
    f.financement = FinancementForm::parse(fields, errors).financement;
    return f;
}

// ---------------------------------------------------------------- documents, mail

RepertoireForm RepertoireForm::parse(const Params& fields, FormErrors& errors) {
    RepertoireForm f;
    f.nom = champ_texte(fields, "nouveau_repertoire", 100, errors);
    if (f.nom.empty() && !errors.has("nouveau_repertoire"))
        errors.add("nouveau_repertoire", "Donnez un nom au répertoire.");
    return f;
}

SuppressionRepertoireForm SuppressionRepertoireForm::parse(const Params& fields, FormErrors& errors) {
    SuppressionRepertoireForm f;
    f.nom = fields.get("repertoire");
    if (f.nom.empty()) errors.add("repertoire", "Choisissez un répertoire.");
    return f;
}

DocumentForm DocumentForm::parse(const Params& fields, FormErrors& errors, const std::vector<UploadedFile>& files,
                                 std::size_t taille_max) {
    DocumentForm f;
    f.repertoire = fields.get("repertoire");
    if (f.repertoire.empty()) errors.add("repertoire", "Choisissez un répertoire dans la liste.");
    const UploadedFile* fichier = nullptr;
    for (const auto& file : files)
        if (file.field == "fichier") fichier = &file;
    if (!fichier || fichier->content.empty()) {
        errors.add("fichier", "Choisissez un fichier (non vide).");
        return f;
    }
    if (fichier->content.size() > taille_max) {
        errors.add("fichier", "Fichier trop volumineux : " + taille_lisible(static_cast<long long>(taille_max)) +
                                  " au plus.");
        return f;
    }
    // The type is decided from the name as it will be stored and served.
    f.nom_fichier = nom_de_fichier_sur(fichier->filename);
    auto type = type_de_document(f.nom_fichier, fichier->content);
    if (!type) {
        errors.add("fichier", "Type de fichier refusé : seuls les PDF, documents bureautiques (Word, Excel, "
                              "PowerPoint, LibreOffice), images PNG/JPEG et textes sont acceptés, et le contenu doit "
                              "correspondre à l'extension.");
        return f;
    }
    f.type_mime = *type;
    f.contenu = fichier->content;
    return f;
}

DocumentationForm DocumentationForm::parse(const Params& fields, FormErrors& errors,
                                           const std::vector<UploadedFile>& files) {
    DocumentationForm f;
    f.sujet = champ_texte(fields, "sujet", 200, errors);
    if (f.sujet.empty() && !errors.has("sujet")) errors.add("sujet", "Donnez un objet au message.");
    auto corps = texte_long(fields.get("corps"), 50000);
    if (!corps.ok()) errors.add("corps", corps.error);
    else if (corps.value.empty()) errors.add("corps", "Le message est vide.");
    f.corps = corps.value;
    for (const auto& v : fields.all("destinataire")) {
        if (auto id = parse_positive(v)) f.destinataires.push_back(*id);
        else errors.add("destinataire", "Un destinataire choisi n'est pas un stagiaire de cette session ayant un e-mail.");
    }
    if (f.destinataires.empty() && !errors.has("destinataire")) errors.add("destinataire", "Cochez au moins un stagiaire.");
    for (const auto& v : fields.all("document_id")) {
        if (auto id = parse_positive(v)) f.documents.push_back(*id);
        else errors.add("pieces", "Un document choisi n'existe plus dans la bibliothèque.");
    }
    for (const auto& file : files) {
        if (file.field != "piece_jointe" || file.content.empty()) continue;
        const std::string nom = nom_de_fichier_sur(file.filename);
        if (auto type = type_de_document(nom, file.content)) f.pieces.push_back({nom, *type, &file.content});
        else
            errors.add("pieces", "« " + nom + " » : type de fichier refusé (PDF, bureautique, images et textes seulement, "
                                              "contenu conforme à l'extension).");
    }
    return f;
}

// ---------------------------------------------------------------- page queries

RechercheForm RechercheForm::parse(const Params& fields, FormErrors& errors) {
    RechercheForm f;
    auto q = texte(fields.get("q"), 100);
    if (!q.ok()) errors.add("q", "Recherche invalide : " + q.error);
    f.q = q.value;
    if (const std::string& page = fields.get("page"); !page.empty()) {
        auto p = parse_positive(page);
        if (!p || *p > 100000) errors.add("page", "Numéro de page invalide.");
        else f.page = *p;
    }
    return f;
}

AnneeForm AnneeForm::parse(const Params& fields, FormErrors& errors) {
    AnneeForm f;
    if (const std::string& annee = fields.get("annee"); !annee.empty()) {
        auto a = parse_positive(annee);
        if (!a || *a < 1900 || *a > 2200) errors.add("annee", "Année invalide : indiquez une année, par exemple 2031.");
        else f.annee = static_cast<int>(*a);
    }
    return f;
}

ChoixAtelierForm ChoixAtelierForm::parse(const Params& fields, FormErrors& errors) {
    ChoixAtelierForm f;
    if (fields.has("atelier")) {
        f.atelier = parse_positive(fields.get("atelier"));
        if (!f.atelier) errors.add("atelier", "Atelier inconnu.");
    }
    return f;
}

ListeForm ListeForm::parse(const Params& fields, FormErrors&) { return {coche(fields, "complet")}; }

ChoixRepertoireForm ChoixRepertoireForm::parse(const Params& fields, FormErrors&) { return {fields.get("repertoire")}; }

JournalForm JournalForm::parse(const Params& fields, FormErrors& errors) {
    JournalForm f;
    for (auto [champ, valeur] : {std::pair{"stagiaire", &f.stagiaire}, std::pair{"utilisateur", &f.utilisateur},
                                 std::pair{"session", &f.session}}) {
        if (fields.get(champ).empty()) continue;
        *valeur = parse_positive(fields.get(champ));
        if (!*valeur) errors.add(champ, "Filtre invalide : indiquez un numéro.");
    }
    if (!fields.get("action").empty()) {
        f.action = parse_code<ActionJournal>(fields.get("action"));
        if (!f.action) errors.add("action", "Type d'événement inconnu : choisissez-le dans la liste.");
    }
    return f;
}

// ---------------------------------------------------------------- reports, directory, import

RapportRsaForm RapportRsaForm::parse(const Params& fields, FormErrors& errors) {
    RapportRsaForm f;
    f.au = mois_courant();
    f.du = {f.au.annee, 1};
    for (auto [champ, mois] : {std::pair{"du", &f.du}, std::pair{"au", &f.au}}) {
        if (fields.get(champ).empty()) continue;
        if (auto m = parse_mois(fields.get(champ))) *mois = *m;
        else errors.add(champ, "Mois invalide : indiquez un mois, par exemple 2031-03.");
    }
    if (errors.empty() && f.au < f.du) errors.add("au", "La fin de la période précède son début.");
    f.csv = format_csv(fields, errors);
    return f;
}

RapportActiviteForm RapportActiviteForm::parse(const Params& fields, FormErrors& errors) {
    return {AnneeForm::parse(fields, errors).annee.value_or(annee_courante()), format_csv(fields, errors)};
}

AnnuaireForm AnnuaireForm::parse(const Params& fields, FormErrors& errors) {
    AnnuaireForm f;
    if (!fields.get("session").empty()) {
        f.session = parse_positive(fields.get("session"));
        if (!f.session) errors.add("session", "Session inconnue.");
    }
    return f;
}

ParutionForm ParutionForm::parse(const Params& fields, FormErrors&) {
    return {coche(fields, "parution_adresse"), coche(fields, "parution_telephone"), coche(fields, "parution_email")};
}

FormState ParutionForm::state_of(const stagiaires::Stagiaire& s) {
    FormState f;
    montrer(f.values, "parution_adresse", s.parution_adresse);
    montrer(f.values, "parution_telephone", s.parution_telephone);
    montrer(f.values, "parution_email", s.parution_email);
    return f;
}

void ParutionForm::appliquer(stagiaires::Stagiaire& s) const {
    s.parution_adresse = adresse;
    s.parution_telephone = telephone;
    s.parution_email = email;
}

ImportForm ImportForm::parse(const Params& fields, FormErrors& errors, const std::vector<UploadedFile>& files) {
    ImportForm f;
    f.appliquer = coche(fields, "appliquer");
    for (const auto& file : files)
        if (file.field == "fichier" && !file.content.empty()) {
            f.nom_fichier = nom_de_fichier_sur(file.filename);
            f.contenu = &file.content;
        }
    if (!f.contenu) errors.add("fichier", "Choisissez un fichier CSV (non vide).");
    return f;
}

const std::vector<std::string>& ImportLigneForm::colonnes() {
    static const std::vector<std::string> c = {
        "civilite",       "nom",          "prenom",     "date_naissance",     "email",
        "tel_portable",   "tel_fixe",     "adresse",    "code_postal",        "ville",
        "parution_adresse", "parution_telephone", "parution_email", "login", "session",
        "statut_financement", "numero_caf", "numero_cli", "complement_financement"};
    return c;
}

std::optional<std::string> ImportLigneForm::colonne(std::string_view entete) {
    std::string nom = sans_casse(entete);
    for (const auto& c : colonnes())
        if (c == nom) return nom;
    return std::nullopt;
}

ImportLigneForm ImportLigneForm::parse(const Params& fields, FormErrors& errors) {
    ImportLigneForm f;
    // The record's fields as "Ajouter un stagiaire" receives them: a consent is a
    // ticked box ("1") or none.
    Params champs;
    for (const auto& [nom, valeur] : fields.items())
        if (nom.rfind("parution_", 0) != 0) champs.add(nom, valeur);
    for (const char* parution : {"parution_adresse", "parution_telephone", "parution_email"}) {
        const std::string v = sans_casse(fields.get(parution));
        if (v.empty() || v == "1" || v == "oui") champs.add(parution, "1");
        else if (v != "0" && v != "non") errors.add(parution, "Indiquez 1 ou oui (publié), 0 ou non (non publié).");
    }
    f.fiche = StagiaireForm::parse(champs, errors).fiche;

    f.login = sans_casse(fields.get("login"));
    if (!f.login.empty() && !login_valide(f.login)) errors.add("login", kLoginInvalide);

    const std::string session = sans_casse(fields.get("session"));
    if (!session.empty()) {
        if (auto id = parse_positive(session)) f.session_id = id;
        else if (auto mois = parse_mois(session)) f.session_mois = mois;
        else errors.add("session", "Session invalide : son mois (AAAA-MM, par exemple 2031-03) ou son numéro.");
        f.financement = FinancementForm::parse(champs, errors, false).financement;
    } else {
        for (const char* champ : {"statut_financement", "numero_caf", "numero_cli", "complement_financement"})
            if (!sans_casse(fields.get(champ)).empty()) {
                errors.add(champ, "Une inscription demande sa session : remplissez la colonne session.");
                break;
            }
    }
    return f;
}

std::string premier_message(const FormErrors& errors) {
    return errors.empty() ? std::string() : errors.all().begin()->second;
}

}  // namespace ope::handlers
