#!/usr/bin/env bash
# Runs every test against the real stack: the same set-up as run.sh, but on
# its own ports and with a throwaway database (var/test, recreated each run),
# plus an SMTP sink writing into a Maildir. Ends with CTest's summary; the
# exit status is CTest's (0 only when every test passed).
#
#   ./scripts/test.sh              every test
#   ./scripts/test.sh -R unit_     extra arguments go to ctest
#   ./scripts/test.sh --long       also the long suite (OPE_TEST_LONG=1)
#   OPE_TEST_SKIP_FUZZ=1 ./scripts/test.sh   without the sanitizer and fuzzing runs
#
# Ports: nginx 18080, app 19080 and 19081 (two instances), MariaDB 13307, SMTP 12525 (override with
# OPE_TEST_PORT, OPE_TEST_APP_PORT, OPE_TEST_DB_PORT, OPE_TEST_SMTP_PORT). Tests that start
# their own servers use ports derived from those: the accept-error test's instance
# OPE_TEST_APP_PORT+2; the Galera tests (CTest label cluster; OPE_TEST_CLUSTER=0 skips
# them) nginx OPE_TEST_PORT+1, two app instances OPE_TEST_APP_PORT+3 and +4, the three
# nodes' clients OPE_TEST_DB_PORT+3 to +5 (OPE_CLUSTER_PORT), and Galera's own
# OPE_CLUSTER_GALERA_PORT (14567) to +22 (see scripts/cluster.sh); the slow SMTP sink
# OPE_TEST_SMTP_PORT+1; scripts/run.sh's own test nginx OPE_TEST_PORT+2, app
# OPE_TEST_APP_PORT+5, MariaDB OPE_TEST_DB_PORT+1.
# OPE_BUILD_DIR and OPE_VAR_DIR are honoured as in run.sh (data in $OPE_VAR_DIR/test).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

CTEST_ARGS=()
unset OPE_TEST_LONG
for arg in "$@"; do
  case "$arg" in
    --long) export OPE_TEST_LONG=1 ;;
    *) CTEST_ARGS+=("$arg") ;;
  esac
done

OPE_BUILD="$(ope_abs_path "${OPE_BUILD_DIR:-build}")"
TEST_VAR="$(ope_abs_path "${OPE_VAR_DIR:-var}")/test"
HTTP_PORT="${OPE_TEST_PORT:-18080}"
APP_PORT="${OPE_TEST_APP_PORT:-19080}"
DB_PORT="${OPE_TEST_DB_PORT:-13307}"
SMTP_PORT="${OPE_TEST_SMTP_PORT:-12525}"

ope_install_packages "${OPE_PACKAGES[@]}" "${OPE_TEST_PACKAGES[@]}"

# Checked before var/test is wiped: a busy port may be another test run.
ope_require_free_port "$HTTP_PORT" "nginx de test" OPE_TEST_PORT
ope_require_free_port "$APP_PORT" "application de test" OPE_TEST_APP_PORT
APP_PORT2="$((APP_PORT + 1))"
ope_require_free_port "$APP_PORT2" "2e instance de test" OPE_TEST_APP_PORT
# A third `ope serve`, started by tests/integration/test_descripteurs.cpp itself.
APP_PORT3="$((APP_PORT + 2))"
ope_require_free_port "$APP_PORT3" "3e instance de test" OPE_TEST_APP_PORT
ope_require_free_port "$DB_PORT" "MariaDB de test" OPE_TEST_DB_PORT
ope_require_free_port "$SMTP_PORT" "SMTP de test" OPE_TEST_SMTP_PORT
SLOW_SMTP_PORT="$((SMTP_PORT + 1))"
ope_require_free_port "$SLOW_SMTP_PORT" "SMTP lent de test" OPE_TEST_SMTP_PORT
# scripts/run.sh itself, run by tests/scripts/test_run.sh on ports of its own.
RUN_HTTP_PORT="$((HTTP_PORT + 2))" RUN_APP_PORT="$((APP_PORT + 5))" RUN_DB_PORT="$((DB_PORT + 1))"
ope_require_free_port "$RUN_HTTP_PORT" "nginx de run.sh (test)" OPE_TEST_PORT
ope_require_free_port "$RUN_APP_PORT" "application de run.sh (test)" OPE_TEST_APP_PORT
ope_require_free_port "$RUN_DB_PORT" "MariaDB de run.sh (test)" OPE_TEST_DB_PORT
# The Galera cluster's tests (tests/scripts/test_cluster.sh, test_grappe.sh): their
# nodes' ports are checked by scripts/cluster.sh when they start.
export OPE_TEST_CLUSTER="${OPE_TEST_CLUSTER:-1}"
export OPE_CLUSTER_PORT="${OPE_CLUSTER_PORT:-$((DB_PORT + 3))}"
export OPE_TEST_GRAPPE_PORT="$((HTTP_PORT + 1))" OPE_TEST_GRAPPE_APP_PORT="$((APP_PORT + 3))"
if [[ "$OPE_TEST_CLUSTER" == 1 ]]; then
  ope_require_free_port "$OPE_TEST_GRAPPE_PORT" "nginx de la grappe de test" OPE_TEST_PORT
  ope_require_free_port "$OPE_TEST_GRAPPE_APP_PORT" "1re instance de la grappe de test" OPE_TEST_APP_PORT
  ope_require_free_port "$((OPE_TEST_GRAPPE_APP_PORT + 1))" "2e instance de la grappe de test" OPE_TEST_APP_PORT
