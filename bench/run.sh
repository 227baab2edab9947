#!/usr/bin/env bash
# Benchmark of the site against the real stack (private MariaDB, `ope serve`,
# the mail worker and nginx, started by scripts/lib.sh as run.sh does), once per
# data set (1 000 then 100 000 trainees by default, from bench/generer.py).
#
# For each page that matters, logged in where needed, wrk runs 10 s (after a
# 2 s warm-up) and the table gives req/s, p50, p99, errors and the ratio to a
# static file of the same size as the session page served by the same nginx
# (the ceiling); /sante is the other reference (the app and one query, no
# template). It also gives the time of one request alone, the size of each
# page and the peak memory (VmHWM) of `ope serve` and of MariaDB; and the time of the
# common-name search the first time after a record changed (not kept in memory).
#
#   ./bench/run.sh                 both data sets
#   OPE_BENCH_DATASETS=1000 ./bench/run.sh
#
# The table goes to bench/results/<date>.md (and the raw wrk outputs to
# bench/results/<date>/) and to standard output.
#
# Settings (environment):
#   OPE_BENCH_DATASETS     numbers of trainees, one run each   ("1000 100000")
#   OPE_BENCH_SEED         generator seed                      (1)
#   OPE_BENCH_DURATION     seconds of wrk per page             (10)
#   OPE_BENCH_CONNECTIONS  wrk connections / OPE_BENCH_THREADS wrk threads (32 / 2)
#   OPE_BENCH_PORT, OPE_BENCH_APP_PORT, OPE_BENCH_DB_PORT      (28080, 29080, 23307)
#   OPE_BENCH_VAR_DIR      databases, logs, configs            (bench/var)
#   OPE_BENCH_RELOAD=1     regenerate the data even if the data set of the same
#                          size, seed and generator is already loaded (kept in
#                          OPE_BENCH_VAR_DIR/n<N> between runs otherwise)
#   OPE_BUILD_DIR          build folder                        (build-bench)
#   OPE_THREADS            app worker threads, as for run.sh   (app's default, 8)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

DATASETS="${OPE_BENCH_DATASETS:-1000 100000}"
SEED="${OPE_BENCH_SEED:-1}"
DURATION="${OPE_BENCH_DURATION:-10}"
CONNECTIONS="${OPE_BENCH_CONNECTIONS:-32}"
WRK_THREADS="${OPE_BENCH_THREADS:-2}"
HTTP_PORT="${OPE_BENCH_PORT:-28080}"
APP_PORT="${OPE_BENCH_APP_PORT:-29080}"
DB_PORT="${OPE_BENCH_DB_PORT:-23307}"
BENCH_VAR="$(ope_abs_path "${OPE_BENCH_VAR_DIR:-bench/var}")"
OPE_BUILD="$(ope_abs_path "${OPE_BUILD_DIR:-build-bench}")"
PYTHON=/usr/bin/python3   # Debian's: the generator needs only the standard library
BASE="http://127.0.0.1:$HTTP_PORT"

for n in $DATASETS; do
  [[ "$n" =~ ^[0-9]+$ ]] && ((n >= 100)) || ope_die "OPE_BENCH_DATASETS : des nombres de stagiaires (au moins 100), pas '$n'."
done

ope_install_packages "${OPE_PACKAGES[@]}" wrk python3
ope_require_free_port "$HTTP_PORT" "nginx du banc d'essai" OPE_BENCH_PORT
ope_require_free_port "$APP_PORT" "application du banc d'essai" OPE_BENCH_APP_PORT
ope_require_free_port "$DB_PORT" "MariaDB du banc d'essai" OPE_BENCH_DB_PORT
ope_build --target ope
ope_service_users "$BENCH_VAR"

STAMP="$(date +%Y-%m-%d_%H%M%S)"
RESULTS="$OPE_ROOT/bench/results"
RAW="$RESULTS/$STAMP"
mkdir -p "$RAW"

# The stack uses only what is set here, never the caller's database or mail server.
export OPE_LISTEN="127.0.0.1:$APP_PORT"
export OPE_SITE_URL="$BASE"
export OPE_COOKIE_SECURE=0
# Only adds X-Requetes-SQL (statements run by the request) to the answers: the table shows it.
export OPE_DEBUG_SQL=1
export OPE_DB_HOST=127.0.0.1 OPE_DB_PORT="$DB_PORT" OPE_DB_NAME=ope OPE_DB_USER=ope
unset OPE_SMTP_HOST OPE_SMTP_PORT OPE_SMTP_USER OPE_SMTP_PASSWORD OPE_SHARE_DIR

