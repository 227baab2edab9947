#!/usr/bin/env bash
# scripts/run.sh as the README says, on ports of its own (OPE_TEST_RUN_*), each
# time with a clean environment and its own var dir:
#  1. OPE_DB_HOST names an existing, empty database: it is migrated and never
#     given the demo accounts (password "demo"); with no demo account, listening
#     on every interface is allowed.
#  2. run.sh's private database with OPE_HTTP_BIND=0.0.0.0: the demo is loaded
#     there, so run.sh refuses to listen beyond loopback, and stops what it started.
#  3. The same var dir on loopback: the site answers, the demo accounts log in,
#     and SIGTERM (Ctrl-C) stops everything.
set -uo pipefail
[[ -n "${OPE_TEST_URL:-}" && -n "${OPE_TEST_RUN_PORT:-}" && -n "${OPE_TEST_DB_SOCKET:-}" ]] ||
  { echo "needs scripts/test.sh: skipped"; exit 77; }
cd "$(dirname "$0")/../.." || exit 1
tmp="$OPE_TEST_VAR/run"
rm -rf "$tmp"
mkdir -p "$tmp"
chmod 711 "$tmp"  # run.sh's services (users ope and mysql) must reach their folders
passed=0 failed=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}"; then passed=$((passed + 1)); else echo "FAIL: $1"; failed=$((failed + 1)); fi
}
root_sql() { mariadb --no-defaults --socket="$OPE_TEST_DB_SOCKET" -N -B -e "$1"; }
listening() { ss -ltnH "sport = :$1" | grep -q .; }
http="http://127.0.0.1:$OPE_TEST_RUN_PORT"

RUN_PID=""
# lancer VAR_DIR OUTPUT VAR=VALUE...: run.sh in the background with only these
# settings (nothing of the test stack's environment), data in $tmp/VAR_DIR, its
# output in $tmp/OUTPUT.out.
lancer() {
  local var="$1" name="$2"
  shift 2
  env -i PATH="$PATH" HOME="${HOME:-/root}" LANG=C.UTF-8 \
    OPE_PORT="$OPE_TEST_RUN_PORT" OPE_APP_PORT="$OPE_TEST_RUN_APP_PORT" OPE_BUILD_DIR="$OPE_TEST_BUILD_DIR" \
    OPE_VAR_DIR="$tmp/$var" "$@" ./scripts/run.sh >"$tmp/$name.out" 2>&1 &
  RUN_PID=$!
}
# Waits until run.sh says the site is ready (0), or ends (1), at most 180 s.
attendre_site() {
  local out="$tmp/$1.out" start=$SECONDS
  while ((SECONDS - start < 180)); do
    kill -0 "$RUN_PID" 2>/dev/null || return 1
    grep -q "Ctrl-C pour tout arrêter" "$out" 2>/dev/null && curl -fsS -o /dev/null -m 2 "$http/sante" && return 0
    sleep 0.5
  done
  return 1
}
# Stops run.sh as Ctrl-C would; 0 when it ended within 90 s.
arreter() {
  kill -TERM "$RUN_PID" 2>/dev/null
  local start=$SECONDS
  while kill -0 "$RUN_PID" 2>/dev/null; do
    if ((SECONDS - start > 90)); then
      kill -KILL "$RUN_PID" 2>/dev/null
      return 1
    fi
    sleep 0.2
  done
  wait "$RUN_PID" 2>/dev/null
  return 0
}
# Everything run.sh started is gone: nothing listens on its ports.
tout_arrete() {
  ! listening "$OPE_TEST_RUN_PORT" && ! listening "$OPE_TEST_RUN_APP_PORT" && ! listening "$OPE_TEST_RUN_DB_PORT"
}
montrer() { echo "--- $1:"; tail -n 25 "$tmp/$1.out"; }
trap '[[ -n "$RUN_PID" ]] && kill -TERM "$RUN_PID" 2>/dev/null' EXIT

# 1. An existing database named by OPE_DB_HOST.
lancer externe externe OPE_DB_HOST=127.0.0.1 OPE_DB_PORT="$OPE_TEST_DB_PORT" OPE_DB_NAME="$OPE_TEST_EXTERNAL_DB" \
  OPE_DB_USER="$OPE_TEST_DB_USER" OPE_DB_PASSWORD="$OPE_TEST_DB_PASSWORD" OPE_HTTP_BIND=0.0.0.0
