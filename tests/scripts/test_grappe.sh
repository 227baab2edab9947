#!/usr/bin/env bash
# The app on a three-node Galera cluster (scripts/cluster.sh), as README's
# "Several app servers" describes it: two `ope serve`, the first on node 1 and
# the second on node 2 (OPE_DB_HOST lists the three nodes, each instance's own
# first), behind one nginx upstream. Then the binary given as argument
# (tests/grappe/test_grappe.cpp) sends the load test's mixed writes through both,
# SIGKILLs node 2 mid-way and restarts it, and checks every rule and every
# acknowledged write on each node.
#
# Skipped (77) unless OPE_TEST_CLUSTER=1, and outside scripts/test.sh (it needs
# OPE_TEST_VAR and OPE_TEST_BIN). Everything lives in $OPE_TEST_VAR/grappe and
# is stopped on exit, also on failure. Ports: nginx OPE_TEST_GRAPPE_PORT, the
# two instances OPE_TEST_GRAPPE_APP_PORT and the next one (scripts/test.sh
# derives them from its own), the nodes OPE_CLUSTER_PORT and
# OPE_CLUSTER_GALERA_PORT as for scripts/cluster.sh.
set -uo pipefail
[[ "${OPE_TEST_CLUSTER:-0}" == 1 ]] || { echo "OPE_TEST_CLUSTER=1 not set: skipped"; exit 77; }
[[ -n "${OPE_TEST_VAR:-}" && -n "${OPE_TEST_BIN:-}" ]] || { echo "run through scripts/test.sh: skipped"; exit 77; }
BINARY="${1:?usage: test_grappe.sh TEST_BINARY}"
cd "$(dirname "$0")/../.." || exit 1
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

VAR="$OPE_TEST_VAR/grappe"
HTTP_PORT="${OPE_TEST_GRAPPE_PORT:-18081}"
APP_PORT="${OPE_TEST_GRAPPE_APP_PORT:-19083}"
CLUSTER=scripts/cluster.sh
rm -rf "$VAR"
mkdir -p "$VAR/logs"
export OPE_CLUSTER_DIR="$VAR/cluster"
# A node that does not sync fails the test well before CTest's TIMEOUT.
export OPE_CLUSTER_TIMEOUT="${OPE_CLUSTER_TIMEOUT:-120}"
# How long a killed node holds up the others' commits: Galera's default
# (evs.suspect_timeout PT5S) unless OPE_CLUSTER_PROVIDER_OPTIONS says otherwise.
ope_require_free_port "$HTTP_PORT" "nginx de la grappe" OPE_TEST_GRAPPE_PORT
ope_require_free_port "$APP_PORT" "1re instance de la grappe" OPE_TEST_GRAPPE_APP_PORT
ope_require_free_port "$((APP_PORT + 1))" "2e instance de la grappe" OPE_TEST_GRAPPE_APP_PORT

finish() {
  local status=$?
  # The apps and nginx (lib.sh's services), then the nodes.
  ope_cleanup
  $CLUSTER stop >/dev/null 2>&1
  if ((status != 0 && status != 77)); then
    for log in "$VAR"/logs/app*.log "$VAR/nginx/logs/error.log" "$OPE_CLUSTER_DIR"/node?/mariadb.log "$VAR/logs/cluster.log"; do
      ope_show_log "$log" 30
    done
  fi
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# If CTest kills this script (TIMEOUT: SIGKILL, no trap), the nodes stop anyway.
$CLUSTER watch $$

t0=$SECONDS
$CLUSTER start >"$VAR/logs/cluster.log" 2>&1 || { echo "FAIL: scripts/cluster.sh start"; exit 1; }
echo "cluster started in $((SECONDS - t0)) s"
eval "$($CLUSTER env)"
read -r -a node_ports <<<"$OPE_CLUSTER_PORTS"
node() { printf '127.0.0.1:%s' "${node_ports[$1 - 1]}"; }
export OPE_DB_HOST OPE_DB_PORT OPE_DB_NAME OPE_DB_USER OPE_DB_PASSWORD OPE_CLUSTER_PORTS
OPE_DB_HOST="$(node 1),$(node 2),$(node 3)"

OPE_BIN="$OPE_TEST_BIN"
export OPE_MAIL_DIR="$VAR/mails" OPE_SITE_URL="http://127.0.0.1:$HTTP_PORT"
ope_app_prepare demo >"$VAR/logs/migrate.log" 2>&1 || { ope_show_log "$VAR/logs/migrate.log"; exit 1; }
# Each instance prefers its own node; the others follow in turn.
OPE_DB_HOST="$(node 1),$(node 2),$(node 3)" ope_app_start "$VAR/logs/app1.log" "127.0.0.1:$APP_PORT" grappe-1
OPE_DB_HOST="$(node 2),$(node 3),$(node 1)" ope_app_start "$VAR/logs/app2.log" "127.0.0.1:$((APP_PORT + 1))" grappe-2
ope_nginx_start "$VAR" "127.0.0.1:$HTTP_PORT" "127.0.0.1:$APP_PORT 127.0.0.1:$((APP_PORT + 1))" off
ope_wait_url "http://127.0.0.1:$HTTP_PORT/sante" 60

export OPE_TEST_URL="http://127.0.0.1:$HTTP_PORT"
export OPE_TEST_DB_HOST=127.0.0.1 OPE_TEST_DB_PORT="${node_ports[0]}"
export OPE_TEST_DB_NAME="$OPE_DB_NAME" OPE_TEST_DB_USER="$OPE_DB_USER" OPE_TEST_DB_PASSWORD="$OPE_DB_PASSWORD"
export OPE_TEST_CLUSTER_SCRIPT="$PWD/$CLUSTER" OPE_TEST_GRAPPE_LOG="$VAR/logs/cluster.log"
t1=$SECONDS
"$BINARY" --log_level=message
status=$?
echo "tests took $((SECONDS - t1)) s, $((SECONDS - t0)) s in all"
# Who failed over where, and when (the apps' logs).
grep -h "database" "$VAR"/logs/app*.log | sed 's/^/  /' | head -n 40
exit "$status"
