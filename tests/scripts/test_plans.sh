#!/usr/bin/env bash
# What the busy pages cost MariaDB, without timing anything (issue 17):
#   * each page runs at most its number of SQL statements (X-Requetes-SQL, set by
#     OPE_DEBUG_SQL=1): a statement per row, or one more lookup, fails here;
#   * every SELECT a busy page runs (read back from MariaDB's general log, with its
#     values) is EXPLAINed as MariaDB would plan it on a site of 100 000 trainees
#     (the statistics of bench/'s data set, tests/scripts/statistiques_100000.sql,
#     loaded for the test database): no full scan of a table that grows, no full
#     index scan without a LIMIT, no filesort of more than kSortMax rows.
# The common-name search is checked with more than kCompteMax (1 000) matches, added
# here for the test and removed at the end: it must read the name index in order
# rather than sort every match.
# Run by CTest under scripts/test.sh (root access to the test database through its socket).
set -uo pipefail
[[ -n "${OPE_TEST_URL:-}" && -n "${OPE_TEST_DB_SOCKET:-}" ]] || { echo "needs scripts/test.sh: skipped"; exit 77; }
cd "$(dirname "$0")/../.."

BASE="$OPE_TEST_URL"
# Every statement EXPLAINed, with its plan, for a reader (issue 17 asks for them).
PLANS="${OPE_TEST_VAR:-/tmp}/plans.txt"
: >"$PLANS"
DB="$OPE_TEST_DB_NAME"
SORT_MAX=1000   # rows a busy statement may sort (the search sorts at most kCompteMax matches)
# Tables that stay small whatever the size of the site: a scan of them is a lookup.
SMALL_TABLES=" statut_financement repertoire schema_migrations "
passed=0 failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
ok() { passed=$((passed + 1)); }

root_sql() { mariadb --no-defaults --default-character-set=utf8mb4 --socket="$OPE_TEST_DB_SOCKET" -N -B "$DB" "$@"; }

# ------------------------------------------------------------- set-up ----
WORK="$(mktemp -d)"
old_log_output="$(root_sql -e 'SELECT @@global.log_output')"
old_general_log="$(root_sql -e 'SELECT @@global.general_log')"
read -r old_hash old_choisir < <(root_sql -e "SELECT mot_de_passe_hash, doit_choisir_mot_de_passe FROM utilisateur WHERE login = 'elodie.dupont'")
cleanup() {
  root_sql -e "SET GLOBAL general_log = $old_general_log; SET GLOBAL log_output = '$old_log_output';
    DELETE FROM mysql.table_stats WHERE db_name = '$DB'; DELETE FROM mysql.index_stats WHERE db_name = '$DB';
    DELETE FROM stagiaire WHERE nom IN ('PLANCOMPTAGE', 'AAVILLE', 'AAXPLANCOMPTAGE');
    UPDATE utilisateur SET mot_de_passe_hash = '$old_hash', doit_choisir_mot_de_passe = $old_choisir WHERE login = 'elodie.dupont';
    FLUSH TABLES;"
  rm -rf "$WORK"
}
trap cleanup EXIT

# A trainee who can log in with the staff's demo password (restored at the end).
root_sql -e "UPDATE utilisateur SET mot_de_passe_hash = (SELECT h FROM (SELECT mot_de_passe_hash AS h FROM utilisateur WHERE login = 'responsable') r),
  doit_choisir_mot_de_passe = 0 WHERE login = 'elodie.dupont'"
# 1 100 records matching "plancomptage" (and their search words), beyond kCompteMax.
# (The words on the record too, as the app writes them: " mot1 mot2 ", sql/014.) Two
# more: one whose town is the word (first in the names' order: it matches), one whose
# name only contains it (no word starts with it: it does not).
root_sql -e "INSERT INTO stagiaire (civilite, nom, prenom, email, mots)
    SELECT 'Mme', 'PLANCOMPTAGE', CONCAT('Prenom', seq), CONCAT('plan', seq, '@exemple.fr'), ' plancomptage ' FROM seq_1_to_1100;
  INSERT INTO stagiaire_mot (mot, stagiaire_id) SELECT 'plancomptage', id FROM stagiaire WHERE nom = 'PLANCOMPTAGE';
  INSERT INTO stagiaire (civilite, nom, prenom, ville, mots) VALUES
    ('M.', 'AAVILLE', 'Prenomville', 'Plancomptage-sur-Mer', ' aaville prenomville plancomptage sur mer '),
    ('M.', 'AAXPLANCOMPTAGE', 'Prenomdedans', '', ' aaxplancomptage prenomdedans ');
  INSERT INTO stagiaire_mot (mot, stagiaire_id) SELECT m.mot, s.id FROM stagiaire s
    JOIN (SELECT 'aaville' AS mot UNION SELECT 'prenomville' UNION SELECT 'plancomptage' UNION SELECT 'sur' UNION SELECT 'mer') m
    WHERE s.nom = 'AAVILLE';
  INSERT INTO stagiaire_mot (mot, stagiaire_id) SELECT m.mot, s.id FROM stagiaire s
    JOIN (SELECT 'aaxplancomptage' AS mot UNION SELECT 'prenomdedans') m WHERE s.nom = 'AAXPLANCOMPTAGE';"

