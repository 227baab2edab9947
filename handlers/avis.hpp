// What a POST did, said once on the page its "303 See Other" leads to ("Atelier
// ajouté", "Fiche enregistrée"...). The redirect carries the avis's code in a
// cookie (fcgi/pipeline.hpp); only codes of this list are ever shown.
#pragma once

#include "fcgi/http.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace ope::handlers {

enum class Avis {
    session_creee,
    session_modifiee,
    session_supprimee,
    intervenant_ajoute,
    intervenant_retire,
    atelier_ajoute,
    atelier_ajoute_hors_du_mois,
    atelier_modifie,
    atelier_modifie_hors_du_mois,
    atelier_supprime,
    fiche_creee,
    fiche_enregistree,
    etude_ajoutee,
    etude_supprimee,
    stagiaire_inscrit,
    stagiaire_desinscrit,
    financement_enregistre,
    presences_enregistrees,
    donnees_enregistrees,
    mot_de_passe_change,
    mot_de_passe_initial,
    repertoire_cree,
    repertoire_supprime,
    document_enregistre,
    document_supprime,
    envoi_enregistre,
    compte_cree,
    compte_modifie,
    compte_desactive,
    deconnecte,
    parution_enregistree,
    stagiaire_anonymise,
    parution_confirmee,
    import_enregistre,  // the last one: kNombreAvis below
};
inline constexpr std::size_t kNombreAvis = static_cast<std::size_t>(Avis::import_enregistre) + 1;

// The sentence shown for a code, "" for an unknown one.
std::string texte_avis(std::string_view code);

// 303 See Other to `chemin`; the page there says `avis`, once.
Response apres(const Request& req, const std::string& chemin, Avis avis);

}  // namespace ope::handlers
