// The ope binary: the FastCGI server, the mail worker and the administration
// commands, one function each, listed in kCommandes.
#include "app/routes.hpp"
#include "data/comptes.hpp"
#include "data/demo.hpp"
#include "data/donnees.hpp"
#include "data/stagiaires.hpp"
#include "fcgi/config.hpp"
#include "fcgi/crypto.hpp"
#include "fcgi/db.hpp"
#include "fcgi/mail.hpp"
#include "fcgi/render.hpp"
#include "fcgi/server.hpp"
#include "handlers/formulaires.hpp"
#include "handlers/importation.hpp"
#include "worker/courriels.hpp"

#include <cppconn/driver.h>
#include <pwd.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Arguments = std::vector<std::string>;  // after the command's name

int migrate(ope::Db& db, const ope::Config& config, const Arguments&) {
    auto applied = ope::migrate(db, config.share_dir + "/sql");
    for (const auto& v : applied) std::cout << "migration appliquée : " << v << "\n";
    if (long n = ope::comptes::sceller_initiaux_lisibles(db))
        std::cout << n << " mot(s) de passe initial(aux) chiffré(s) (OPE_SECRET_FILE)\n";
    if (long n = ope::stagiaires::indexer_manquants(db))
        std::cout << n << " fiche(s) de stagiaire indexée(s) pour la recherche\n";
    std::cout << (applied.empty() ? "base déjà à jour\n" : "base à jour\n");
    return 0;
}

int demo(ope::Db& db, const ope::Config& config, const Arguments&) {
    bool loaded = ope::demo::charger(db, config.share_dir + "/sql/demo.sql");
    ope::stagiaires::indexer_manquants(db);
    std::cout << (loaded ? "données de démonstration chargées\n"
                         : "la base a déjà des comptes : démonstration non chargée\n");
    return 0;
}

// Exit status 3 when a demo account still has its public demo password: scripts/run.sh
// then refuses to listen beyond loopback.
int comptes_demo(ope::Db& db, const ope::Config&, const Arguments&) {
    const auto ouverts = ope::demo::comptes_ouverts(db);
    if (ouverts.empty()) {
        std::cout << "aucun compte de démonstration n'a son mot de passe de démonstration\n";
        return 0;
    }
    std::cout << "comptes de démonstration avec leur mot de passe de démonstration :";
    for (const auto& login : ouverts) std::cout << " " << login;
    std::cout << "\n";
    return 3;
}

// The same form as /emploi/intervenants, the password read on standard input.
int creer_compte(ope::Db& db, const ope::Config&, const Arguments& args) {
    std::string mot_de_passe;
    std::getline(std::cin, mot_de_passe);
    ope::Params fields;
    fields.add("login", args[0]);
    fields.add("role", args[1]);
    fields.add("nom", args[2]);
    fields.add("prenom", args[3]);
    fields.add("mot_de_passe", mot_de_passe);
    auto form = ope::submit<ope::handlers::CompteForm>(fields);
    if (!form.ok()) {
        for (const auto& [field, message] : form.state.errors.all()) std::cerr << field << " : " << message << "\n";
        return 2;
    }
    const auto& f = form.value;
    ope::comptes::NouveauCompte c{f.login, f.nom, f.prenom, f.email, f.role, ope::hash_password(f.mot_de_passe), {}, {}};
    if (!ope::comptes::creer_personnel(db, c, std::nullopt)) {
        std::cerr << "L'identifiant " << c.login << " est déjà pris.\n";
        return 1;
    }
    std::cout << "Compte " << c.login << " créé.\n";
    return 0;
}

// The page /emploi/import from the command line, for a first migration of thousands
// of lines: the same checks and writes; the report on standard output, every
// refused line included. 0 when the file is (or would be) imported whole.
int importer(ope::Db& db, const ope::Config&, const Arguments& args) {
    namespace importation = ope::handlers::importation;
    const bool appliquer = args.size() == 3 && args[2] == "--appliquer";
    if (args[0] != "stagiaires" || (args.size() == 3 && !appliquer)) {
        std::cerr << "Utilisation : ope importer stagiaires FICHIER.csv [--appliquer]\n";
        return 2;
    }
    std::ifstream in(args[1], std::ios::binary);
    if (!in) {
        std::cerr << "Fichier illisible : " << args[1] << "\n";
        return 1;
    }
    std::stringstream contenu;
    contenu << in.rdbuf();
    const std::string fichier = std::filesystem::path(args[1]).filename().string();
    const passwd* compte = getpwuid(geteuid());
    const std::string qui = std::string("en ligne de commande (compte système « ") + (compte ? compte->pw_name : "?") + " »)";
    const auto r = appliquer ? importation::appliquer(db, contenu.str(), fichier, std::nullopt, qui)
                             : importation::analyser(db, contenu.str(), fichier);
    if (!r.erreur.empty()) {
        std::cerr << fichier << " : " << r.erreur << "\n";
        return 1;
    }
    for (const auto& l : r.lignes)
        if (l.issue == importation::Issue::refusee)
            std::cout << "ligne " << l.numero << " refusée (" << l.nom_complet << ") : " << l.motif << "\n";
    std::cout << r.resume() << "\n";
    if (r.applique) std::cout << "Import enregistré.\n";
    else if (!r.applicable())
        std::cout << "Rien n'a été écrit : corrigez ou retirez les lignes refusées (un fichier n'est importé qu'entier).\n";
    else std::cout << "Essai seulement : rien n'a été écrit. Relancez avec --appliquer pour importer.\n";
    return r.applicable() ? 0 : 1;
}

