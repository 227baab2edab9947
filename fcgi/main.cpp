// The ope binary: the FastCGI server and the administration commands.
#include "data/comptes.hpp"
#include "data/demo.hpp"
#include "data/stagiaires.hpp"
#include "fcgi/auth.hpp"
#include "fcgi/config.hpp"
#include "fcgi/db.hpp"
#include "fcgi/normalise.hpp"
#include "fcgi/render.hpp"
#include "fcgi/router.hpp"
#include "fcgi/server.hpp"
#include "handlers/handlers.hpp"

#include <cppconn/driver.h>
#include <signal.h>

#include <ctime>
#include <iostream>
#include <string>

namespace {

const char* kUsage =
    "Utilisation : ope COMMANDE\n"
    "  serve                                 serveur FastCGI (OPE_LISTEN, OPE_THREADS)\n"
    "  migrate                               applique les migrations de sql/\n"
    "  demo                                  charge les données de démonstration si la base n'a aucun compte\n"
    "  creer-compte LOGIN ROLE NOM PRENOM    crée un compte du personnel (mot de passe lu sur l'entrée)\n"
    "  courriels                             envoie les courriels en attente, en boucle (OPE_SMTP_*)\n"
    "La configuration vient des variables OPE_* (voir README.md).\n";

int creer_compte(ope::Db& db, int argc, char** argv) {
    if (argc != 6) {
        std::cerr << kUsage;
        return 2;
    }
    auto role = ope::parse_role(argv[3]);
    if (!role || *role == ope::Role::stagiaire) {
        std::cerr << "Rôle invalide : responsable, tuteur ou formateur.\n";
        return 2;
    }
    std::string password;
    std::getline(std::cin, password);
    if (auto weakness = ope::password_weakness(password); !weakness.empty()) {
        std::cerr << weakness << "\n";
        return 2;
    }
    auto nom = ope::nom(argv[4]);
    auto prenom = ope::prenom(argv[5]);
    if (!nom.ok() || !prenom.ok()) {
        std::cerr << "Nom ou prénom invalide.\n";
        return 2;
    }
    ope::comptes::NouveauCompte c;
    c.login = argv[2];
    c.role = *role;
    c.nom = nom.value;
    c.prenom = prenom.value;
    c.mot_de_passe = password;
    if (!ope::comptes::creer(db, c)) {
        std::cerr << "L'identifiant " << c.login << " est déjà pris.\n";
        return 1;
    }
    std::cout << "Compte " << c.login << " créé.\n";
    return 0;
}

// The mail worker: every couple of seconds, sends what is due; stops on SIGTERM/SIGINT.
int courriels(ope::Db& db, const ope::Config& config) {
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    sigprocmask(SIG_BLOCK, &stop, nullptr);
    auto expediteur = ope::expediteur(config);
    std::cerr << "courriels : envoi " << (config.smtp_host.empty() ? "dans " + config.mail_dir : "par " + config.smtp_host)
              << std::endl;
    for (;;) {
        int traites = 0;
        try {
            // A claim names this pass, so a mail claimed by a worker that died is taken again later.
            traites = ope::handlers::courriels::distribuer(db, *expediteur, config, ope::random_token().substr(0, 32));
        } catch (const std::exception& e) {
            std::cerr << "courriels : " << e.what() << std::endl;  // database down: try again at the next tick
        }
        timespec attente{traites > 0 ? 0 : 2, traites > 0 ? 100000000 : 0};
        if (sigtimedwait(&stop, nullptr, &attente) > 0) return 0;
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << kUsage;
        return 2;
    }
    const std::string command = argv[1];
    try {
        const ope::Config& config = ope::config();
        ope::crypto_init();
        if (command == "serve") {
            ope::init_templates(config.share_dir);
            return ope::serve(config, ope::site_router());
        }
        get_driver_instance();
        ope::Db db(config);
        if (command == "migrate") {
            auto applied = ope::migrate(db, config.share_dir + "/sql");
            for (const auto& v : applied) std::cout << "migration appliquée : " << v << "\n";
            if (long n = ope::stagiaires::indexer_manquants(db))
                std::cout << n << " fiche(s) de stagiaire indexée(s) pour la recherche\n";
            std::cout << (applied.empty() ? "base déjà à jour\n" : "base à jour\n");
            return 0;
        }
        if (command == "demo") {
            bool loaded = ope::demo::charger(db, config.share_dir + "/sql/demo.sql");
            ope::stagiaires::indexer_manquants(db);
            std::cout << (loaded ? "données de démonstration chargées\n"
                                 : "la base a déjà des comptes : démonstration non chargée\n");
            return 0;
        }
        if (command == "creer-compte") return creer_compte(db, argc, argv);
        if (command == "courriels") {
            ope::init_templates(config.share_dir);
            return courriels(db, config);
        }
    } catch (const std::exception& e) {
        std::cerr << "ope " << command << " : " << e.what() << "\n";
        return 1;
    }
    std::cerr << kUsage;
    return 2;
}
