#!/usr/bin/env bash
# The test stack runs as run.sh does (scripts/lib.sh): started as root, nothing
# but nginx's master runs as root. `ope serve` and nginx's workers run as the
# system user `ope`, MariaDB as `mysql`, each one's folder is its own, and the
# logs and the database password are mode 600 (they were all root and 644).
set -uo pipefail
[[ -n "${OPE_TEST_URL:-}" && -n "${OPE_TEST_APP_PIDS:-}" && -n "${OPE_TEST_VAR:-}" ]] ||
  { echo "needs scripts/test.sh: skipped"; exit 77; }
((EUID == 0)) || { echo "not root: the services run as the caller; skipped"; exit 77; }
[[ "${OPE_UNPRIVILEGED:-0}" == 1 ]] ||
  { echo "the checkout is out of reach of the users ope and mysql (see test.sh's warning): skipped"; exit 77; }
passed=0 failed=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}"; then passed=$((passed + 1)); else echo "FAIL: $1"; failed=$((failed + 1)); fi
}
user_of() { ps -o user= -p "$1" | tr -d ' '; }
mode_of() { stat -c %a "$1"; }
owner_of() { stat -c %U "$1"; }

vivantes=0
for pid in $OPE_TEST_APP_PIDS; do
  [[ -d "/proc/$pid" ]] || continue  # test_instances kills the second one
  vivantes=$((vivantes + 1))
  check "ope serve ($pid) runs as ope, not $(user_of "$pid")" test "$(user_of "$pid")" = ope
done
check "an ope serve is running" test "$vivantes" -gt 0
master="$(cat "$OPE_TEST_VAR/nginx/nginx.pid")"
check "nginx's master runs as root (it binds the port, opens the logs)" test "$(user_of "$master")" = root
workers="$(pgrep -P "$master")"
check "nginx has workers" test -n "$workers"
for pid in $workers; do
  check "nginx worker $pid runs as ope, not $(user_of "$pid")" test "$(user_of "$pid")" = ope
done
mariadbd="$(cat "$OPE_TEST_VAR/mariadb/mariadb.pid")"
check "mariadbd runs as mysql, not $(user_of "$mariadbd")" test "$(user_of "$mariadbd")" = mysql
check "MariaDB's folder belongs to mysql" test "$(owner_of "$OPE_TEST_VAR/mariadb/data")" = mysql
check "and is private (700)" test "$(mode_of "$OPE_TEST_VAR/mariadb")" = 700
check "nginx's upload buffers belong to ope" test "$(owner_of "$OPE_TEST_VAR/nginx/tmp/client_body")" = ope

check "the data folder is not listable (711)" test "$(mode_of "$OPE_TEST_VAR")" = 711
check "the database password is private" test "$(mode_of "$OPE_TEST_VAR/db.env")" = 600
logs=("$OPE_TEST_VAR"/logs/*.log)
check "there are logs" test "${#logs[@]}" -gt 3
for log in "${logs[@]}"; do
  check "$(basename "$log") is private ($(mode_of "$log"))" test "$(mode_of "$log")" = 600
done
check "no file of the data folder is readable by others" \
  test -z "$(find "$OPE_TEST_VAR" -maxdepth 2 -type f -perm /004 -not -path '*/maildir*' -print -quit)"

echo "$passed passed, $failed failed"
((failed == 0))
