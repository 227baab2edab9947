#include "domain/rapports.hpp"

#include <algorithm>

namespace ope {

Decompte& Decompte::operator+=(const Decompte& autre) {
    prevus += autre.prevus;
    presents += autre.presents;
    excuses += autre.excuses;
    absents += autre.absents;
    non_renseignes += autre.non_renseignes;
    return *this;
}

std::optional<long> taux_presence(long presents, long renseignes) {
    if (renseignes <= 0) return std::nullopt;
    return (presents * 100 + renseignes / 2) / renseignes;
}

std::string taux_lisible(std::optional<long> taux) { return taux ? std::to_string(*taux) + " %" : "—"; }

namespace {

// The smallest step among 1, 2, 5, 10, 20, 50... that divides `maximum` into at most
// five intervals.
long pas_rond(long maximum) {
    for (long puissance = 1;; puissance *= 10)
        for (long facteur : {1L, 2L, 5L})
            if (facteur * puissance * 5 >= maximum) return facteur * puissance;
}

}  // namespace

Histogramme histogramme(const std::vector<Donnee>& donnees, double largeur, double hauteur) {
    Histogramme h;
    h.largeur = largeur;
    h.hauteur = hauteur;
    h.gauche = 48;             // the scale's numbers
    h.droite = largeur - 8;
    h.haut = 22;               // the value above the tallest bar
    h.base = hauteur - 40;     // two lines of labels below
    long maximum = 0;
    for (const auto& c : donnees) maximum = std::max(maximum, c.valeur);
    const long pas = pas_rond(std::max(maximum, 1L));
    const long sommet = (std::max(maximum, 1L) + pas - 1) / pas * pas;
    const double echelle = (h.base - h.haut) / static_cast<double>(sommet);
    for (long v = 0; v <= sommet; v += pas) h.graduations.push_back({v, h.base - v * echelle});

    const double pas_x = donnees.empty() ? 0 : (h.droite - h.gauche) / static_cast<double>(donnees.size());
    for (std::size_t i = 0; i < donnees.size(); ++i) {
        const auto& c = donnees[i];
        Histogramme::Barre b;
        b.etiquette = c.etiquette;
        b.sous_etiquette = c.sous_etiquette;
        b.valeur = c.valeur;
        b.largeur = pas_x * 0.6;
        b.centre = h.gauche + pas_x * (static_cast<double>(i) + 0.5);
        b.x = b.centre - b.largeur / 2;
        b.hauteur = std::max(c.valeur, 0L) * echelle;
        b.y = h.base - b.hauteur;
        h.barres.push_back(std::move(b));
    }
    return h;
}

}  // namespace ope