fi

ope_build
# Unit tests under AddressSanitizer and UndefinedBehaviorSanitizer, then every
# libFuzzer target for FUZZ_SECONDS (20) each; any report fails the run.
# (OPE_TEST_SKIP_FUZZ=1 skips both, for a quick local run; CI never sets it.)
if [[ "${OPE_TEST_SKIP_FUZZ:-0}" != 1 ]]; then
  scripts/sanitizers.sh
  scripts/fuzz.sh
fi

ope_service_users "$(dirname "$TEST_VAR")"
rm -rf "$TEST_VAR"
# As run.sh: services as unprivileged users, private files (tests/scripts/test_privileges.sh).
umask 077
mkdir -p "$(dirname "$TEST_VAR")"
chmod 711 "$(dirname "$TEST_VAR")"
ope_var_dir "$TEST_VAR"
mkdir -p "$TEST_VAR"/maildir/{cur,new,tmp} "$TEST_VAR"/maildir-lent/{cur,new,tmp}
ope_install_traps

# The test stack never uses the caller's database, mail server or addresses.
export OPE_PORT="$HTTP_PORT"
export OPE_LISTEN="127.0.0.1:$APP_PORT"
export OPE_SITE_URL="http://127.0.0.1:$HTTP_PORT"
export OPE_COOKIE_SECURE=0
# The tests connect from here and play a TLS proxy in front of nginx: they name the
# client in X-Forwarded-For (tests/integration/test_connexion.cpp).
export OPE_TRUSTED_PROXIES="127.0.0.1 ::1"
# Each response says how many SQL statements it ran (tests/integration/test_requetes.cpp).
export OPE_DEBUG_SQL=1
export OPE_DB_HOST=127.0.0.1 OPE_DB_PORT="$DB_PORT" OPE_DB_NAME=ope OPE_DB_USER=ope
export OPE_SMTP_HOST=127.0.0.1 OPE_SMTP_PORT="$SMTP_PORT" OPE_SMTP_STARTTLS=0
export OPE_SMTP_USER="" OPE_SMTP_PASSWORD="" OPE_MAIL_FROM="ope-test@localhost"

# MariaDB writes a prepared statement's values into its general log only when the log
# was on as it was prepared: on from the start (restarts included: test_panne_base.cpp
# restarts the server with OPE_DB_COMMAND), written nowhere (log_output NONE) but
# while tests/scripts/test_plans.sh reads the statements of a page.
OPE_DB_EXTRA_ARGS="--general-log=1 --log-output=NONE" ope_db_start "$TEST_VAR" "$DB_PORT"
ope_db_setup "$TEST_VAR"
# An empty database for the restore test (tests/scripts/test_sauvegarde.sh).
export OPE_TEST_RESTORE_DB=ope_restauration
printf '%s\n' "CREATE DATABASE \`$OPE_TEST_RESTORE_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;" \
  "GRANT ALL PRIVILEGES ON \`$OPE_TEST_RESTORE_DB\`.* TO '$OPE_DB_USER'@'127.0.0.1';" | ope_db_root_sql

# An empty database named to run.sh by OPE_DB_HOST (tests/scripts/test_run.sh).
export OPE_TEST_EXTERNAL_DB=ope_externe
printf '%s\n' "CREATE DATABASE \`$OPE_TEST_EXTERNAL_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;" \
  "GRANT ALL PRIVILEGES ON \`$OPE_TEST_EXTERNAL_DB\`.* TO '$OPE_DB_USER'@'127.0.0.1';" | ope_db_root_sql
export OPE_TEST_RUN_PORT="$RUN_HTTP_PORT" OPE_TEST_RUN_APP_PORT="$RUN_APP_PORT" OPE_TEST_RUN_DB_PORT="$RUN_DB_PORT"
export OPE_TEST_BUILD_DIR="$OPE_BUILD"

