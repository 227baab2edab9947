// The login page, shared by staff and trainees, and logging out.
#include "handlers/handlers.hpp"

#include "data/comptes.hpp"
#include "domain/comptes.hpp"
#include "fcgi/adresse.hpp"
#include "fcgi/config.hpp"
#include "fcgi/crypto.hpp"
#include "fcgi/log.hpp"
#include "handlers/avis.hpp"
#include "handlers/chemins.hpp"
#include "handlers/formulaires.hpp"

namespace ope::handlers {

namespace {

// The form shows back the login (when it is printable) and where to go next, never
// the password.
Response formulaire(Request& req, const ConnexionForm& f, const FormErrors& errors, int status) {
    FormState state;
    if (valid_utf8(f.login) && f.login.size() <= 64) state.values.add("login", f.login);
    state.values.add("suite", f.suite);
    state.errors = errors;
    Dict dict("connexion");
    state.fill(dict);
    return page(req, "connexion", dict, "Connexion", status);
}

// Every refused login goes to the log with the client's address.
void noter_refus(const Request& req, const std::string& login, const std::string& raison) {
    log_line("connexion refusée : " + cite(login) + " depuis " + req.remote_addr + " (" + raison + ")");
}

}  // namespace

Response connexion_form(Request& req, Db& db) {
    if (req.user) return racine(req, db);
    auto form = submit<ConnexionForm>(req.query);  // only `suite` matters here
    return formulaire(req, form.value, {}, 200);
}

Response connexion(Request& req, Db& db) {
    auto form = submit<ConnexionForm>(req.form);
    const auto& f = form.value;
    if (!form.ok()) {
        noter_refus(req, f.login, "formulaire incomplet ou invalide");
        return formulaire(req, f, form.state.errors, 422);
    }

    // Counted per address (an IPv6 /64), the client's as seen by a trusted proxy.
    const std::string adresse = cle_de_limitation(req.remote_addr);
    if (long attente = attente_connexion(comptes::tentatives(db, f.login, adresse)); attente > 0) {
        // No password is checked meanwhile, the right one included: this pair only waits.
        noter_refus(req, f.login, "trop de tentatives, attente " + duree_fr(attente));
        FormErrors trop;
        trop.add("login", "Trop de tentatives de connexion échouées depuis votre adresse : réessayez dans " +
                              duree_fr(attente) + ".");
        Response res = formulaire(req, f, trop, 429);
        res.headers.emplace_back("Retry-After", std::to_string((attente + 999) / 1000));
        return res;
    }

    auto compte = comptes::par_login(db, f.login);
    // The hash is checked even for an unknown login, so timing does not tell which logins exist.
    static const std::string leurre = hash_password("leurre-pour-un-login-inconnu");
    bool ok = verify_password(f.mot_de_passe, compte ? compte->mot_de_passe_hash : leurre) && compte && compte->actif;
    if (!ok) {
        const std::string raison =
            !compte ? "identifiant inconnu" : compte->actif ? "mot de passe incorrect" : "compte désactivé";
        comptes::noter_echec(db, f.login, adresse, compte ? &*compte : nullptr, raison);
        noter_refus(req, f.login, raison);
        FormErrors refus;
        refus.add("login", "Identifiant ou mot de passe incorrect.");
        return formulaire(req, f, refus, 422);
    }
    comptes::connexion_reussie(db, *compte, adresse);
    comptes::retenir_adresse(db, compte->id, f.login, adresse);
    std::string token = comptes::ouvrir_session(db, compte->id, config());
    std::string suite = f.suite;
    bool staff = personnel(compte->role);
    if (suite.empty() || (!staff && suite.rfind(chemins::espace(), 0) != 0))
        suite = staff ? chemins::sessions() : chemins::espace();
    // A staff member given a new initial password chooses their own first.
    if (staff && compte->doit_choisir_mot_de_passe) suite = chemins::mot_de_passe_compte();
    Response res = Response::redirect(suite);
    res.set_cookie(req, kSessionCookie, token, config().session_max_seconds);
    return res;
}

Response deconnexion(Request& req, Db& db) {
    comptes::fermer_session(db, req.user->session_hash);
    Response res = apres(req, chemins::connexion(), Avis::deconnecte);
    res.set_cookie(req, kSessionCookie, "", 0);
    return res;
}

}  // namespace ope::handlers
