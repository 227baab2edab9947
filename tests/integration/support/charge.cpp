#include "tests/integration/support/charge.hpp"

#include "tests/integration/support/site.hpp"

#include <algorithm>
#include <ctime>
#include <mutex>
#include <optional>
#include <random>
#include <regex>
#include <thread>
#include <tuple>

namespace ope::test::charge {

namespace {

using Genre = Ecrit::Genre;

// Unique marks made of letters, spaces and digits (no LIKE wildcard).
std::string marque(const std::string& prefixe) { return unique(prefixe); }

std::string entete(const Page& p, const std::string& name) {
    auto it = p.headers.find(name);
    return it == p.headers.end() ? "" : it->second;
}

}  // namespace

Donnees preparer(Client& c) {
    Donnees d;
    const std::string tag = unique("Charge ");
    const long base = static_cast<long>(std::time(nullptr)) * 1000;
    for (int i = 0; i < 20; ++i) d.stagiaires.push_back(creer_stagiaire(c, "Charge" + lettres(base + i)));
    for (int i = 0; i < 3; ++i) {
        Donnees::Session s;
        s.id = creer_session(c, "2036-0" + std::to_string(i + 1), tag);
        s.atelier = ajouter_atelier(c, s.id, "2036-01-05", "Premier");
        s.temoin = creer_stagiaire(c, "Temoin" + lettres(base + i));
        inscrire(c, s.id, s.temoin);
        d.sessions.push_back(s);
    }
    return d;
}

std::string servi_par(const Page& p) { return entete(p, "x-ope-instance") + "@" + entete(p, "x-ope-base"); }

long Bilan::cinq_cents() const {
    long n = 0;
    for (const auto& [s, k] : statuts)
        if (s >= 500) n += k;
    return n;
}

std::string Bilan::resume() const {
    std::string out;
    for (const auto& [s, n] : statuts) out += " " + std::to_string(s) + "×" + std::to_string(n);
    if (sans_reponse) out += " sans réponse×" + std::to_string(sans_reponse);
    out += ", slowest " + std::to_string(plus_longue.count()) + " ms";
    return out;
}

Bilan charger(const Donnees& d, const std::string& cookie, int clients, std::chrono::milliseconds duree,
              const std::function<void()>& pendant) {
    Bilan bilan;
    std::mutex mutex;
    const auto fin = std::chrono::steady_clock::now() + duree;
    std::vector<std::thread> threads;
    for (int t = 0; t < clients; ++t)
        threads.emplace_back([&, t] {
            Client c;
            c.set_cookie("ope_session", cookie);
            std::mt19937 rng(static_cast<unsigned>(t));
            const std::regex champ("name=\"statut_(\\d+)_(\\d+)\"");
            while (std::chrono::steady_clock::now() < fin) {
                const auto& s = d.sessions[rng() % d.sessions.size()];
                const long stagiaire = d.stagiaires[rng() % d.stagiaires.size()];
                const std::string page = session(s.id);
                Page p;
                std::optional<Ecrit> ecrit;
                auto debut = std::chrono::steady_clock::now();
                // A form's request is its POST, timed from after the page that holds the form.
                auto poster = [&](const std::string& path, const Fields& fields) {
                    debut = std::chrono::steady_clock::now();
                    return c.submit(path, fields);
                };
                try {
                    switch (rng() % 10) {
                        case 0: case 1: case 2: p = c.get(page); break;
                        case 3: p = c.get("/emploi/stagiaires?q=Charge"); break;
                        case 4:
                            c.get(page);
                            p = poster(page + "/stagiaires", {{"stagiaire_id", str(stagiaire)}});
                            ecrit = Ecrit{Genre::inscription, s.id, stagiaire, ""};
                            break;
                        case 5: {
                            const std::string complement = marque("Charge ");
                            c.get(fiche(stagiaire));
                            p = poster(fiche(stagiaire) + "/sessions", {{"session_id", str(s.id)},
                                                                          {"statut_financement", "autofinancement"},
                                                                          {"complement_financement", complement}});
                            ecrit = Ecrit{Genre::inscription, s.id, stagiaire, complement};
                            break;
                        }
                        case 6:
                            c.get(page);
                            p = poster(page + "/stagiaires/" + str(stagiaire) + "/supprimer", {});
                            ecrit = Ecrit{Genre::desinscription, s.id, stagiaire, ""};
                            break;
                        case 7: {
                            const std::string intitule = marque("Sous charge ");
                            c.get(page);
                            p = poster(page + "/ateliers", {{"date", "2036-02-0" + std::to_string(1 + rng() % 9)},
                                                              {"intitule", intitule},
                                                              {"cycle", rng() % 2 ? "1" : "2"}});
                            // The new workshop's id ends the Location: ...#atelier-<id>.
                            const std::string location = p.location();
                            const auto pos = location.find("#atelier-");
                            const long id = pos == std::string::npos ? 0 : std::atol(location.c_str() + pos + 9);
                            ecrit = Ecrit{Genre::atelier, s.id, id, intitule};
                            break;
                        }
                        default: {
                            // Every trainee of the first workshop, and a new comment for its witness.
                            Page v = c.get(page + "/validation?atelier=" + str(s.atelier));
                            Fields fields;
                            for (std::sregex_iterator it(v.body.begin(), v.body.end(), champ), end; it != end; ++it) {
                                const std::string cle = (*it)[1].str() + "_" + (*it)[2].str();
                                fields.push_back({"statut_" + cle, rng() % 2 ? "present" : "absent"});
                            }
                            const std::string commentaire = marque("Témoin ");
                            fields.push_back({"commentaire_" + str(s.atelier) + "_" + str(s.temoin), commentaire});
                            p = poster(page + "/validation", fields);
                            ecrit = Ecrit{Genre::presence, s.id, s.temoin, commentaire};
                        }
                    }
                } catch (const std::exception& e) {
                    std::lock_guard lock(mutex);
                    ++bilan.sans_reponse;
                    if (bilan.erreurs.size() < 5) bilan.erreurs.push_back(e.what());
                    continue;
                }
                const auto duree_requete = std::chrono::duration_cast<std::chrono::milliseconds>(
                    std::chrono::steady_clock::now() - debut);
                std::lock_guard lock(mutex);
                bilan.plus_longue = std::max(bilan.plus_longue, duree_requete);
                ++bilan.requetes;
                ++bilan.statuts[p.status];
                bilan.servi_par.insert(servi_par(p));
                if (ecrit && p.status == 303) bilan.ecrits.push_back(*ecrit);
                if (p.status >= 500) {
                    if (!(p.status == 503 && p.contains("Service momentanément indisponible")))
                        ++bilan.cinq_cents_non_documentes;
                    if (bilan.erreurs.size() < 5)
                        bilan.erreurs.push_back(std::to_string(p.status) + ": " + between(p.body, "<main", "</main>"));
                }
            }
        });
    if (pendant) pendant();
    for (auto& t : threads) t.join();
    return bilan;
}

std::vector<std::string> regles_violees(SqlConnection& sql) {
    const std::pair<const char*, const char*> regles[] = {
        {"enrolments without the attendance row of a workshop of their session",
         "SELECT COUNT(*) FROM inscription i JOIN atelier a ON a.session_id = i.session_id"
         " LEFT JOIN presence p ON p.atelier_id = a.id AND p.stagiaire_id = i.stagiaire_id"
         " WHERE p.atelier_id IS NULL"},
        {"attendance rows without their enrolment",
         "SELECT COUNT(*) FROM presence p JOIN atelier a ON a.id = p.atelier_id"
         " LEFT JOIN inscription i ON i.session_id = a.session_id AND i.stagiaire_id = p.stagiaire_id"
         " WHERE i.id IS NULL"},
        {"trainees enrolled twice in a session",
         "SELECT COUNT(*) FROM (SELECT session_id, stagiaire_id FROM inscription"
         " GROUP BY session_id, stagiaire_id HAVING COUNT(*) > 1) doubles"},
    };
    std::vector<std::string> out;
    for (const auto& [description, query] : regles)
        if (long n = sql.count(query)) out.push_back(std::to_string(n) + " " + description);
    return out;
}

std::vector<std::string> ecrits_manquants(SqlConnection& sql, const std::vector<Ecrit>& ecrits) {
    std::vector<std::string> out;
    // Enrolments and un-enrolments of one trainee in one session: each acknowledged
    // one is one journal entry (written in its transaction); there may be more
    // (committed, but the answer was lost), never fewer.
    std::map<std::tuple<Genre, long, long>, long> par_paire;
    for (const auto& e : ecrits) {
        const std::string session = str(e.session_id), id = str(e.id);
        switch (e.genre) {
            case Genre::atelier:
                if (sql.count("SELECT COUNT(*) FROM atelier WHERE id = ? AND session_id = ? AND intitule = ?",
                              {id, session, e.marque}) != 1)
                    out.push_back("workshop " + id + " « " + e.marque + " » of session " + session);
                break;
            case Genre::presence:
                if (sql.count("SELECT COUNT(*) FROM journal WHERE action = 'presence' AND objet = 'session'"
                              " AND objet_id = ? AND detail LIKE ?",
                              {session, "%→ « " + e.marque + " »%"}) != 1)
                    out.push_back("attendance comment « " + e.marque + " » in session " + session);
                break;
            case Genre::inscription:
                if (!e.marque.empty() &&
                    sql.count("SELECT COUNT(*) FROM journal WHERE action = 'inscription' AND objet = 'stagiaire'"
                              " AND objet_id = ? AND detail LIKE ?",
                              {id, "session " + session + " : %complément " + e.marque}) != 1)
                    out.push_back("enrolment of trainee " + id + " in session " + session + " (« " + e.marque + " »)");
                [[fallthrough]];
            case Genre::desinscription:
                ++par_paire[{e.genre, e.session_id, e.id}];
                break;
        }
    }
    for (const auto& [cle, acquittes] : par_paire) {
        const auto& [genre, session_id, stagiaire_id] = cle;
        const bool inscription = genre == Genre::inscription;
        const std::string session = str(session_id);
        const long journal = sql.count(
            "SELECT COUNT(*) FROM journal WHERE action = ? AND objet = 'stagiaire' AND objet_id = ?"
            " AND (detail = ? OR detail LIKE ?)",
            {inscription ? "inscription" : "desinscription", str(stagiaire_id), "session " + session,
             "session " + session + (inscription ? " : %" : "\n%")});
        if (journal < acquittes)
            out.push_back(std::to_string(acquittes) + (inscription ? " enrolments" : " un-enrolments") + " of trainee " +
                          str(stagiaire_id) + " in session " + session + " acknowledged, " + std::to_string(journal) +
                          " in the journal");
    }
    return out;
}

}  // namespace ope::test::charge
