#!/usr/bin/env bash
# Runs the whole site on this machine: installs the missing Debian packages,
# builds, starts a private MariaDB, migrates, loads the demo data into it on
# first run, starts the app and nginx, then stays in the foreground until Ctrl-C,
# which stops everything it started. Data is kept between runs.
#
# Settings (environment):
#   OPE_PORT       nginx port, the site's address          (8080)
#   OPE_APP_PORT   port of `ope serve` (OPE_LISTEN)        (9080)
#   OPE_DB_PORT    port of the private MariaDB             (3307)
#   OPE_VAR_DIR    data, logs and generated configs        (var/)
#   OPE_BUILD_DIR  build folder                            (build/)
#   OPE_HTTP_BIND  address nginx listens on: 127.0.0.1, or 0.0.0.0 for
#                  every interface (refused while a demo account still has
#                  its demo password)                      (127.0.0.1)
#   OPE_DB_HOST    set it to use an existing MariaDB/MySQL server instead of
#                  the private one: nothing is started for the database and
#                  OPE_DB_PORT / OPE_DB_NAME / OPE_DB_USER / OPE_DB_PASSWORD
#                  are passed to the app as they are (the base must exist; it
#                  is migrated, never given the demo data).
# Every other OPE_* variable (OPE_THREADS, OPE_SMTP_*, OPE_SITE_URL…) is
# passed to the app unchanged.
# Run as root (the usual way), it runs the app, the mail worker and nginx's
# workers as the system user `ope` (created if missing) and MariaDB as `mysql`;
# logs, mails and dumps are mode 600.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

OPE_VAR="$(ope_abs_path "${OPE_VAR_DIR:-var}")"
OPE_BUILD="$(ope_abs_path "${OPE_BUILD_DIR:-build}")"
export OPE_PORT="${OPE_PORT:-8080}"
OPE_APP_PORT="${OPE_APP_PORT:-9080}"
HTTP_BIND="${OPE_HTTP_BIND:-127.0.0.1}"
export OPE_LISTEN="${OPE_LISTEN:-127.0.0.1:$OPE_APP_PORT}"
export OPE_SITE_URL="${OPE_SITE_URL:-http://127.0.0.1:$OPE_PORT}"

PRIVATE_DB=1
[[ -n "${OPE_DB_HOST:-}" ]] && PRIVATE_DB=0

ope_install_packages "${OPE_PACKAGES[@]}"

# Say at once if a port is taken, before a possibly long build.
ope_require_free_port "$OPE_PORT" "nginx" OPE_PORT
ope_require_free_port "${OPE_LISTEN##*:}" "application" OPE_APP_PORT
if ((PRIVATE_DB)); then
  export OPE_DB_PORT="${OPE_DB_PORT:-3307}"
  ope_require_free_port "$OPE_DB_PORT" "MariaDB" OPE_DB_PORT
fi

ope_build --target ope
ope_service_users "$OPE_VAR"

# From here on, what is written is private: logs, mails (initial passwords), dumps.
umask 077
ope_var_dir "$OPE_VAR"
ope_install_traps

if ((PRIVATE_DB)); then
  export OPE_DB_HOST=127.0.0.1
  ope_db_start "$OPE_VAR" "$OPE_DB_PORT"
  ope_db_setup "$OPE_VAR"
fi

# The key of the initial passwords, outside the database (README "Personal data").
ope_secret_file "$OPE_VAR"
# The demo (password "demo") only ever goes into run.sh's own database.
if ((PRIVATE_DB)); then ope_app_prepare demo; else ope_app_prepare; fi
ope_refuse_demo_beyond_loopback "$HTTP_BIND"
ope_app_start "$OPE_VAR/logs/app.log"
# The mail worker: SMTP when OPE_SMTP_HOST is set, otherwise .eml files in var/mails.
export OPE_MAIL_DIR="${OPE_MAIL_DIR:-$OPE_VAR/mails}"
[[ "$OPE_MAIL_DIR" == "$OPE_VAR/mails" ]] && ope_private_dir "$OPE_MAIL_DIR" "$OPE_USER"
ope_start_service "envoi des courriels" "$OPE_VAR/logs/mail.log" "${OPE_RUN_AS[@]}" "$OPE_BIN" courriels
ope_nginx_start "$OPE_VAR" "$HTTP_BIND:$OPE_PORT" "$OPE_LISTEN" on
ope_wait_url "http://127.0.0.1:$OPE_PORT/sante" 60

demo_ouverts="$(ope_bin comptes-demo 2>/dev/null || true)"
cat <<EOF

Site prêt : http://127.0.0.1:$OPE_PORT
$(if [[ "$demo_ouverts" == *:* ]]; then echo "Démonstration :${demo_ouverts#*:} — mot de passe des comptes du personnel : demo"; fi)
Journaux : $OPE_VAR/logs/app.log, $OPE_VAR/nginx/logs/error.log
Ctrl-C pour tout arrêter (les données restent dans $OPE_VAR).

EOF

# Stay in the foreground; if any process dies, stop the others and fail.
ope_wait_services
exit 1
