#!/usr/bin/env bash
# The administration commands of the binary, against the test database:
# `ope creer-compte` (the way to start a real installation without the demo),
# `ope migrate` run again (nothing to do), `ope demo` on a database that has
# accounts (refused: the demo is never loaded over real data).
set -uo pipefail
[[ -n "${OPE_TEST_URL:-}" && -n "${OPE_TEST_BIN:-}" ]] || { echo "needs scripts/test.sh: skipped"; exit 77; }
passed=0 failed=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}"; then passed=$((passed + 1)); else echo "FAIL: $1"; failed=$((failed + 1)); fi
}
login="admin$(date +%s%N | tail -c 9)"

out="$(echo 'court' | "$OPE_TEST_BIN" creer-compte "$login" responsable Dupont Anne 2>&1)"; status=$?
check "a weak password is refused" test "$status" -eq 2
check "with a French reason" grep -q "10 caractères" <<<"$out"
check "a trainee account cannot be made this way" \
  bash -c "echo 'Un-mot-de-passe-2031' | '$OPE_TEST_BIN' creer-compte '$login' stagiaire Dupont Anne >/dev/null 2>&1; test \$? -eq 2"
check "a staff account is created" \
  bash -c "echo 'Un-mot-de-passe-2031' | '$OPE_TEST_BIN' creer-compte '$login' responsable 'de la tour' 'anne-marie' >/dev/null"
check "the same login twice is refused" \
  bash -c "echo 'Un-mot-de-passe-2031' | '$OPE_TEST_BIN' creer-compte '$login' tuteur X Y >/dev/null 2>&1; test \$? -eq 1"

# The new account logs in through the site.
jar="$(mktemp)"
csrf="$(curl -s -c "$jar" -b "$jar" "$OPE_TEST_URL/connexion" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -n 1)"
code="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "csrf=$csrf" \
  --data-urlencode "login=$login" --data-urlencode "mot_de_passe=Un-mot-de-passe-2031" "$OPE_TEST_URL/connexion")"
check "the account logs in (303)" test "$code" = 303
page="$(curl -s -b "$jar" "$OPE_TEST_URL/emploi/intervenants")"
check "its names are normalised (DE LA TOUR, Anne-Marie)" grep -q "DE LA TOUR" <<<"$page"
rm -f "$jar"

check "migrate again: nothing to do" bash -c "'$OPE_TEST_BIN' migrate | grep -q 'base déjà à jour'"
check "demo over existing accounts: not loaded" bash -c "'$OPE_TEST_BIN' demo | grep -q 'non chargée'"
# The demo accounts of the test database still have their demo password: listed, exit 3
# (what scripts/run.sh checks before listening beyond loopback).
out="$("$OPE_TEST_BIN" comptes-demo)"; status=$?
check "comptes-demo: exit 3 while demo passwords remain" test "$status" -eq 3
check "naming them" grep -q "responsable" <<<"$out"
check "not the accounts made here" bash -c "! grep -q '$login' <<<'$out'"
check "an unknown command: usage, exit 2" bash -c "'$OPE_TEST_BIN' inconnue >/dev/null 2>&1; test \$? -eq 2"

echo "$passed passed, $failed failed"
((failed == 0))
