#!/usr/bin/env bash
# Backup and restore: scripts/backup.sh dumps the test database, scripts/restore.sh
# loads it into a fresh database, and that database must hold exactly what was
# backed up: dumped the same way, it gives the same dump, byte for byte; and
# every table has the same rows (count and CHECKSUM TABLE) as the dump's source
# had (compared right after the dump, while nothing else writes). Run by CTest
# under scripts/test.sh, which creates the empty database OPE_TEST_RESTORE_DB.
set -uo pipefail
[[ -n "${OPE_TEST_URL:-}" && -n "${OPE_TEST_RESTORE_DB:-}" ]] || { echo "needs scripts/test.sh: skipped"; exit 77; }
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

export OPE_DB_HOST="$OPE_TEST_DB_HOST" OPE_DB_PORT="$OPE_TEST_DB_PORT" OPE_DB_NAME="$OPE_TEST_DB_NAME"
export OPE_DB_USER="$OPE_TEST_DB_USER" OPE_DB_PASSWORD="$OPE_TEST_DB_PASSWORD"
dump="$OPE_TEST_VAR/sauvegarde.sql.gz"
passed=0 failed=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}"; then passed=$((passed + 1)); else echo "FAIL: $1"; failed=$((failed + 1)); fi
}

check "backup.sh writes a dump" ./scripts/backup.sh "$dump"
check "the dump is not world-readable" test "$(stat -c %a "$dump")" = 600
check "restore.sh loads it into a fresh database" ./scripts/restore.sh "$dump" "$OPE_TEST_RESTORE_DB"

sql() { ope_with_db_options mariadb -N -B "$@"; }
# (Comment lines name the database: they are the only expected difference.)
sans_commentaires() { gzip -dc "$1" | grep -v '^-- '; }
OPE_DB_NAME="$OPE_TEST_RESTORE_DB" ./scripts/backup.sh "$OPE_TEST_VAR/restauree.sql.gz" >/dev/null
check "the restored database dumps to the same bytes" \
  cmp -s <(sans_commentaires "$dump") <(sans_commentaires "$OPE_TEST_VAR/restauree.sql.gz")
tables="$(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$OPE_DB_NAME' ORDER BY 1")"
check "the database has tables" test -n "$tables"
for t in $tables; do
  for db in "$OPE_DB_NAME" "$OPE_TEST_RESTORE_DB"; do
    printf '%s ' "$(sql -e "SELECT COUNT(*) FROM \`$db\`.\`$t\`")" "$(sql -e "CHECKSUM TABLE \`$db\`.\`$t\`" | cut -f2)"
    echo
  done >"$OPE_TEST_VAR/compare-$t"
  check "table $t restored identically" test "$(sed -n 1p "$OPE_TEST_VAR/compare-$t")" = "$(sed -n 2p "$OPE_TEST_VAR/compare-$t")"
done
# The documents' bytes survive (they live in the database).
check "document contents identical" test \
  "$(sql -e "SELECT COALESCE(SUM(CRC32(contenu)), 0) FROM \`$OPE_DB_NAME\`.document")" = \
  "$(sql -e "SELECT COALESCE(SUM(CRC32(contenu)), 0) FROM \`$OPE_TEST_RESTORE_DB\`.document")"

# Secrets at rest (issue 15): the backup holds the initial passwords sealed only,
# and not the key that opens them (OPE_SECRET_FILE, outside the database).
initiaux() { sql -e "SELECT COUNT(*) FROM \`$OPE_TEST_RESTORE_DB\`.utilisateur WHERE $1"; }
check "the backup holds initial passwords, sealed" test "$(initiaux "mot_de_passe_initial LIKE 's1:%'")" -gt 0
check "and none readable" test "$(initiaux "mot_de_passe_initial IS NOT NULL AND mot_de_passe_initial NOT LIKE 's1:%'")" = 0
check "not the demo's readable initial passwords" \
  bash -c "! gzip -dc '$dump' | grep -q -e Bienvenue-7Kq2 -e Bienvenue-3Hx9 -e Bienvenue-8Rw4 -e Bienvenue-5Tm6"
if [[ -r "${OPE_SECRET_FILE:-}" ]]; then
  check "not the key" bash -c "! gzip -dc '$dump' | grep -qi -e '$(cat "$OPE_SECRET_FILE")'"
fi

# The dump drops and recreates its tables: a database that has tables is refused
# unless --force, and nothing in it changes. Without a database named, the target
# is the live one (OPE_DB_NAME), refused the same way.
sql -e "INSERT INTO \`$OPE_TEST_RESTORE_DB\`.journal (action, objet, detail) VALUES ('marque', 'restauration', 'ajoutée après')"
marque() { sql -e "SELECT COUNT(*) FROM \`$OPE_TEST_RESTORE_DB\`.journal WHERE action = 'marque'"; }
check "restore.sh refuses a database that has tables" \
  bash -c "! ./scripts/restore.sh '$dump' '$OPE_TEST_RESTORE_DB' 2>'$OPE_TEST_VAR/refus.txt'"
check "saying why and how" grep -q -- "--force" "$OPE_TEST_VAR/refus.txt"
check "the refused database is untouched" test "$(marque)" = 1
sql -e "INSERT INTO \`$OPE_DB_NAME\`.journal (action, objet, detail) VALUES ('marque', 'restauration', 'base vivante')"
check "without a database named, the live one is refused" bash -c "! ./scripts/restore.sh '$dump' 2>/dev/null"
check "and left as it was" \
  test "$(sql -e "SELECT COUNT(*) FROM \`$OPE_DB_NAME\`.journal WHERE action = 'marque' AND detail = 'base vivante'")" = 1
sql -e "DELETE FROM \`$OPE_DB_NAME\`.journal WHERE action = 'marque'"
check "with --force it is replaced" ./scripts/restore.sh --force "$dump" "$OPE_TEST_RESTORE_DB"
check "by the dump's rows" test "$(marque)" = 0

# A password with "#", "\\", quotes and spaces (at the end too) reaches the server whole
# through the option file of backup.sh and restore.sh.
if [[ -n "${OPE_TEST_DB_SOCKET:-}" ]]; then
  motdepasse='p#a\ss "w'"'"'o rd '
  litteral="${motdepasse//\\/\\\\}"
  litteral="${litteral//\'/\\\'}"
  mariadb --no-defaults --socket="$OPE_TEST_DB_SOCKET" -e "
    DROP USER IF EXISTS 'ope_mdp'@'127.0.0.1';
    CREATE USER 'ope_mdp'@'127.0.0.1' IDENTIFIED BY '$litteral';
    GRANT ALL PRIVILEGES ON \`$OPE_DB_NAME\`.* TO 'ope_mdp'@'127.0.0.1';"
  check "backup.sh with that password" \
    env OPE_DB_USER=ope_mdp OPE_DB_PASSWORD="$motdepasse" ./scripts/backup.sh "$OPE_TEST_VAR/mot-de-passe.sql.gz"
  check "a dump was written" test -s "$OPE_TEST_VAR/mot-de-passe.sql.gz"
  check "a wrong password is still refused" \
    bash -c "! OPE_DB_USER=ope_mdp OPE_DB_PASSWORD='p' ./scripts/backup.sh '$OPE_TEST_VAR/faux.sql.gz' 2>/dev/null"
  mariadb --no-defaults --socket="$OPE_TEST_DB_SOCKET" -e "DROP USER 'ope_mdp'@'127.0.0.1'"
fi

echo "$passed passed, $failed failed"
((failed == 0))
