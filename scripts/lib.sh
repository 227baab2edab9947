# shellcheck shell=bash
# Shared functions for scripts/run.sh and scripts/test.sh (sourced, not run).
#
# They install the Debian packages, build, start a private MariaDB, the app
# (`ope serve`) and nginx, and stop all of it again. Every background process
# goes through ope_start_service, which records it so that ope_cleanup (run on
# EXIT, INT and TERM) stops it and ope_wait_services notices if it dies.
# Adding one more background process is one ope_start_service line.

# ---------------------------------------------------------------- basics ----

OPE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Packages needed to build and run the app (Debian 12 names).
# shellcheck disable=SC2034  # used by run.sh and test.sh
OPE_PACKAGES=(
  g++ cmake pkg-config make
  libfcgi-dev libmysqlcppconn-dev libctemplate-dev libpoco-dev libsodium-dev
  libboost-test-dev
  mariadb-server mariadb-client nginx curl python3-aiosmtpd
)
# Extra packages for the tests only (SMTP sink, PDF checks).
# shellcheck disable=SC2034
# chromium prints the print pages to PDF for the browser tests (tests/browser/);
# unicode-data is what scripts/unicode_tables.py reads (test unicode_tables).
OPE_TEST_PACKAGES=(poppler-utils python3-aiosmtpd chromium fonts-dejavu-core fonts-liberation unicode-data)

ope_say() { printf '[ope] %s\n' "$*"; }
ope_warn() { printf '[ope] ATTENTION : %s\n' "$*" >&2; }
ope_die() { printf '[ope] ERREUR : %s\n' "$*" >&2; exit 1; }

# Prints the last lines of a log file, framed, to stderr.
ope_show_log() {
  local file="$1" lines="${2:-40}"
  [[ -s "$file" ]] || return 0
  printf -- '----- %s (dernières lignes) -----\n' "$file" >&2
  tail -n "$lines" "$file" >&2
  printf -- '----- fin de %s -----\n' "$file" >&2
}

# Makes a path absolute, relative to the repository root.
ope_abs_path() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$OPE_ROOT/$1" ;;
  esac
}

# ------------------------------------------------------------- packages ----

