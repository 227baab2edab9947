// The closed lists of the procedure, as enums: who a user is (Role), the two
// kinds of workshop (Cycle), a trainee's attendance (Presence), a mail's state
// (EtatEnvoi), the funding status of an enrolment (StatutFinancement) and the kind
// of event an entry of the journal records (ActionJournal). Each has its code
// (what the database and the forms hold, ../shared/spec/database.md and urls.md),
// its French label for the pages, and a parser that refuses anything else.
// Pages never write a code or a label by hand: they call code() and libelle().
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace ope {

enum class Role { stagiaire, formateur, tuteur, responsable };
enum class Cycle { formation = 1, approfondissement = 2 };
enum class Presence { non_renseigne, present, absent, excuse };
enum class EtatEnvoi { en_attente, envoye, echec };
enum class StatutFinancement { rsa, pole_emploi, autofinancement, employeur, autre };
// What an entry of the journal records: its code is the column journal.action.
enum class ActionJournal {
    creation, modification, modification_par_stagiaire, suppression,
    ajout_etude, suppression_etude, inscription, desinscription, financement, presence,
    ajout_tuteur, retrait_tuteur, ajout_formateur, retrait_formateur,
    ajout_atelier, modification_atelier, suppression_atelier,
    envoi_documentation, creation_repertoire, suppression_repertoire, depot,
    creation_compte, modification_compte, nouveau_mot_de_passe, mot_de_passe,
    connexion, echec_connexion, consultation_fiche_accueil, parution_confirmee,
    export_donnees, anonymisation, import,
};

// Every value, in the order the pages list them.
inline constexpr std::array kRoles{Role::responsable, Role::tuteur, Role::formateur, Role::stagiaire};
inline constexpr std::array kCycles{Cycle::formation, Cycle::approfondissement};
inline constexpr std::array kPresences{Presence::present, Presence::absent, Presence::excuse, Presence::non_renseigne};
inline constexpr std::array kEtatsEnvoi{EtatEnvoi::en_attente, EtatEnvoi::envoye, EtatEnvoi::echec};
inline constexpr std::array kStatutsFinancement{StatutFinancement::rsa, StatutFinancement::pole_emploi, StatutFinancement::autofinancement,
                                   StatutFinancement::employeur, StatutFinancement::autre};
inline constexpr std::array kActionsJournal{
    ActionJournal::creation, ActionJournal::modification, ActionJournal::modification_par_stagiaire,
    ActionJournal::suppression, ActionJournal::ajout_etude, ActionJournal::suppression_etude,
    ActionJournal::inscription, ActionJournal::desinscription, ActionJournal::financement, ActionJournal::presence,
    ActionJournal::ajout_tuteur, ActionJournal::retrait_tuteur, ActionJournal::ajout_formateur,
    ActionJournal::retrait_formateur, ActionJournal::ajout_atelier, ActionJournal::modification_atelier,
    ActionJournal::suppression_atelier, ActionJournal::envoi_documentation, ActionJournal::creation_repertoire,
    ActionJournal::suppression_repertoire, ActionJournal::depot, ActionJournal::creation_compte,
    ActionJournal::modification_compte, ActionJournal::nouveau_mot_de_passe, ActionJournal::mot_de_passe,
    ActionJournal::connexion, ActionJournal::echec_connexion, ActionJournal::consultation_fiche_accueil,
    ActionJournal::parution_confirmee, ActionJournal::export_donnees, ActionJournal::anonymisation,
    ActionJournal::import};

// "responsable", "1", "present", "en_attente", "pole_emploi": the stored code.
const char* code(Role r);
const char* code(Cycle c);
const char* code(Presence p);
const char* code(EtatEnvoi e);
const char* code(StatutFinancement f);
const char* code(ActionJournal a);

// "responsable", "Cycle 1 : Formation", "présent", "envoyé", "RSA": what a page shows.
const char* libelle(Role r);
const char* libelle(Cycle c);
const char* libelle(Presence p);
const char* libelle(EtatEnvoi e);
const char* libelle(StatutFinancement f);
const char* libelle(ActionJournal a);

// The value of a code; nullopt for anything else (a form's typo, a forged value).
template <class E>
std::optional<E> parse_code(std::string_view code);
template <> std::optional<Role> parse_code<Role>(std::string_view code);
template <> std::optional<Cycle> parse_code<Cycle>(std::string_view code);
template <> std::optional<Presence> parse_code<Presence>(std::string_view code);
template <> std::optional<EtatEnvoi> parse_code<EtatEnvoi>(std::string_view code);
template <> std::optional<StatutFinancement> parse_code<StatutFinancement>(std::string_view code);
template <> std::optional<ActionJournal> parse_code<ActionJournal>(std::string_view code);

// Staff: everyone but trainees.
inline bool personnel(Role r) { return r != Role::stagiaire; }
// Who may see the funding of an enrolment (status, CAF and CLI numbers): those who
// enrol and report, not a trainer (issue 15, docs/donnees-personnelles.md).
inline bool voit_financement(Role r) { return r == Role::responsable || r == Role::tuteur; }
// The attendance grid's one-letter mark: P, A, E, or "·" when not entered.
const char* lettre(Presence p);
// Entered: present, absent or excused (what attendance rates count).
inline bool renseignee(Presence p) { return p != Presence::non_renseigne; }
// The RSA needs the CAF and CLI numbers ("pour le processus suivi RSA").
inline bool exige_caf_cli(StatutFinancement f) { return f == StatutFinancement::rsa; }
inline int numero(Cycle c) { return static_cast<int>(c); }

}  // namespace ope