// Retention (issue 15): trainees with no session in the last N years (3 by default,
// README "Personal data") are anonymised; --essai only lists them. Meant for a daily timer.
int purger(ope::Db& db, const ope::Config& config, const Arguments& args) {
    int annees = 3;
    bool essai = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--essai") {
            essai = true;
        } else if (args[i] == "--annees" && i + 1 < args.size()) {
            const std::string& n = args[++i];
            if (n.empty() || n.size() > 3 || n.find_first_not_of("0123456789") != std::string::npos ||
                std::stoi(n) < 1) {
                std::cerr << "ope purger : --annees attend un nombre d'années entier, au moins 1 (reçu « " << n
                          << " »)\n";
                return 2;
            }
            annees = std::stoi(n);
        } else {
            std::cerr << "ope purger : argument inconnu « " << args[i] << " » (attendu : [--annees N] [--essai])\n";
            return 2;
        }
    }
    const auto concernes = ope::donnees::a_purger(db, annees);
    for (const auto& s : concernes)
        std::cout << (essai ? "à anonymiser : " : "anonymisé : ") << "n° " << s.id << " " << s.nom << " " << s.prenom
                  << " (" << (s.derniere_session.empty() ? "aucune session" : "dernière session " + s.derniere_session.substr(0, 7))
                  << ")\n";
    if (essai) {
        std::cout << concernes.size() << " stagiaire(s) sans session depuis " << annees
                  << " an(s) seraient anonymisé(s). Essai seulement : rien n'a été modifié.\n";
        return 0;
    }
    long faits = 0;
    for (const auto& s : concernes) {
        auto adresses = ope::donnees::anonymiser(db, s.id, std::nullopt,
                                                 "durée de conservation dépassée : aucune session depuis " +
                                                     std::to_string(annees) + " an(s) (ope purger)");
        if (!adresses) continue;
        ope::supprimer_courriels_ecrits(config.mail_dir, s.id, *adresses);
        ++faits;
    }
    std::cout << faits << " stagiaire(s) sans session depuis " << annees << " an(s) anonymisé(s).\n";
    return 0;
}

int courriels(ope::Db& db, const ope::Config& config, const Arguments&) {
    ope::init_templates(config.share_dir);
    return ope::courriels::tourner(db, config);
}

struct Commande {
    const char* nom;
    const char* usage;  // arguments, then what it does
    std::size_t arguments;
    std::function<int(ope::Db&, const ope::Config&, const Arguments&)> lancer;  // null: serve
    std::size_t facultatifs = 0;  // arguments that may follow
    // Reads or writes initial passwords: needs the key of OPE_SECRET_FILE (else only
    // when OPE_SECRET_FILE is set).
    bool cle = false;
};

const Commande kCommandes[] = {
    {"serve", "                                 serveur FastCGI (OPE_LISTEN, OPE_THREADS)", 0, nullptr, 0, true},
    {"migrate", "                               applique les migrations de sql/", 0, migrate, 0, true},
    {"demo", "                                  charge les données de démonstration si la base n'a aucun compte", 0,
     demo, 0, true},
    {"comptes-demo", "                          liste les comptes de démonstration qui ont encore leur mot de passe"
     " de démonstration (code 3 s'il y en a)", 0, comptes_demo},
    {"creer-compte", " LOGIN ROLE NOM PRENOM    crée un compte du personnel (mot de passe lu sur l'entrée)", 4,
     creer_compte},
    {"courriels", "                             envoie les courriels en attente, en boucle (OPE_SMTP_*)", 0,
     courriels, 0, true},
    {"importer", " stagiaires FICHIER.csv [--appliquer]\n"
                 "                                        importe les stagiaires de l'ancien site (sans --appliquer : un essai)",
     2, importer, 1},
    {"purger", " [--annees N] [--essai]               anonymise les stagiaires sans session depuis N ans (3 par défaut)"
               " ; --essai : liste seulement",
     0, purger, 3},
};

int usage() {
    std::cerr << "Utilisation : ope COMMANDE\n";
    for (const auto& c : kCommandes) std::cerr << "  " << c.nom << c.usage << "\n";
    std::cerr << "La configuration vient des variables OPE_* (voir README.md).\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage();
    const std::string nom = argv[1];
    const Arguments args(argv + 2, argv + argc);
    for (const auto& commande : kCommandes) {
        if (nom != commande.nom) continue;
        if (args.size() < commande.arguments || args.size() > commande.arguments + commande.facultatifs) return usage();
        try {
            const ope::Config& config = ope::config();
            ope::crypto_init();
            if (commande.cle || !config.secret_file.empty()) ope::charger_cle_secrete(config.secret_file);
            if (!commande.lancer) {
                ope::init_templates(config.share_dir);
                return ope::serve(config, ope::site());
            }
            get_driver_instance();
            ope::Db db(config);
            return commande.lancer(db, config, args);
        } catch (const std::exception& e) {
            std::cerr << "ope " << nom << " : " << e.what() << "\n";
            return 1;
        }
    }
    return usage();
}
