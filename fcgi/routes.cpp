// Every route of the site: method, path, who may use it, handler. The URL
// contract is ../shared/spec/urls.md; the authorisation rules are tested for
// every role from this table.
#include "fcgi/router.hpp"
#include "handlers/handlers.hpp"

namespace ope {

const Router& site_router() {
    using namespace handlers;
    const Roles anyone = Roles::anyone();
    const Roles staff = Roles::staff();
    const Roles logged_in = Roles::logged_in();
    const Roles responsable{Role::responsable};

    static const Router router({
        {"GET", "/sante", anyone, sante},
        {"GET", "/", anyone, racine},
        {"GET", "/connexion", anyone, connexion_form},
        {"POST", "/connexion", anyone, connexion},
        {"POST", "/deconnexion", logged_in, deconnexion},

        // Steps 1 and 2: sessions, tutors and trainers.
        {"GET", "/emploi/sessions", staff, sessions_liste},
        {"GET", "/emploi/sessions/ajouter", responsable, sessions_ajouter_form},
        {"POST", "/emploi/sessions/ajouter", responsable, sessions_ajouter},
        {"GET", "/emploi/sessions/{id}", staff, session_page},
        {"POST", "/emploi/sessions/{id}/intervenants", responsable, intervenant_ajouter},
        {"POST", "/emploi/sessions/{id}/intervenants/{uid}/{role:mot}/supprimer", responsable, intervenant_retirer},

        // Step 3: workshops.
        {"POST", "/emploi/sessions/{id}/ateliers", responsable, atelier_ajouter},
        {"POST", "/emploi/sessions/{id}/ateliers/{aid}", responsable, atelier_modifier},
        {"POST", "/emploi/sessions/{id}/ateliers/{aid}/supprimer", responsable, atelier_supprimer},

        // Staff accounts.
        {"GET", "/emploi/intervenants", responsable, comptes_liste},
        {"POST", "/emploi/intervenants", responsable, comptes_creer},
    });
    return router;
}

}  // namespace ope