# ------------------------------------------------------------- helpers ----

sql() { ope_db_root_sql -N -B "$OPE_DB_NAME" -e "$1"; }

# login LOGIN PASSWORD — logs in through the form, prints the ope_session token.
login() {
  local jar csrf
  jar="$(mktemp)"
  csrf="$(curl -fsS -c "$jar" -b "$jar" "$BASE/connexion" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)"
  curl -sS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=$1" --data-urlencode "mot_de_passe=$2" \
    --data-urlencode "csrf=$csrf" "$BASE/connexion"
  awk '$6 == "ope_session" { print $7 }' "$jar"
  rm -f "$jar"
}

# status COOKIE PATH — HTTP status, size, time and SQL statements (X-Requetes-SQL,
# OPE_DEBUG_SQL=1) of one request: "200 12345 0.0123 7".
status() {
  local r
  r="$(curl -sS -o /dev/null -D - -H "Cookie: ope_session=$1" \
    -w '\n%{http_code} %{size_download} %{time_total}' "$BASE$2")"
  printf '%s %s\n' "$(tail -n 1 <<<"$r")" \
    "$(tr -d '\r' <<<"$r" | awk -F': ' 'tolower($1) == "x-requetes-sql" { print $2 }' | grep . || echo '?')"
}

# Median time (ms) of 5 requests in a row, alone on the stack.
single_ms() {
  local i t=()
  for i in 1 2 3 4 5; do t+=("$(status "$1" "$2" | cut -d' ' -f3)"); done
  printf '%s\n' "${t[@]}" | sort -g | sed -n 3p | awk '{ printf "%.1f", $1 * 1000 }'
}

# As single_ms, each request the first after a change of a record: a search is kept
# in memory at the version of all records (verrou 'stagiaires'), written here first.
premiere_ms() {
  local i t=()
  for i in 1 2 3 4 5; do
    sql "UPDATE verrou SET version = version + 1 WHERE nom = 'stagiaires'"
    t+=("$(status "$1" "$2" | cut -d' ' -f3)")
  done
  printf '%s\n' "${t[@]}" | sort -g | sed -n 3p | awk '{ printf "%.1f", $1 * 1000 }'
}

# MariaDB's work for one request of a page, from its global status counters before and
# after 20 requests in a row, alone on the stack (the mail worker's polling included):
# "rows-read rows-scanned rows-sorted temporary-tables full-scans", per request.
COUNTERS="Handler_read_key Handler_read_next Handler_read_prev Handler_read_rnd Handler_read_rnd_next Sort_rows Created_tmp_tables Select_scan"
counters() {
  local where
  where="$(printf "'%s'," $COUNTERS)"
  sql "SELECT variable_name, variable_value FROM information_schema.global_status WHERE variable_name IN (${where%,})" \
    | awk '{ v[toupper($1)] = $2 } END { print v["HANDLER_READ_KEY"] + v["HANDLER_READ_NEXT"] + v["HANDLER_READ_PREV"] + v["HANDLER_READ_RND"] + v["HANDLER_READ_RND_NEXT"], v["HANDLER_READ_RND_NEXT"], v["SORT_ROWS"], v["CREATED_TMP_TABLES"], v["SELECT_SCAN"] }'
}
db_work() {
  local a b i
  a="$(counters)"
  for i in $(seq 20); do status "$1" "$2" >/dev/null; done
  b="$(counters)"
  paste <(tr ' ' '\n' <<<"$a") <(tr ' ' '\n' <<<"$b") | awk '{ printf "%s%.1f", (NR > 1 ? " " : ""), ($2 - $1) / 20 } END { print "" }'
}

