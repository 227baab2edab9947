#include "domain/statuts.hpp"

#include <iterator>

namespace ope {

namespace {

// One row per value: its code and label, in the enum's order of declaration.
struct Noms {
    const char* code;
    const char* libelle;
};

constexpr Noms kNomsRole[] = {
    {"stagiaire", "stagiaire"}, {"formateur", "formateur"}, {"tuteur", "tuteur"}, {"responsable", "responsable"}};
constexpr Noms kNomsCycle[] = {{"1", "Cycle 1 : Formation"}, {"2", "Cycle 2 : Approfondissement"}};
constexpr Noms kNomsPresence[] = {
    {"non_renseigne", "non renseigné"}, {"present", "présent"}, {"absent", "absent"}, {"excuse", "absent excusé"}};
constexpr Noms kNomsEtatEnvoi[] = {{"en_attente", "en attente"}, {"envoye", "envoyé"}, {"echec", "échec"}};
constexpr Noms kNomsStatutFinancement[] = {{"rsa", "RSA"},
                                     {"pole_emploi", "France Travail"},
                                     {"autofinancement", "Autofinancement"},
                                     {"employeur", "Employeur"},
                                     {"autre", "Autre"}};
constexpr Noms kNomsActionJournal[] = {
    {"creation", "création"},
    {"modification", "modification"},
    {"modification_par_stagiaire", "modification par le stagiaire"},
    {"suppression", "suppression"},
    {"ajout_etude", "ajout d'une étude"},
    {"suppression_etude", "suppression d'une étude"},
    {"inscription", "inscription"},
    {"desinscription", "désinscription"},
    {"financement", "financement"},
    {"presence", "présences"},
    {"ajout_tuteur", "ajout d'un tuteur"},
    {"retrait_tuteur", "retrait d'un tuteur"},
    {"ajout_formateur", "ajout d'un formateur"},
    {"retrait_formateur", "retrait d'un formateur"},
    {"ajout_atelier", "ajout d'un atelier"},
    {"modification_atelier", "modification d'un atelier"},
    {"suppression_atelier", "suppression d'un atelier"},
    {"envoi_documentation", "envoi documentation"},
    {"creation_repertoire", "création d'un répertoire"},
    {"suppression_repertoire", "suppression d'un répertoire"},
    {"depot", "dépôt d'un document"},
    {"creation_compte", "création d'un compte"},
    {"modification_compte", "modification d'un compte"},
    {"nouveau_mot_de_passe", "nouveau mot de passe initial"},
    {"mot_de_passe", "mot de passe choisi"},
    {"connexion", "connexion"},
    {"echec_connexion", "connexion refusée"},
    {"consultation_fiche_accueil", "consultation d'une fiche d'accueil"},
    {"parution_confirmee", "parution dans l'annuaire confirmée"},
    {"export_donnees", "export des données personnelles"},
    {"anonymisation", "anonymisation"},
    {"import", "import de stagiaires"},
};
static_assert(std::size(kNomsActionJournal) == kActionsJournal.size());

template <class E, std::size_t N>
const Noms& noms(const Noms (&table)[N], E e) {
    return table[static_cast<std::size_t>(e)];
}

template <class E, std::size_t N>
std::optional<E> chercher(const Noms (&table)[N], std::string_view code) {
    for (std::size_t i = 0; i < N; ++i)
        if (code == table[i].code) return static_cast<E>(i);
    return std::nullopt;
}

}  // namespace

const char* code(Role r) { return noms(kNomsRole, r).code; }
const char* code(Cycle c) { return kNomsCycle[numero(c) - 1].code; }
const char* code(Presence p) { return noms(kNomsPresence, p).code; }
const char* code(EtatEnvoi e) { return noms(kNomsEtatEnvoi, e).code; }
const char* code(StatutFinancement f) { return noms(kNomsStatutFinancement, f).code; }
const char* code(ActionJournal a) { return noms(kNomsActionJournal, a).code; }

const char* libelle(Role r) { return noms(kNomsRole, r).libelle; }
const char* libelle(Cycle c) { return kNomsCycle[numero(c) - 1].libelle; }
const char* libelle(Presence p) { return noms(kNomsPresence, p).libelle; }
const char* libelle(EtatEnvoi e) { return noms(kNomsEtatEnvoi, e).libelle; }
const char* libelle(StatutFinancement f) { return noms(kNomsStatutFinancement, f).libelle; }
const char* libelle(ActionJournal a) { return noms(kNomsActionJournal, a).libelle; }

template <> std::optional<Role> parse_code<Role>(std::string_view c) { return chercher<Role>(kNomsRole, c); }
template <> std::optional<Presence> parse_code<Presence>(std::string_view c) { return chercher<Presence>(kNomsPresence, c); }
template <> std::optional<EtatEnvoi> parse_code<EtatEnvoi>(std::string_view c) { return chercher<EtatEnvoi>(kNomsEtatEnvoi, c); }
template <> std::optional<StatutFinancement> parse_code<StatutFinancement>(std::string_view c) {
    return chercher<StatutFinancement>(kNomsStatutFinancement, c);
}
template <> std::optional<ActionJournal> parse_code<ActionJournal>(std::string_view c) {
    return chercher<ActionJournal>(kNomsActionJournal, c);
}
template <> std::optional<Cycle> parse_code<Cycle>(std::string_view c) {
    if (c == "1") return Cycle::formation;
    if (c == "2") return Cycle::approfondissement;
    return std::nullopt;
}

const char* lettre(Presence p) {
    switch (p) {
        case Presence::present: return "P";
        case Presence::absent: return "A";
        case Presence::excuse: return "E";
        case Presence::non_renseigne: break;
    }
    return "·";
}

}  // namespace ope