# login LOGIN PASSWORD — the ope_session cookie after logging in through the form.
login() {
  local jar="$WORK/jar" csrf
  rm -f "$jar"
  csrf="$(curl -fsS -c "$jar" -b "$jar" "$BASE/connexion" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)"
  curl -sS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=$1" --data-urlencode "mot_de_passe=$2" \
    --data-urlencode "csrf=$csrf" "$BASE/connexion"
  awk '$6 == "ope_session" { print $7 }' "$jar"
}
staff="$(login responsable demo)"
trainee="$(login elodie.dupont demo)"
[[ -n "$staff" && -n "$trainee" ]] || { echo "FAIL: cannot log in (responsable, elodie.dupont)"; exit 1; }

stagiaire="$(root_sql -e "SELECT stagiaire_id FROM utilisateur WHERE login = 'elodie.dupont'")"
session="$(root_sql -e "SELECT session_id FROM inscription WHERE stagiaire_id = $stagiaire ORDER BY session_id LIMIT 1")"
phone="$(root_sql -e "SELECT tel_portable FROM stagiaire WHERE id = $stagiaire")"
email="$(root_sql -e "SELECT email FROM stagiaire WHERE id = $stagiaire")"

root_sql -e "SET @db = '$DB'; SOURCE tests/scripts/statistiques_100000.sql; FLUSH TABLES;" \
  || { echo "FAIL: cannot load the statistics"; exit 1; }
# scripts/test.sh starts MariaDB with its general log on (written nowhere until here):
# a prepared statement shows its values there only if the log was on when it was prepared.
[[ "$old_general_log" == 1 ]] || { echo "FAIL: MariaDB's general log is off (scripts/test.sh turns it on)"; exit 1; }

# ------------------------------------------------------------- checks ----
# explain_ok LABEL SQL — EXPLAINs one statement and applies the rules above.
explain_ok() {
  local label="$1" sql="$2" out line good=1
  out="$(root_sql -e "EXPLAIN $sql" 2>&1)" || { fail "$label: EXPLAIN failed: $out — $sql"; return; }
  printf '%s\n%s\n%s\n\n' "## $label" "$sql" "$out" >>"$PLANS"
  local has_limit=0
  grep -qi ' LIMIT ' <<<"$sql" && has_limit=1
  while IFS=$'\t' read -r _ _ table type _ _ _ _ rows extra; do
    [[ "$rows" == NULL ]] && rows=0
    local base=1
    [[ "$table" == "<"* || "$table" == NULL ]] && base=0
    if ((base)) && [[ "$type" == ALL && "$SMALL_TABLES" != *" $table "* ]]; then
      fail "$label: full scan of $table ($rows rows) — $sql"; good=0
    elif ((base)) && [[ "$type" == index ]] && ((!has_limit)) && [[ "$SMALL_TABLES" != *" $table "* ]]; then
      fail "$label: full index scan of $table without LIMIT — $sql"; good=0
    elif [[ "$extra" == *"Using filesort"* ]] && ((rows > SORT_MAX)); then
      fail "$label: sorts about $rows rows of $table — $sql"; good=0
    fi
  done <<<"$out"
  ((good)) && ok
  return 0
}