# Installs those of the given Debian packages that are missing (apt-get
# update once, only when something is missing).
ope_install_packages() {
  local pkg missing=()
  for pkg in "$@"; do
    # `dpkg -s` alone also succeeds for removed packages that left config files.
    if [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != "install ok installed" ]]; then
      [[ " ${missing[*]} " == *" $pkg "* ]] || missing+=("$pkg")
    fi
  done
  ((${#missing[@]})) || return 0

  local sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || ope_die "paquets manquants (${missing[*]}) : relancez en root."
    sudo=(sudo)
  fi
  ope_say "Installation des paquets manquants : ${missing[*]}"
  "${sudo[@]}" apt-get -q update || ope_die "apt-get update a échoué."
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get -q install -y --no-install-recommends "${missing[@]}" \
    || ope_die "l'installation des paquets a échoué : ${missing[*]}"
}

# ---------------------------------------------------------------- build ----

# Configures and builds into OPE_BUILD (absolute). Extra args go to
# `cmake --build` (e.g. --target ope). Sets OPE_BIN.
# shellcheck disable=SC2120  # the arguments are optional
ope_build() {
  ope_say "Compilation dans $OPE_BUILD"
  cmake -S "$OPE_ROOT" -B "$OPE_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo --log-level=WARNING \
    || ope_die "la configuration CMake a échoué."
  cmake --build "$OPE_BUILD" -j "$(nproc 2>/dev/null || echo 2)" "$@" \
    || ope_die "la compilation a échoué."
  OPE_BIN="$OPE_BUILD/ope"
  [[ -x "$OPE_BIN" ]] || ope_die "binaire introuvable après compilation : $OPE_BIN"
}

# --------------------------------------------------- unprivileged users ----
# Started as root, the scripts run nothing as root but nginx's master process:
# `ope serve`, `ope courriels` (every `ope` command) and nginx's workers run as the
# system user `ope`, MariaDB as `mysql`, and each one's private folders belong to
# it. Not root: everything runs as the caller, as before.
OPE_USER=ope
OPE_DB_USER_OS=mysql
OPE_RUN_AS=()

# ope_service_users VARDIR: creates the user `ope` if missing and sets OPE_RUN_AS.
# Those users must be able to run the binary, read templates/ and static/, and
# reach VARDIR: a checkout in a folder only root may enter (/root, a mktemp -d)
# does not allow it; the services then run as root as before, with a warning
# that says what to do (OPE_UNPRIVILEGED=0 tells the tests).
ope_service_users() {
  local var="$1"
  export OPE_UNPRIVILEGED=0
  ((EUID == 0)) || return 0
  if ! id -u ope >/dev/null 2>&1; then
    # Another checkout's script may create it at the same moment: only its absence is an error.
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
      ope 2>/dev/null || true
    id -u ope >/dev/null 2>&1 || ope_die "impossible de créer l'utilisateur système ope (useradd)."
  fi
  id -u mysql >/dev/null 2>&1 || ope_die "l'utilisateur mysql manque (paquet mariadb-server)."
  mkdir -p "$var"
  local share="${OPE_SHARE_DIR:-$OPE_ROOT}"
  if setpriv --reuid=ope --regid=ope --clear-groups \
      test -x "$OPE_BIN" -a -r "$share/templates/pages/layout.tpl" -a -r "$share/static" -a -x "$var" &&
    setpriv --reuid=mysql --regid=mysql --clear-groups test -x "$var"; then
    OPE_USER=ope OPE_DB_USER_OS=mysql
    OPE_RUN_AS=(setpriv --reuid=ope --regid=ope --init-groups --no-new-privs --)
    OPE_UNPRIVILEGED=1
  else
    ope_warn "les utilisateurs ope et mysql ne peuvent pas atteindre $OPE_ROOT (ou $var) : l'application, nginx et MariaDB tournent en root. Placez le dépôt dans un dossier que tous peuvent traverser (par exemple /opt/ope ou /srv/ope, pas /root), ou rendez ses dossiers parents traversables (chmod o+x)."
    OPE_USER=root OPE_DB_USER_OS=root
  fi
}

# Runs the `ope` binary as OPE_USER (when root).
ope_bin() { "${OPE_RUN_AS[@]}" "$OPE_BIN" "$@"; }

# ope_private_dir DIR [OWNER]: DIR created if needed, mode 700, owned by OWNER
# (when root; default: the caller).
ope_private_dir() {
  mkdir -p "$1"
  chmod 700 "$1"
  if ((EUID == 0)) && [[ -n "${2:-}" ]]; then chown "$2:$2" "$1"; fi
}

# ope_var_dir VARDIR: the scripts' data folder: traversable but not listable by the
# service users (711), logs 600 in a 711 folder (MariaDB writes its own there).
# Files written before by an older version (world-readable logs and mails) are
# made private too.
ope_var_dir() {
  local var="$1"
  mkdir -p "$var/logs"
  chmod 711 "$var" "$var/logs"
  find "$var/logs" "$var/mails" "$var/backups" -type f -perm /077 -exec chmod go-rwx {} + 2>/dev/null || true
}

# ----------------------------------------------------------- ports, URLs ----

# True when something accepts TCP connections on 127.0.0.1:PORT.
ope_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Dies with a clear message when PORT is taken. WHAT names its use; VAR the
# environment variable that changes it.
ope_require_free_port() {
  local port="$1" what="$2" var="$3"
  if [[ ! "$port" =~ ^[0-9]+$ ]] || ((port < 1 || port > 65535)); then
    ope_die "port invalide pour $what : '$port' ($var)"
  fi
  if ope_port_in_use "$port"; then
    local who=""
    command -v ss >/dev/null && who="$(ss -ltnpH "sport = :$port" 2>/dev/null | head -n 3)"
    printf '[ope] ERREUR : le port %s (%s) est déjà utilisé.\n' "$port" "$what" >&2
    [[ -n "$who" ]] && printf '%s\n' "$who" >&2
    printf "[ope] Arrêtez le programme qui l'occupe (une instance précédente ?) ou choisissez un autre port avec %s=...\n" "$var" >&2
    exit 1
  fi
}

# Waits until URL answers 2xx, checking meanwhile that our services are alive.
ope_wait_url() {
  local url="$1" timeout="${2:-60}" start=$SECONDS
  until curl -fsS -o /dev/null -m 2 "$url" 2>/dev/null; do
    ope_check_services
    ((SECONDS - start < timeout)) || ope_die "pas de réponse de $url après ${timeout} s."
    sleep 0.2
  done
}

# ------------------------------------------------------------- services ----
# Parallel arrays: one entry per background process we started.
OPE_SVC_NAMES=()
OPE_SVC_PIDS=()
OPE_SVC_LOGS=()
OPE_SVC_STOP_SECS=()

# True while PID runs (a zombie, not reaped yet, counts as dead).
ope_pid_alive() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [[ "${stat%% *}" != Z ]]
}

# ope_start_service NAME LOGFILE COMMAND [ARGS...]
# Starts COMMAND in the background (stdin closed, output appended to LOGFILE)
# and records it for ope_cleanup / ope_wait_services. OPE_STOP_SECS (default
# 10) is how long it gets after SIGTERM before SIGKILL.
ope_start_service() {
  local name="$1" log="$2"
  shift 2
  mkdir -p "$(dirname "$log")"
  "$@" </dev/null >>"$log" 2>&1 &
  local pid=$!
  # Out of bash's job table, so that the shell never prints "Killed" for it (a test
  # kills an app instance on purpose): ope_stop_pid and ope_wait_services watch
  # it through /proc, and bash still reaps it.
  disown "$pid"
  OPE_SVC_NAMES+=("$name")
  OPE_SVC_PIDS+=("$pid")
  OPE_SVC_LOGS+=("$log")
  OPE_SVC_STOP_SECS+=("${OPE_STOP_SECS:-10}")
}

# Dies (showing its log) if one of our services has exited.
ope_check_services() {
  local i
  for i in "${!OPE_SVC_PIDS[@]}"; do
    if ! ope_pid_alive "${OPE_SVC_PIDS[$i]}"; then
      ope_show_log "${OPE_SVC_LOGS[$i]}"
      ope_die "${OPE_SVC_NAMES[$i]} s'est arrêté de façon inattendue (journal : ${OPE_SVC_LOGS[$i]})."
    fi
  done
}

# Blocks until one of our services exits (or a signal arrives), then says
# which one and returns 1. Used by run.sh to stay in the foreground.
ope_wait_services() {
  ((${#OPE_SVC_PIDS[@]})) || return 0
  local i
  for (( ; ; )); do
    for i in "${!OPE_SVC_PIDS[@]}"; do
      if ! ope_pid_alive "${OPE_SVC_PIDS[$i]}"; then
        ope_show_log "${OPE_SVC_LOGS[$i]}" 20
        ope_warn "${OPE_SVC_NAMES[$i]} s'est arrêté (journal : ${OPE_SVC_LOGS[$i]}) : arrêt de tout le reste."
        return 1
      fi
    done
    # `wait` returns at once when a trapped signal (Ctrl-C) arrives; sleep alone would not.
    sleep 1 &
    wait $! 2>/dev/null || true
  done
}

# Stops one process: SIGTERM, waits for it to end (bash reaps it: services are
# disowned), SIGKILL only after SECS seconds, with a warning.
ope_stop_pid() {
  local pid="$1" name="$2" secs="$3" start=$SECONDS
  ope_pid_alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while ope_pid_alive "$pid"; do
    if ((SECONDS - start >= secs)); then
      ope_warn "$name ne s'arrête pas après ${secs} s : SIGKILL."
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.1
  done
}

# Stops everything we started, newest first (nginx, app, …, MariaDB last).
# Idempotent; installed on EXIT by ope_install_traps.
OPE_CLEANED=0
ope_cleanup() {
  ((OPE_CLEANED)) && return 0
  OPE_CLEANED=1
  local i
  for ((i = ${#OPE_SVC_PIDS[@]} - 1; i >= 0; i--)); do
    ope_stop_pid "${OPE_SVC_PIDS[$i]}" "${OPE_SVC_NAMES[$i]}" "${OPE_SVC_STOP_SECS[$i]}"
  done
  # A private server restarted by a test is not one of our processes: stop
  # whatever still answers on the private socket.
  if [[ -n "${OPE_DB_SOCKET:-}" && -S "$OPE_DB_SOCKET" ]] &&
    mariadb-admin --no-defaults --socket="$OPE_DB_SOCKET" ping >/dev/null 2>&1; then
    mariadb-admin --no-defaults --socket="$OPE_DB_SOCKET" shutdown >/dev/null 2>&1 || true
  fi
}

ope_install_traps() {
  trap ope_cleanup EXIT
  # exit runs the EXIT trap, hence the cleanup, with the usual status.
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# -------------------------------------------------------------- MariaDB ----

# Checks that a name is a plain SQL identifier (it is pasted into SQL).
ope_check_identifier() {
  [[ "$1" =~ ^[A-Za-z0-9_]{1,32}$ ]] || ope_die "$2 invalide : '$1' (lettres, chiffres, _ seulement)."
}

# ope_db_start VARDIR PORT
# Starts a private MariaDB whose files all live under VARDIR/mariadb,
# listening on 127.0.0.1:PORT only; initialises the datadir on first use.
# Sets OPE_DB_SOCKET.
ope_db_start() {
  local var="$1" port="$2"
  local dir="$var/mariadb"
  local datadir="$dir/data" log="$var/logs/mariadb.log"
  mkdir -p "$var/logs"
  ope_private_dir "$dir" "${OPE_DB_USER_OS:-mysql}"

  # A Unix socket path is limited to 107 bytes: fall back to /tmp when the
  # checkout lives deep in the file system.
  OPE_DB_SOCKET="$dir/mariadb.sock"
  if ((${#OPE_DB_SOCKET} > 100)); then
    OPE_DB_SOCKET="/tmp/ope-mariadb-$(printf '%s' "$dir" | md5sum | cut -c1-12).sock"
  fi

  local user_opt=()
  if ((EUID == 0)); then
    # MariaDB runs as mysql (ope_service_users): its folder (data written by an
    # older, root-run version included) and its log belong to it.
    local os_user="${OPE_DB_USER_OS:-mysql}"
    user_opt=(--user="$os_user")
    chown -R "$os_user:$os_user" "$dir"
    touch "$log"
    chown "$os_user:$os_user" "$log"
    chmod 600 "$log"
  fi

  if [[ ! -d "$datadir/mysql" ]]; then
    ope_say "Initialisation de MariaDB dans $datadir"
    mkdir -p "$datadir"
    ((EUID == 0)) && chown "${OPE_DB_USER_OS:-mysql}:${OPE_DB_USER_OS:-mysql}" "$datadir"
    # --no-defaults everywhere: Debian's /etc/mysql would move socket and pid to /run.
    mariadb-install-db --no-defaults "${user_opt[@]}" --datadir="$datadir" \
      --auth-root-authentication-method=socket --skip-test-db \
      >"$var/logs/mariadb-install.log" 2>&1 \
      || { ope_show_log "$var/logs/mariadb-install.log"; ope_die "mariadb-install-db a échoué."; }
  fi

  ope_say "Démarrage de MariaDB sur 127.0.0.1:$port"
  # OPE_DB_EXTRA_ARGS: more server options, separated by spaces (scripts/test.sh).
  local extra=()
  read -ra extra <<<"${OPE_DB_EXTRA_ARGS:-}"
  local cmd=(mariadbd --no-defaults "${user_opt[@]}" --datadir="$datadir"
    --socket="$OPE_DB_SOCKET" --pid-file="$dir/mariadb.pid"
    --port="$port" --bind-address=127.0.0.1 --skip-name-resolve
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
    --log-error="$log" "${extra[@]}")
  # The same command as one string, for a test that restarts the server.
  OPE_DB_COMMAND="$(printf '%q ' "${cmd[@]}")"
  OPE_STOP_SECS=60 ope_start_service "MariaDB" "$log" "${cmd[@]}"

  local start=$SECONDS
  until mariadb-admin --no-defaults --socket="$OPE_DB_SOCKET" ping >/dev/null 2>&1; do
    ope_check_services
    ((SECONDS - start < 60)) || { ope_show_log "$log"; ope_die "MariaDB ne répond pas après 60 s."; }
    sleep 0.2
  done
}

# Runs SQL (stdin) as MariaDB's root through the private socket.
# shellcheck disable=SC2120  # extra client options are optional
ope_db_root_sql() {
  mariadb --no-defaults --default-character-set=utf8mb4 --socket="$OPE_DB_SOCKET" "$@"
}

# ope_db_setup VARDIR
# Creates the database and its user (OPE_DB_NAME / OPE_DB_USER, default ope)
# on the private server. The user's password is generated once, kept in
# VARDIR/db.env (mode 600) and reused on later runs. Exports OPE_DB_*.
ope_db_setup() {
  local var="$1" envfile="$1/db.env"
  export OPE_DB_NAME="${OPE_DB_NAME:-ope}" OPE_DB_USER="${OPE_DB_USER:-ope}"
  ope_check_identifier "$OPE_DB_NAME" OPE_DB_NAME
  ope_check_identifier "$OPE_DB_USER" OPE_DB_USER

  # The private server always uses the password of db.env (one line,
  # OPE_DB_PASSWORD=hex), read rather than sourced.
  local password=""
  [[ -f "$envfile" ]] && password="$(sed -n 's/^OPE_DB_PASSWORD=//p' "$envfile" | head -n 1)"
  if [[ ! "$password" =~ ^[0-9a-f]{32,}$ ]]; then
    password="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    (umask 077 && printf 'OPE_DB_PASSWORD=%s\n' "$password" >"$envfile")
  fi
  chmod 600 "$envfile"
  export OPE_DB_PASSWORD="$password"

  # ALTER USER keeps the account in step with db.env even if db.env was lost.
  local host sql="CREATE DATABASE IF NOT EXISTS \`$OPE_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  for host in 127.0.0.1 localhost; do
    sql+="
CREATE USER IF NOT EXISTS '$OPE_DB_USER'@'$host' IDENTIFIED BY '$password';
ALTER USER '$OPE_DB_USER'@'$host' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`$OPE_DB_NAME\`.* TO '$OPE_DB_USER'@'$host';"
  done
  printf '%s\n' "$sql" | ope_db_root_sql || ope_die "création de la base $OPE_DB_NAME impossible."
}

# ------------------------------------------------------------------ app ----

# ope_secret_file VARDIR: the key that seals the trainees' initial passwords in the
# database (OPE_SECRET_FILE, default VARDIR/secret.key): 32 random bytes as 64 hex
# characters, created once, mode 600, owned by the user the app runs as. It is not
# in the database, so not in scripts/backup.sh's dumps: back it up apart (README).
ope_secret_file() {
  local var="$1"
  export OPE_SECRET_FILE="${OPE_SECRET_FILE:-$var/secret.key}"
  if [[ ! -s "$OPE_SECRET_FILE" ]]; then
    (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$OPE_SECRET_FILE") ||
      ope_die "impossible de créer la clé secrète $OPE_SECRET_FILE (OPE_SECRET_FILE)."
  fi
  chmod 600 "$OPE_SECRET_FILE"
  if ((EUID == 0)) && ((${#OPE_RUN_AS[@]})); then chown "$OPE_USER:$OPE_USER" "$OPE_SECRET_FILE"; fi
}

# ope_app_prepare [demo]: applies the migrations; with "demo", also loads the demo
# data when the base has no account (only ever into the scripts' private database).
ope_app_prepare() {
  ope_bin migrate || ope_die "« ope migrate » a échoué."
  if [[ "${1:-}" == demo ]]; then
    ope_bin demo || ope_die "« ope demo » a échoué."
  fi
}

# True for an address only this machine can reach (what OPE_HTTP_BIND may be while
# demo accounts keep their public password).
ope_loopback() {
  case "$1" in
    127.* | localhost | ::1 | "[::1]") return 0 ;;
    *) return 1 ;;
  esac
}

# Dies when a demo account still has its public demo password (`ope comptes-demo`
# exits 3) and nginx would listen on BIND beyond loopback.
ope_refuse_demo_beyond_loopback() {
  local bind="$1" out status=0
  ope_loopback "$bind" && return 0
  out="$(ope_bin comptes-demo)" || status=$?
  case "$status" in
    0) return 0 ;;
    3) ope_die "refus d'écouter sur $bind (OPE_HTTP_BIND) : ${out#*: } ont encore leur mot de passe de démonstration, public. Changez leur mot de passe (ou désactivez-les) sur le site en local d'abord, ou gardez OPE_HTTP_BIND=127.0.0.1." ;;
    *) ope_die "impossible de vérifier les comptes de démonstration (« ope comptes-demo » : code $status)." ;;
  esac
}

# ope_app_start LOGFILE — `ope serve` on OPE_LISTEN, in the background.
# ope_app_start LOG [LISTEN [NAME]]: one `ope serve`, on OPE_LISTEN or LISTEN;
# a NAME is sent back in X-Ope-Instance (the tests use it to see who answered).
ope_app_start() {
  local listen="${2:-$OPE_LISTEN}"
  ope_say "Démarrage de l'application sur $listen"
  ope_start_service "ope serve ($listen)" "$1" env OPE_LISTEN="$listen" OPE_INSTANCE="${3:-}" \
    "${OPE_RUN_AS[@]}" "$OPE_BIN" serve
}

# ---------------------------------------------------------------- nginx ----

# Escapes a value for the replacement side of a sed s|||.
ope_sed_escape() { printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'; }

# ope_render TEMPLATE OUTPUT KEY=VALUE... — replaces each @KEY@ with VALUE.
ope_render() {
  local template="$1" out="$2" kv args=()
  shift 2
  for kv in "$@"; do
    args+=(-e "s|@${kv%%=*}@|$(ope_sed_escape "${kv#*=}")|g")
  done
  sed "${args[@]}" "$template" >"$out"
  if grep -q '@[A-Z_]*@' "$out"; then
    ope_die "paramètre non remplacé dans $out : $(grep -o '@[A-Z_]*@' "$out" | sort -u | tr '\n' ' ')"
  fi
}

# ope_nginx_start VARDIR HTTP_LISTEN UPSTREAM ACCESS_LOG(on|off)
# Renders the templates into VARDIR/nginx and starts nginx in the background.
# ope_nginx_start VARDIR LISTEN "APP1 [APP2...]" ACCESS_LOG(on|off): the app
# instances form one upstream; a request whose instance fails before answering is
# passed to the next one.
ope_nginx_start() {
  local prefix="$1/nginx" listen="$2" upstream="$3" access="$4"
  local app servers=""
  for app in $upstream; do servers+="server $app max_fails=1 fail_timeout=5s; "; done
  local share="${OPE_SHARE_DIR:-$OPE_ROOT}" tmp
  mkdir -p "$prefix/logs"
  chmod 711 "$prefix"
  # The workers buffer uploads in tmp/: theirs alone.
  for tmp in client_body fastcgi proxy uwsgi scgi; do ope_private_dir "$prefix/tmp/$tmp" "$OPE_USER"; done
  ((EUID == 0)) && chown "$OPE_USER:$OPE_USER" "$prefix/tmp"

  local access_log=off user_directive="# (not root: nginx keeps its own user)"
  [[ "$access" == on ]] && access_log="\"$prefix/logs/access.log\""
  # The master opens the logs and the port as root; the workers run as OPE_USER.
  ((EUID == 0)) && user_directive="user $OPE_USER $OPE_USER;"

  ope_render "$OPE_ROOT/nginx/site.conf.template" "$prefix/site.conf" \
    "PORT=$listen" "SHARE_DIR=${share%/}" "UPSTREAM=ope_app"
  ope_render "$OPE_ROOT/nginx/nginx.conf.template" "$prefix/nginx.conf" \
    "USER_DIRECTIVE=$user_directive" "PREFIX=$prefix" "ACCESS_LOG=$access_log" \
    "SERVERS=$servers" "SITE_CONF=$prefix/site.conf"

  ope_say "Démarrage de nginx sur $listen"
  ope_start_service "nginx" "$prefix/logs/error.log" \
    nginx -p "$prefix/" -c "$prefix/nginx.conf" -e "$prefix/logs/error.log"
}

# ---------------------------------------------------------------- backups

# Database settings for backup.sh/restore.sh: the app's OPE_DB_* variables, or the
# private database of run.sh (var/db.env) when OPE_DB_PASSWORD is not set.
ope_db_client_settings() {
  local envfile="${OPE_VAR_DIR:-var}/db.env"
  if [[ -z "${OPE_DB_PASSWORD:-}" && -f "$envfile" ]]; then
    OPE_DB_PASSWORD="$(sed -n 's/^OPE_DB_PASSWORD=//p' "$envfile" | head -n 1)"  # read, not sourced
  fi
  OPE_DB_HOST="${OPE_DB_HOST:-127.0.0.1}"
  OPE_DB_PORT="${OPE_DB_PORT:-3307}"
  # A list of servers (a Galera cluster, "host1:3306,host2:3306"): the first one.
  OPE_DB_HOST="${OPE_DB_HOST%%,*}"
  if [[ "$OPE_DB_HOST" =~ ^\[(.*)\](:([0-9]+))?$ ]]; then
    OPE_DB_HOST="${BASH_REMATCH[1]}" OPE_DB_PORT="${BASH_REMATCH[3]:-$OPE_DB_PORT}"
  elif [[ "$OPE_DB_HOST" =~ ^([^:]+):([0-9]+)$ ]]; then
    OPE_DB_HOST="${BASH_REMATCH[1]}" OPE_DB_PORT="${BASH_REMATCH[2]}"
  fi
  OPE_DB_NAME="${OPE_DB_NAME:-ope}"
  OPE_DB_USER="${OPE_DB_USER:-ope}"
}

# A value for a MySQL option file, double-quoted with \ and " escaped: unquoted,
# "#" starts a comment and spaces at the end are dropped, so a password holding
# them was cut.
ope_option_value() {
  local v="$1"
  v="${v//\\/\\\\}"
  v="${v//\"/\\\"}"
  v="${v//$'\n'/\\n}"
  printf '"%s"' "$v"
}

# Runs a MariaDB client command with the connection in a temporary option file
# (mode 600), so that the password never shows in `ps`.
ope_with_db_options() {
  local options status=0
  options="$(mktemp)"
  chmod 600 "$options"
  printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword=%s\n' \
    "$(ope_option_value "$OPE_DB_HOST")" "$(ope_option_value "$OPE_DB_PORT")" \
    "$(ope_option_value "$OPE_DB_USER")" "$(ope_option_value "${OPE_DB_PASSWORD:-}")" >"$options"
  local cmd="$1"
  shift
  "$cmd" --defaults-file="$options" "$@" || status=$?
  rm -f "$options"
  return "$status"
}