# Debian's python3 (another one on PATH may lack aiosmtpd).
ope_start_service "SMTP (aiosmtpd)" "$TEST_VAR/logs/smtp.log" \
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" \
  -c aiosmtpd.handlers.Mailbox "$TEST_VAR/maildir"

# A slow one (1.2 s a message; one that hangs for "tres-lent" addresses), for the
# claims of the mail workers (tests/integration/test_envois.cpp).
ope_start_service "SMTP lent" "$TEST_VAR/logs/smtp-lent.log" \
  /usr/bin/python3 tests/integration/support/smtp_lent.py "127.0.0.1:$SLOW_SMTP_PORT" "$TEST_VAR/maildir-lent" 1.2

ope_secret_file "$TEST_VAR"
ope_app_prepare demo
# Two instances behind one nginx upstream, as on several machines: a user logged in
# through one is served by the other (tests/integration/test_instances.cpp).
ope_app_start "$TEST_VAR/logs/app.log" "$OPE_LISTEN" instance-1
ope_app_start "$TEST_VAR/logs/app2.log" "127.0.0.1:$APP_PORT2" instance-2
export OPE_TEST_APP2_PID="${OPE_SVC_PIDS[-1]}" OPE_TEST_APP2="127.0.0.1:$APP_PORT2"
export OPE_TEST_APP3="127.0.0.1:$APP_PORT3"
# Both instances, for the tests that read their memory (tests/integration/test_memoire.cpp).
export OPE_TEST_APP_PIDS="${OPE_SVC_PIDS[-2]} ${OPE_SVC_PIDS[-1]}"
# No mail worker here: the mail tests start their own `ope courriels` (first
# against a closed port, a mail server that is down, then against the sink).
export OPE_MAIL_RETRY=1 OPE_MAIL_DIR="$TEST_VAR/mails"
ope_nginx_start "$TEST_VAR" "127.0.0.1:$HTTP_PORT" "$OPE_LISTEN 127.0.0.1:$APP_PORT2" off
ope_wait_url "http://127.0.0.1:$HTTP_PORT/sante" 60
until ope_port_in_use "$SMTP_PORT" && ope_port_in_use "$SLOW_SMTP_PORT"; do
  ope_check_services
  sleep 0.1
done

export OPE_TEST_URL="http://127.0.0.1:$HTTP_PORT"
export OPE_TEST_DB_HOST="$OPE_DB_HOST" OPE_TEST_DB_PORT="$OPE_DB_PORT"
export OPE_TEST_DB_NAME="$OPE_DB_NAME" OPE_TEST_DB_USER="$OPE_DB_USER"
export OPE_TEST_DB_PASSWORD="$OPE_DB_PASSWORD"
export OPE_TEST_MAILDIR="$TEST_VAR/maildir"
export OPE_TEST_SLOW_SMTP_PORT="$SLOW_SMTP_PORT" OPE_TEST_SLOW_MAILDIR="$TEST_VAR/maildir-lent"
export OPE_TEST_BIN="$OPE_BIN"
export OPE_TEST_VAR="$TEST_VAR"
# Root access to the throwaway database and the command that starts it, for the
# outage tests (test_panne_base.cpp stops and restarts MariaDB).
export OPE_TEST_DB_SOCKET="$OPE_DB_SOCKET" OPE_TEST_DB_COMMAND="$OPE_DB_COMMAND"
# Here the browser test must run: missing Chromium is a failure, not a skip.
export OPE_TEST_REQUIRE_BROWSER=1

ope_say "Tests (ctest ${CTEST_ARGS[*]})"
set +e
ctest --test-dir "$OPE_BUILD" --output-on-failure --no-tests=error "${CTEST_ARGS[@]}" \
  2>&1 | tee "$TEST_VAR/ctest.log"
status=${PIPESTATUS[0]}
set -e

ope_cleanup
if ((status != 0)); then
  ope_show_log "$TEST_VAR/logs/app.log" 60
  ope_show_log "$TEST_VAR/nginx/logs/error.log" 30
  # What failed, said again near the end: a long test's output may be cut in the middle
  # by whoever shows only the head and the tail of this run (CI).
  echo
  echo "----- échecs (ctest.log) -----"
  grep -E '^(FAIL:? |not ok )|error: in "|fatal error: in "|^ +(expected|found): ' "$TEST_VAR/ctest.log" | head -n 60 || true
  # Repeat CTest's summary so that it stays the last thing printed.
  if grep -q 'tests passed' "$TEST_VAR/ctest.log"; then
    echo
    sed -n '/tests passed/,$p' "$TEST_VAR/ctest.log"
  fi
fi
exit "$status"
