#!/usr/bin/env bash
# How scripts/lib.sh stops the services of run.sh and test.sh: ope_cleanup sends
# SIGTERM and waits, and a service that died meanwhile (a test kills an app instance
# with SIGKILL on purpose) leaves no "Killed" line from the shell, which test.sh used
# to print after CTest's summary.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}"; then passed=$((passed + 1)); else echo "FAIL: $1"; failed=$((failed + 1)); fi
}

# shellcheck disable=SC2016  # expanded by the inner shell
T="$tmp" bash -c '
  source scripts/lib.sh
  ope_start_service "tué par un test" "$T/tue.log" sleep 300
  tue=${OPE_SVC_PIDS[-1]}
  ope_start_service "poli" "$T/poli.log" bash -c "trap \"echo arrêté proprement; exit 0\" TERM; while :; do sleep 0.1; done"
  sleep 0.5
  kill -KILL "$tue"
  sleep 0.5
  (ope_check_services) 2>/dev/null && echo "mort non vue"
  OPE_CLEANED=0
  ope_cleanup
  echo fin' >"$tmp/out" 2>"$tmp/err"

check "the shell printed no job report (Killed)" bash -c "! grep -qiE 'killed|tué[[:space:]]' '$tmp/err'"
check "no SIGKILL was needed" bash -c "! grep -q SIGKILL '$tmp/err'"
check "the dead service was noticed" bash -c "! grep -q 'mort non vue' '$tmp/out'"
check "the other one got SIGTERM and stopped by itself" grep -q "arrêté proprement" "$tmp/poli.log"
check "the cleanup ran to its end" grep -q '^fin$' "$tmp/out"
[[ -s "$tmp/err" ]] && { echo "--- stderr:"; cat "$tmp/err"; }

echo "$passed passed, $failed failed"
((failed == 0))
