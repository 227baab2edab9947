#include "handlers/handlers.hpp"

#include "data/comptes.hpp"
#include "fcgi/app.hpp"
#include "fcgi/auth.hpp"
#include "fcgi/config.hpp"
#include "fcgi/normalise.hpp"
#include "fcgi/render.hpp"

namespace ope::handlers {

namespace {

// Failed attempts allowed in the window before logins are refused for a while.
constexpr int kFenetreMinutes = 15;
constexpr long kEchecsParLogin = 5;
constexpr long kEchecsParAdresse = 30;

// Only local paths: "suite" must never send the user to another site.
std::string suite_sure(const std::string& suite) {
    if (suite.size() > 2000 || suite.empty() || suite[0] != '/' || suite.rfind("//", 0) == 0 ||
        suite.find('\\') != std::string::npos || !valid_utf8(suite))
        return "";
    for (unsigned char c : suite)
        if (c < 0x20) return "";
    return suite;
}

Response formulaire(Request& req, const std::string& login, const std::string& message, int status) {
    Dict dict("connexion");
    dict.SetValue("LOGIN", login);
    dict.SetValue("SUITE", suite_sure(req.method == "POST" ? req.form.get("suite") : req.query.get("suite")));
    if (!message.empty()) dict.SetValueAndShowSection("MESSAGE", message, "ERREUR");
    return page(req, "connexion", dict, "Connexion", status);
}

}  // namespace

Response connexion_form(Request& req, Db& db) {
    if (req.user) return racine(req, db);
    return formulaire(req, "", "", 200);
}

Response connexion(Request& req, Db& db) {
    const std::string& login = req.form.get("login");
    const std::string& password = req.form.get("mot_de_passe");
    const std::string refus = "Identifiant ou mot de passe incorrect.";
    if (login.empty() || password.empty() || login.size() > 64 || password.size() > 1024 || !valid_utf8(login))
        return formulaire(req, valid_utf8(login) && login.size() <= 64 ? login : "", refus, 422);

    auto echecs = comptes::echecs_recents(db, login, req.remote_addr, kFenetreMinutes);
    if (echecs.par_login >= kEchecsParLogin || echecs.par_adresse >= kEchecsParAdresse)
        return formulaire(req, login,
                          "Trop de tentatives de connexion échouées. Réessayez dans un quart d'heure.", 429);

    auto compte = comptes::par_login(db, login);
    // The hash is checked even for an unknown login, so timing does not tell which logins exist.
    static const std::string leurre = hash_password("leurre-pour-un-login-inconnu");
    bool ok = verify_password(password, compte ? compte->mot_de_passe_hash : leurre) && compte && compte->actif;
    if (!ok) {
        comptes::noter_echec(db, login, req.remote_addr);
        return formulaire(req, login, refus, 422);
    }
    comptes::connexion_reussie(db, compte->id);
    std::string token = comptes::ouvrir_session(db, compte->id, config());
    std::string suite = suite_sure(req.form.get("suite"));
    bool staff = compte->role != Role::stagiaire;
    if (suite.empty() || (!staff && suite.rfind("/espace", 0) != 0))
        suite = staff ? "/emploi/sessions" : "/espace";
    Response res = Response::redirect(suite);
    res.set_cookie(kSessionCookie, token, config().session_max_seconds, config().cookie_secure || req.https);
    return res;
}

Response deconnexion(Request& req, Db& db) {
    comptes::fermer_session(db, req.user->session_hash);
    Response res = Response::redirect("/connexion");
    res.set_cookie(kSessionCookie, "", 0, config().cookie_secure || req.https);
    return res;
}

}  // namespace ope::handlers
