#include "worker/courriels.hpp"

#include "data/envois.hpp"
#include "domain/normalise.hpp"
#include "domain/personnes.hpp"
#include "fcgi/crypto.hpp"
#include "fcgi/log.hpp"
#include "fcgi/render.hpp"

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <thread>

namespace ope::courriels {

namespace {

// The footer of one trainee's mail: their own login details.
void remplir_pied(Dict& d, const Config& config, const envois::Livraison& l) {
    d.SetValue("SITE", config.site_url);
    d.SetValue("LOGIN", l.login);
    if (l.mot_de_passe_initial) d.SetValueAndShowSection("MOT_DE_PASSE", *l.mot_de_passe_initial, "INITIAL");
    else if (l.sans_mot_de_passe) d.ShowSection("AUCUN");
    else d.ShowSection("CHOISI");
}

std::string html_du_corps(const std::string& sujet, const std::string& corps, const Config& config,
                          const envois::Livraison* l) {
    Dict d("courriel_html");
    d.SetValue("SUJET", sujet);
    add_paragraphs(d, "PARAGRAPHE", "LIGNE", corps);
    if (l) remplir_pied(*d.AddSectionDictionary("PIED"), config, *l);
    return expand("mail/courriel.html.tpl", d);
}

std::string mois_fr(const std::string& iso) { return parse_mois(iso).value_or(Mois{}).fr(); }

std::string etat_pour_la_copie(const envois::Destinataire& d) {
    return d.statut == EtatEnvoi::envoye ? "envoyé" : "échec (" + d.erreur + ")";
}

// Sends one mail this worker holds and records what happened; `envoye` and `echec`
// write only while the claim is held (they return false otherwise). The mail is
// recorded as sent the moment the server took it, tried again twice if the database
// fails then: a mail that is out but not recorded goes again once its claim runs out.
void livrer(Expediteur& expediteur, const Courriel& c, const std::string& quoi, const std::function<bool()>& envoye,
            const std::function<bool(const std::string&)>& echec) {
    bool accepte = false;
    try {
        expediteur.envoyer(c, [&] {
            accepte = true;
            for (int essai = 1;; ++essai) {
                try {
                    if (!envoye()) log_line(quoi + " : envoyé, mais sa réservation était perdue : non enregistré");
                    return;
                } catch (const std::exception& e) {
                    if (essai == 3) throw;
                    log_line(quoi + " : envoyé, enregistrement impossible (" + e.what() + "), nouvel essai");
                    std::this_thread::sleep_for(std::chrono::seconds(essai));
                }
            }
        });
    } catch (const std::exception& ex) {
        if (accepte) {
            log_line(quoi + " : ENVOYÉ mais pas enregistré (" + ex.what() +
                     ") : il repartira une seconde fois à la fin de sa réservation");
            throw;
        }
        log_line(quoi + " failed: " + ex.what());
        if (!echec(ex.what())) log_line(quoi + " : échec non enregistré, réservation perdue");
    }
}

}  // namespace

int distribuer(Db& db, Expediteur& expediteur, const Config& config, const std::string& verrou) {
    int traites = 0;
    // Exponential back-off: retry, 2 × retry, 4 × retry... capped at one hour.
    auto delai = [&](long tentatives) {
        long d = config.mail_retry_seconds;
        for (long i = 0; i < tentatives && d < 3600; ++i) d *= 2;
        return std::min(d, 3600L);
    };
    const long bail = config.mail_claim_seconds;
    std::map<long, std::vector<PieceJointe>> pieces;
    for (const auto& l : envois::reserver(db, verrou, 20, bail)) {
        if (!pieces.count(l.envoi_id)) pieces[l.envoi_id] = envois::pieces(db, l.envoi_id);
        Courriel c;
        c.expediteur = config.mail_from;
        c.destinataire = l.email;
        c.repondre_a = l.expediteur_email;  // the trainee's answer reaches their tutor
        c.sujet = l.sujet;
        Dict pied("pied");
        remplir_pied(pied, config, l);
        c.texte = l.corps + "\n" + expand_text("mail/pied.txt.tpl", pied);
        c.html = html_du_corps(l.sujet, l.corps, config, &l);
        c.pieces = pieces[l.envoi_id];
        c.message_id = "<envoi-" + std::to_string(l.envoi_id) + "-" + std::to_string(l.stagiaire_id) + "@ope>";
        const std::string quoi =
            "mail to trainee " + std::to_string(l.stagiaire_id) + " of sending " + std::to_string(l.envoi_id);
        // The claim is renewed right before sending: a pass may take longer than a
        // claim, and a mail whose claim ran out may be another worker's now.
        if (!envois::prolonger(db, verrou, bail, l.envoi_id, l.stagiaire_id)) {
            log_line(quoi + " : réservation perdue, laissé à l'autre worker");
            continue;
        }
        livrer(
            expediteur, c, quoi, [&] { return envois::envoye(db, verrou, l.envoi_id, l.stagiaire_id); },
            [&](const std::string& erreur) {
                return envois::echec(db, verrou, l.envoi_id, l.stagiaire_id, erreur, delai(l.tentatives),
                                     config.mail_max_attempts);
            });
        ++traites;
    }
    for (const auto& copie : envois::reserver_copies(db, verrou, 5, bail)) {
        Dict d("copie");
        d.SetIntValue("NUMERO", copie.session_id);
        d.SetValue("MOIS", mois_fr(copie.mois));
        d.SetValue("CORPS", copie.corps);
        for (const auto& dest : envois::destinataires(db, copie.envoi_id)) {
            Dict* row = d.AddSectionDictionary("DESTINATAIRE");
            row->SetValue("NOM", nom_prenom(dest.nom, dest.prenom));
            row->SetValue("EMAIL", dest.email);
            row->SetValue("STATUT", etat_pour_la_copie(dest));
        }
        std::string noms;
        auto pj = envois::pieces(db, copie.envoi_id);
        for (const auto& p : pj) noms += (noms.empty() ? "" : ", ") + p.nom_fichier;
        d.SetValue("PIECES", noms.empty() ? "aucune" : noms);
        Courriel c;
        c.expediteur = config.mail_from;
        c.destinataire = copie.email;
        c.sujet = "Copie : " + copie.sujet;
        c.texte = expand_text("mail/copie.txt.tpl", d);
        c.html = html_du_corps(c.sujet, c.texte, config, nullptr);
        c.pieces = pj;
        c.message_id = "<envoi-" + std::to_string(copie.envoi_id) + "-copie@ope>";
        const std::string quoi = "copy of sending " + std::to_string(copie.envoi_id);
        if (!envois::prolonger(db, verrou, bail, copie.envoi_id, 0)) {
            log_line(quoi + " : réservation perdue, laissée à l'autre worker");
            continue;
        }
        livrer(
            expediteur, c, quoi, [&] { return envois::copie_envoyee(db, verrou, copie.envoi_id); },
            [&](const std::string& erreur) {
                return envois::copie_echec(db, verrou, copie.envoi_id, erreur, delai(copie.tentatives),
                                           config.mail_max_attempts);
            });
        ++traites;
    }
    return traites;
}

int tourner(Db& db, const Config& config) {
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    sigprocmask(SIG_BLOCK, &stop, nullptr);
    auto expediteur = ope::expediteur(config);
    log_line("courriels : envoi " + (config.smtp_host.empty() ? "dans " + config.mail_dir : "par " + config.smtp_host));
    for (;;) {
        int traites = 0;
        try {
            // A claim names this pass, so a mail claimed by a worker that died is taken again later.
            traites = distribuer(db, *expediteur, config, random_token().substr(0, 32));
        } catch (const std::exception& e) {
            log_line(std::string("courriels : ") + e.what());  // database down: try again at the next tick
        }
        timespec attente{traites > 0 ? 0 : 2, traites > 0 ? 100000000 : 0};
        if (sigtimedwait(&stop, nullptr, &attente) > 0) return 0;
    }
}

}  // namespace ope::courriels