# check_page LABEL COOKIE PATH MAX — statement count, then every SELECT's plan.
check_page() {
  local label="$1" cookie="$2" path="$3" max="$4" headers n
  # New versions of the session and of every record: the pages read them whole, not
  # from the apps' memory (fcgi/memoire.hpp), so that every statement is counted and
  # EXPLAINed.
  root_sql -e "UPDATE session_formation SET version = version + 1 WHERE id = $session"
  root_sql -e "UPDATE stagiaire SET version_fiche = version_fiche + 1, modifie_le = modifie_le"
  root_sql -e "TRUNCATE mysql.general_log; SET GLOBAL log_output = 'TABLE'"
  headers="$(curl -sS -o "$WORK/page" -D - -H "Cookie: ope_session=$cookie" "$BASE$path" | tr -d '\r')"
  if ! grep -q '^HTTP/[0-9.]* 200' <<<"$headers"; then fail "$label ($path): $(head -n 1 <<<"$headers")"; return; fi
  root_sql -e "SET GLOBAL log_output = '$old_log_output'"
  n="$(awk -F': ' 'tolower($1) == "x-requetes-sql" { print $2 }' <<<"$headers")"
  if [[ -z "$n" ]]; then fail "$label: no X-Requetes-SQL (OPE_DEBUG_SQL=1?)"; return; fi
  if ((n > max)); then fail "$label ($path) runs $n SQL statements, at most $max expected"; else ok; fi
  echo "$label ($path): $n statements"
  # The statements as MariaDB ran them (prepared: the general log shows them with their values).
  root_sql -e "SELECT REPLACE(REPLACE(CONVERT(argument USING utf8mb4), '\n', ' '), '\t', ' ') FROM mysql.general_log
      WHERE command_type = 'Execute' ORDER BY event_time" >"$WORK/statements"
  local count=0 sql
  while IFS= read -r sql; do
    [[ "$sql" =~ ^[[:space:]]*SELECT ]] || continue
    count=$((count + 1))
    explain_ok "$label" "$sql"
  done <"$WORK/statements"
  ((count > 0)) || fail "$label: no statement found in the general log"
}

# The statements each page runs today (the login check included), its data not in
# memory: one more fails. (In memory, the session page, validation, the record and
# /espace run 1: the login, which reads their versions; it_cache_sessions.)
# The session page reads the recipients and attachments of past sendings only when
# there are some (two more statements).
envois=0
[[ "$(root_sql -e "SELECT COUNT(*) FROM envoi WHERE session_id = $session")" == 0 ]] || envois=2
check_page "session page" "$staff" "/emploi/sessions/$session" $((7 + envois))
check_page "session page, enrolment search" "$staff" "/emploi/sessions/$session?q=plancomptage" $((9 + envois))
check_page "attendance validation" "$staff" "/emploi/sessions/$session/validation" 6
check_page "attendance sheet" "$staff" "/emploi/sessions/$session/presence/1" 5
check_page "trainee record" "$staff" "/emploi/stagiaires/$stagiaire" 8
check_page "trainee's page" "$trainee" "/espace" 7
check_page "sessions list" "$staff" "/emploi/sessions" 4
check_page "search, common name (more than 1 000)" "$staff" "/emploi/stagiaires?q=plancomptage" 3
# Its first page: the record whose town is the word first, not the one whose name only
# contains it, then the others in the names' order.
expected="Prenomville $(root_sql -e "SELECT prenom FROM stagiaire WHERE nom = 'PLANCOMPTAGE' ORDER BY nom, prenom, id LIMIT 24" | tr '\n' ' ')"
shown="$(grep -o 'Prenom[a-z0-9]*' "$WORK/page" | tr '\n' ' ')"
if [[ "$shown" == "$expected" ]]; then ok; else fail "page 1 of 'plancomptage' shows [$shown], expected [$expected]"; fi
check_page "search, common name, page 3" "$staff" "/emploi/stagiaires?q=plancomptage&page=3" 3
# Read from the name index, the page still shows the right records in the right order
# (25 a page, handlers/stagiaires.cpp kParPage).
expected="$(root_sql -e "SELECT prenom FROM stagiaire WHERE nom = 'PLANCOMPTAGE' ORDER BY nom, prenom, id LIMIT 25 OFFSET 49" | tr '\n' ' ')"
shown="$(grep -o 'Prenom[0-9]*' "$WORK/page" | tr '\n' ' ')"
if [[ "$shown" == "$expected" ]]; then ok; else fail "page 3 of 'plancomptage' shows [$shown], expected [$expected]"; fi
if grep -q 'Plus de 1000' "$WORK/page"; then ok; else fail "page 3 of 'plancomptage' does not say 'Plus de 1000'"; fi
check_page "search, a name" "$staff" "/emploi/stagiaires?q=martin" 3
check_page "search, phone" "$staff" "/emploi/stagiaires?q=${phone// /+}" 3
check_page "search, e-mail" "$staff" "/emploi/stagiaires?q=$email" 3
check_page "search, every record" "$staff" "/emploi/stagiaires" 3

echo "$passed checks passed, $failed failed (the plans: $PLANS)"
((failed == 0))
