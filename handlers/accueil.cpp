// The site's entrance: the health check of load balancers, and "/".
#include "handlers/handlers.hpp"

#include "handlers/chemins.hpp"

namespace ope::handlers {

// For load balancers: 200 only when the database answers.
Response sante(Request&, Db& db) {
    return db.ping() ? Response::text("ok\n") : Response::text("base de données injoignable\n", 503);
}

Response racine(Request& req, Db&) {
    if (!req.user) return Response::redirect(chemins::connexion(), 302);
    return Response::redirect(req.user->staff() ? chemins::sessions() : chemins::espace(), 302);
}

}  // namespace ope::handlers
