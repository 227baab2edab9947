// The mail worker (`ope courriels`): delivers the stored sendings of "envoi
// documentation" (data/envois.hpp), one mail per trainee with their own login
// details in the footer, then the sender's copy. It claims each mail before
// sending it, so that several workers on several machines never send one twice,
// and retries with back-off while the mail server is down.
#pragma once

#include "fcgi/config.hpp"
#include "fcgi/db.hpp"
#include "fcgi/mail.hpp"

#include <string>

namespace ope::courriels {

// One pass: claims the due mails (and senders' copies) under `verrou` for
// OPE_MAIL_CLAIM seconds, renews the claim before each one, sends it and records its
// outcome under the claim; returns how many it handled.
int distribuer(Db& db, Expediteur& expediteur, const Config& config, const std::string& verrou);

// Passes every couple of seconds (at once while there is more to send) until
// SIGTERM or SIGINT; returns the process's exit code.
int tourner(Db& db, const Config& config);

}  // namespace ope::courriels