vm() { awk -v k="$2:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }

# Pid of the first service whose name starts with $1 ("ope serve (127.0.0.1:29080)").
service_pid() {
  local i
  for i in "${!OPE_SVC_NAMES[@]}"; do
    [[ "${OPE_SVC_NAMES[$i]}" == "$1"* ]] && { echo "${OPE_SVC_PIDS[$i]}"; return 0; }
  done
  ope_die "service introuvable : $1"
}

# ------------------------------------------------------ one data set ----

# Runs in a subshell: its EXIT trap stops the stack it started.
bench_dataset() {
  local n="$1" var="$BENCH_VAR/n$1" out="$RAW/n$1"
  local want have="" load_s
  want="N=$n seed=$SEED generer=$(sha256sum bench/generer.py | cut -c1-16)"
  [[ -f "$var/jeu.txt" ]] && have="$(cat "$var/jeu.txt")"
  if [[ "${OPE_BENCH_RELOAD:-0}" == 1 || "$have" != "$want" ]]; then
    rm -rf "$var"
  fi
  mkdir -p "$var/logs" "$out"
  ope_install_traps
  export OPE_MAIL_DIR="$var/mails"

  ope_say "=== $n stagiaires ==="
  ope_db_start "$var" "$DB_PORT"
  ope_db_setup "$var"
  ope_secret_file "$var"
  ope_app_prepare demo
  if [[ ! -f "$var/jeu.txt" ]]; then
    ope_say "Génération et chargement du jeu de données ($n stagiaires, graine $SEED)"
    local t0=$SECONDS
    "$PYTHON" bench/generer.py --stagiaires "$n" --seed "$SEED" 2>"$var/logs/generation.log" \
      | ope_db_root_sql "$OPE_DB_NAME" >"$var/logs/chargement.log" \
      || { ope_show_log "$var/logs/generation.log"; ope_die "le chargement du jeu de données a échoué."; }
    # The words on each record (stagiaire.mots), from the words loaded: `ope migrate`
    # fills what is missing (stagiaires::indexer_manquants).
    ope_bin migrate >"$var/logs/migrate.log" || ope_die "« ope migrate » a échoué après le chargement."
    printf '%s\n' "$((SECONDS - t0)) s" >"$var/chargement.txt"
    printf '%s\n' "$want" >"$var/jeu.txt"
    ope_say "Chargé en $(cat "$var/chargement.txt")"
    load_s="$(cat "$var/chargement.txt")"
  else
    load_s="$(cat "$var/chargement.txt" 2>/dev/null || echo '?') (in an earlier run, data kept in $var)"
  fi

  ope_app_start "$var/logs/app.log"
  ope_start_service "envoi des courriels" "$var/logs/mail.log" "${OPE_RUN_AS[@]}" "$OPE_BIN" courriels
  # nginx serves static/ from a copy that also holds the reference file.
  rm -rf "$var/share"
  mkdir -p "$var/share/static"
  cp -r "$OPE_ROOT/static/." "$var/share/static/"
  OPE_SHARE_DIR="$var/share" ope_nginx_start "$var" "127.0.0.1:$HTTP_PORT" "$OPE_LISTEN" off
  ope_wait_url "$BASE/sante" 60

  local staff trainee big session stagiaire phone
  staff="$(login responsable demo)"
  trainee="$(login banc.essai demo)"
  [[ -n "$staff" && -n "$trainee" ]] || ope_die "connexion impossible (responsable ou banc.essai)."
  big="$(sql "SELECT session_id FROM atelier GROUP BY session_id ORDER BY COUNT(*) DESC, session_id DESC LIMIT 1")"
  session="$(sql "SELECT MAX(session_id) FROM envoi WHERE session_id <> $big")"
  stagiaire="$(sql "SELECT stagiaire_id FROM utilisateur WHERE login = 'banc.essai'")"
  phone="$(sql "SELECT tel_portable FROM stagiaire WHERE tel_portable <> '' ORDER BY id = $stagiaire DESC, id LIMIT 1")"
  email="$(sql "SELECT email FROM stagiaire WHERE email <> '' ORDER BY id = $stagiaire DESC, id LIMIT 1")"

  # The ceiling: the session page itself, as a static file.
  curl -fsS -H "Cookie: ope_session=$staff" "$BASE/emploi/sessions/$session" >"$var/share/static/plafond.html"

  # name | path | cookie
  local pages=(
    "Fichier statique (plafond)|/static/plafond.html|"
    "/sante|/sante|"
    "Liste des sessions|/emploi/sessions|$staff"
    "Page d'une session (25 inscrits)|/emploi/sessions/$session|$staff"
    "Recherche : nom courant (martin)|/emploi/stagiaires?q=martin|$staff"
    "Recherche : téléphone|/emploi/stagiaires?q=${phone// /+}|$staff"
    "Recherche : e-mail|/emploi/stagiaires?q=$email|$staff"
    "Fiche stagiaire|/emploi/stagiaires/$stagiaire|$staff"
    "Validation des présences (40 × 14)|/emploi/sessions/$big/validation|$staff"
    "Feuille de présence (40 × 14)|/emploi/sessions/$big/presence/1|$staff"
    "Espace du stagiaire|/espace|$trainee"
  )
  local app_pid db_pid
  app_pid="$(service_pid "ope serve")"
  db_pid="$(service_pid "MariaDB")"

  local load_before
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  : >"$out/pages.tsv"
  : >"$out/base.tsv"
  local k=0 entry name path cookie before after single hdr code size nsql
  for entry in "${pages[@]}"; do
    IFS='|' read -r name path cookie <<<"$entry"
    k=$((k + 1))
    hdr=()
    [[ -n "$cookie" ]] && hdr=(-H "Cookie: ope_session=$cookie")
    before="$(status "$cookie" "$path")"
    [[ "${before%% *}" == 200 ]] || ope_warn "$path répond ${before%% *} avant la mesure."
    single="$(single_ms "$cookie" "$path")"
    printf '%s\t%s\n' "$name" "$(db_work "$cookie" "$path")" >>"$out/base.tsv"
    ope_say "wrk $path"
    wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d2s --timeout 30s "${hdr[@]}" "$BASE$path" >/dev/null
    wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency "${hdr[@]}" "$BASE$path" \
      >"$out/$(printf '%02d' "$k").txt"
    after="$(status "$cookie" "$path")"
    [[ "${after%% *}" == 200 ]] || ope_warn "$path répond ${after%% *} après la mesure."
    read -r code size _ nsql <<<"$before"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%02d.txt\n' "$name" "$path" "$size" "$code" "${after%% *}" "$single" \
      "$nsql" "$k" >>"$out/pages.tsv"
  done

  {
    echo "stagiaires=$n"
    echo "chargement=$load_s"
    echo "loadavg=$load_before → $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "app_vmhwm_mb=$(vm "$app_pid" VmHWM)"
    echo "app_vmrss_mb=$(vm "$app_pid" VmRSS)"
    echo "db_vmhwm_mb=$(vm "$db_pid" VmHWM)"
    echo "base_mb=$(sql "SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables WHERE table_schema = '$OPE_DB_NAME'")"
    local t
    for t in stagiaire stagiaire_mot utilisateur session_formation atelier inscription presence envoi_destinataire document; do
      echo "lignes_$t=$(sql "SELECT COUNT(*) FROM $t")"
    done
    echo "session=$session"
    echo "grande_session=$big"
    echo "stagiaire=$stagiaire"
    echo "espace_sessions=$(sql "SELECT COUNT(*) FROM inscription WHERE stagiaire_id = $stagiaire")"
    echo "martin=$(sql "SELECT COUNT(DISTINCT stagiaire_id) FROM stagiaire_mot WHERE mot LIKE 'martin%'")"
    echo "martin_premiere_ms=$(premiere_ms "$staff" "/emploi/stagiaires?q=martin")"
  } >"$out/meta.env"
  ope_say "Mémoire de « ope serve » (VmHWM) : $(vm "$app_pid" VmHWM) Mo"
}

START=$SECONDS
for n in $DATASETS; do
  (bench_dataset "$n") || ope_die "le banc d'essai avec $n stagiaires a échoué."
done

{
  echo "wrk=-t$WRK_THREADS -c$CONNECTIONS -d${DURATION}s"
  echo "threads=${OPE_THREADS:-8 (défaut)}"
  echo "cpu=$(nproc) × $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
  echo "ram=$(awk '/MemTotal/ { printf "%.0f Go", $2 / 1048576 }' /proc/meminfo)"
  echo "mariadb=$(mariadbd --version | sed 's/.*Ver \([^ ]*\).*/\1/')"
  echo "commit=$(git -C "$OPE_ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "duree_totale=$((SECONDS - START)) s"
} >"$RAW/machine.env"

"$PYTHON" bench/rapport.py "$RAW" $DATASETS >"$RESULTS/$STAMP.md"
cat "$RESULTS/$STAMP.md"
ope_say "Résultats : $RESULTS/$STAMP.md (sorties de wrk : $RAW/)"