if attendre_site externe; then
  passed=$((passed + 1))
  check "the external database was migrated" \
    test "$(root_sql "SELECT COUNT(*) FROM \`$OPE_TEST_EXTERNAL_DB\`.schema_migrations")" -gt 0
  check "and given no account (no demo)" \
    test "$(root_sql "SELECT COUNT(*) FROM \`$OPE_TEST_EXTERNAL_DB\`.utilisateur")" = 0
  check "without demo accounts, nginx may listen on every interface" \
    bash -c "ss -ltnH 'sport = :$OPE_TEST_RUN_PORT' | grep -q '0.0.0.0:$OPE_TEST_RUN_PORT'"
else
  echo "FAIL: run.sh with OPE_DB_HOST did not start"
  failed=$((failed + 1))
  montrer externe
fi
check "SIGTERM stops run.sh (external database)" arreter
check "and everything it started" tout_arrete

# 2. Its private database, to be listened for on every interface.
lancer prive prive-partout OPE_DB_PORT="$OPE_TEST_RUN_DB_PORT" OPE_HTTP_BIND=0.0.0.0
if attendre_site prive-partout; then
  echo "FAIL: run.sh listens on 0.0.0.0 with the demo accounts"
  failed=$((failed + 1))
  arreter
else
  wait "$RUN_PID" 2>/dev/null
  status=$?
  check "run.sh refuses (exit status $status)" test "$status" -ne 0
  check "saying why" grep -q "refus d'écouter sur 0.0.0.0" "$tmp/prive-partout.out"
  check "naming the demo accounts" grep -q "responsable" "$tmp/prive-partout.out"
  ((failed == 0)) || montrer prive-partout
fi
check "nothing is left running" tout_arrete

# 3. The same data on loopback (the default): the site of the README.
lancer prive prive-boucle OPE_DB_PORT="$OPE_TEST_RUN_DB_PORT"
if attendre_site prive-boucle; then
  passed=$((passed + 1))
  check "the banner names the demo accounts" grep -q "Démonstration : responsable" "$tmp/prive-boucle.out"
  jar="$tmp/cookies"
  csrf="$(curl -s -c "$jar" -b "$jar" "$http/connexion" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -n 1)"
  code="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "csrf=$csrf" \
    --data-urlencode "login=responsable" --data-urlencode "mot_de_passe=demo" "$http/connexion")"
  check "responsable / demo logs in (303)" test "$code" = 303
  check "nginx listens on loopback only" \
    bash -c "! ss -ltnH 'sport = :$OPE_TEST_RUN_PORT' | grep -q '0.0.0.0:$OPE_TEST_RUN_PORT'"
  # Started as root, nothing runs as root but nginx's master; the files are private
  # (unless the checkout is out of the service users' reach: test.sh warned then).
  [[ "${OPE_UNPRIVILEGED:-0}" == 1 ]] || echo "the services run as root here: their users are not checked"
  user_of() { ps -o user= -p "$1" | tr -d ' '; }
  pids_on() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u; }
  check_priv() { [[ "${OPE_UNPRIVILEGED:-0}" == 1 ]] && check "$@"; }
  for pid in $(pids_on "$OPE_TEST_RUN_APP_PORT"); do check_priv "ope serve runs as ope" test "$(user_of "$pid")" = ope; done
  nginx_users="$(for pid in $(pids_on "$OPE_TEST_RUN_PORT"); do user_of "$pid"; done | sort | uniq -c | tr -s ' ')"
  check_priv "nginx: the master as root, the workers as ope ($nginx_users)" \
    bash -c "grep -q ' 1 root' <<<'$nginx_users' && grep -q ' ope' <<<'$nginx_users' && test \$(wc -l <<<'$nginx_users') = 2"
  check_priv "mariadbd runs as mysql" test "$(user_of "$(cat "$tmp/prive/mariadb/mariadb.pid")")" = mysql
  worker="$(pgrep -f "^$OPE_TEST_BUILD_DIR/ope courriels" | head -n 1)"
  check_priv "the mail worker runs as ope" test -n "$worker" -a "$(user_of "${worker:-0}")" = ope
  check_priv "the mails folder is ope's and private" test "$(stat -c '%U %a' "$tmp/prive/mails")" = "ope 700"
  check "the logs are private" test -z "$(find "$tmp/prive/logs" -type f -perm /077)"
else
  echo "FAIL: run.sh did not start on loopback"
  failed=$((failed + 1))
  montrer prive-boucle
fi
check "SIGTERM stops run.sh (private database)" arreter
check "and everything it started, MariaDB included" tout_arrete
RUN_PID=""

echo "$passed passed, $failed failed"
((failed == 0))
