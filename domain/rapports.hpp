// The figures of the association's reports (RSA follow-up, activity per month)
// and of the attendance grid: attendance counts, the attendance rate, and the
// geometry of the bar chart the activity report draws (SVG, no script). Pure
// functions, unit-tested in tests/unit/test_domaine.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ope {

// Attendance rows counted by status: a trainee's workshops, a month's, a total.
struct Decompte {
    long prevus = 0;  // every attendance row: one per enrolled trainee and workshop
    long presents = 0, excuses = 0, absents = 0, non_renseignes = 0;

    // Entered: present, absent or excused (what the attendance rate counts).
    long renseignes() const { return presents + excuses + absents; }
    Decompte& operator+=(const Decompte& autre);
};

// Present out of entered, as a whole percentage rounded half up; nullopt while
// nothing is entered. The one definition of the attendance rate of every page.
std::optional<long> taux_presence(long presents, long renseignes);
inline std::optional<long> taux_presence(const Decompte& d) { return taux_presence(d.presents, d.renseignes()); }
// "83 %", or "—" while nothing is entered.
std::string taux_lisible(std::optional<long> taux);

// A bar chart of whole numbers, in the user units of an SVG viewBox of
// `largeur` x `hauteur`: room on the left for the scale, below for two lines of
// labels per bar, above for the value of each bar.
struct Histogramme {
    struct Barre {
        std::string etiquette, sous_etiquette;  // under the bar: "mars", "83 %"
        long valeur = 0;
        double x = 0, y = 0, largeur = 0, hauteur = 0;  // the bar's rectangle
        double centre = 0;                              // x of its labels
    };
    struct Graduation {
        long valeur = 0;
        double y = 0;
    };
    double largeur = 0, hauteur = 0;
    double gauche = 0, droite = 0, haut = 0, base = 0;  // the plotting area; `base` is the axis
    std::vector<Barre> barres;
    std::vector<Graduation> graduations;  // 0 and round steps up to the top of the scale
};
struct Donnee {
    std::string etiquette, sous_etiquette;
    long valeur = 0;
};
Histogramme histogramme(const std::vector<Donnee>& donnees, double largeur, double hauteur);

}  // namespace ope
