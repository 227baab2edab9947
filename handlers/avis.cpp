#include "handlers/avis.hpp"

#include <iterator>

namespace ope::handlers {

namespace {

struct Texte {
    Avis avis;
    std::string_view code, texte;
};

constexpr Texte kTextes[] = {
    {Avis::session_creee, "session_creee", "Session créée."},
    {Avis::session_modifiee, "session_modifiee", "Session modifiée."},
    {Avis::session_supprimee, "session_supprimee", "Session supprimée."},
    {Avis::intervenant_ajoute, "intervenant_ajoute", "Intervenant ajouté à la session."},
    {Avis::intervenant_retire, "intervenant_retire", "Intervenant retiré de la session."},
    {Avis::atelier_ajoute, "atelier_ajoute", "Atelier ajouté."},
    {Avis::atelier_ajoute_hors_du_mois, "atelier_ajoute_hors_du_mois",
     "Atelier ajouté. Attention : sa date n'est pas dans le mois de la session ; elle est signalée dans la liste."},
    {Avis::atelier_modifie, "atelier_modifie", "Atelier modifié."},
    {Avis::atelier_modifie_hors_du_mois, "atelier_modifie_hors_du_mois",
     "Atelier modifié. Attention : sa date n'est pas dans le mois de la session ; elle est signalée dans la liste."},
    {Avis::atelier_supprime, "atelier_supprime", "Atelier supprimé."},
    {Avis::fiche_creee, "fiche_creee", "Fiche créée, avec son compte sur le site."},
    {Avis::fiche_enregistree, "fiche_enregistree", "Fiche enregistrée."},
    {Avis::etude_ajoutee, "etude_ajoutee", "Étude ajoutée."},
    {Avis::etude_supprimee, "etude_supprimee", "Étude supprimée."},
    {Avis::stagiaire_inscrit, "stagiaire_inscrit", "Stagiaire inscrit à la session."},
    {Avis::stagiaire_desinscrit, "stagiaire_desinscrit", "Stagiaire désinscrit de la session."},
    {Avis::financement_enregistre, "financement_enregistre", "Financement enregistré."},
    {Avis::presences_enregistrees, "presences_enregistrees", "Présences enregistrées."},
    {Avis::donnees_enregistrees, "donnees_enregistrees", "Vos données personnelles sont enregistrées."},
    {Avis::mot_de_passe_change, "mot_de_passe_change",
     "Votre mot de passe est changé ; vos autres connexions au site sont fermées."},
    {Avis::mot_de_passe_initial, "mot_de_passe_initial",
     "Nouveau mot de passe initial : il figure sur cette fiche d'accueil ; l'ancien ne fonctionne plus."},
    {Avis::repertoire_cree, "repertoire_cree", "Répertoire créé."},
    {Avis::repertoire_supprime, "repertoire_supprime", "Répertoire supprimé."},
    {Avis::document_enregistre, "document_enregistre", "Document enregistré."},
    {Avis::document_supprime, "document_supprime", "Document supprimé."},
    {Avis::envoi_enregistre, "envoi_enregistre",
     "Envoi enregistré : les courriels partent dans quelques instants ; leur état s'affiche ci-dessous."},
    {Avis::compte_cree, "compte_cree", "Compte créé."},
    {Avis::compte_modifie, "compte_modifie", "Compte enregistré."},
    {Avis::compte_desactive, "compte_desactive",
     "Compte désactivé : il ne peut plus se connecter et ses connexions en cours sont fermées."},
    {Avis::deconnecte, "deconnecte", "Vous êtes déconnecté·e."},
    {Avis::parution_enregistree, "parution_enregistree", "Vos choix de parution dans l'annuaire sont enregistrés."},
    {Avis::stagiaire_anonymise, "stagiaire_anonymise",
     "Fiche anonymisée : l'identité, les coordonnées, les études, les commentaires et le compte du stagiaire sont effacés."},
    {Avis::parution_confirmee, "parution_confirmee", "Merci : vos choix de parution dans l'annuaire sont confirmés."},
    {Avis::import_enregistre, "import_enregistre", "Import enregistré : son compte rendu est en tête de la liste des imports."},
};

// One row per Avis, in the enum's order.
static_assert(std::size(kTextes) == kNombreAvis);

constexpr bool dans_l_ordre() {
    for (std::size_t i = 0; i < std::size(kTextes); ++i)
        if (static_cast<std::size_t>(kTextes[i].avis) != i) return false;
    return true;
}
static_assert(dans_l_ordre());

const Texte& texte_de(Avis a) { return kTextes[static_cast<std::size_t>(a)]; }

}  // namespace

std::string texte_avis(std::string_view code) {
    for (const auto& t : kTextes)
        if (t.code == code) return std::string(t.texte);
    return "";
}

Response apres(const Request& req, const std::string& chemin, Avis avis) {
    Response res = Response::redirect(chemin);
    res.set_cookie(req, kAvisCookie, std::string(texte_de(avis).code), 120);
    return res;
}

}  // namespace ope::handlers
