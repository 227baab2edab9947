#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on 127.0.0.1, for the tests (two app
# instances on two nodes, a node killed and rejoining) and for a person who
# wants to try the app on a cluster. Debian's mariadb-server and galera-4;
# state transfers (SST) with mariadb-backup, incremental ones (IST) by Galera.
#
#   scripts/cluster.sh start          starts the missing nodes: bootstraps the
#                                     cluster when none runs, then waits until
#                                     all three are Synced (cluster size 3);
#                                     creates the database and the app's user
#   scripts/cluster.sh start N        starts node N only (it joins the others)
#                                     (both: running nodes that lost the quorum
#                                     are first made a primary component again)
#   scripts/cluster.sh stop [N]       stops every node (3, 2, then 1) or node N
#   scripts/cluster.sh kill N         SIGKILLs node N (a crash)
#   scripts/cluster.sh restart N      stops node N if it runs, starts it again
#   scripts/cluster.sh status         state of each node; exit 0 only when all
#                                     three are Synced in a cluster of 3
#   scripts/cluster.sh sql N [ARGS]   the mariadb client, as root, on node N
#   scripts/cluster.sh env            the app's connection settings (OPE_DB_*)
#   scripts/cluster.sh watch PID      returns at once; a detached watchdog stops
#                                     the nodes once process PID has ended (for
#                                     a test killed before its EXIT trap runs)
#
# Environment (defaults in brackets):
#   OPE_CLUSTER_DIR          where the nodes live [var/cluster]: nodeN/data,
#                            nodeN/mariadb.{sock,pid,log}, db.env
#   OPE_CLUSTER_PORT         client port of node 1; node N uses PORT+N-1 [13310]
#   OPE_CLUSTER_GALERA_PORT  Galera port of node 1 [14567]; node N uses
#                            BASE+10*(N-1) for replication, +1 for IST, +2 for SST
#   OPE_CLUSTER_SST          wsrep_sst_method: mariabackup or rsync [mariabackup]
#   OPE_CLUSTER_USER         the system user mariadbd runs as [root when run as
#                            root]; the node folders are given to that user
#   OPE_CLUSTER_TIMEOUT      seconds to wait for a node to be Synced [300]
#   OPE_CLUSTER_PROVIDER_OPTIONS  more Galera options, "key=value;key=value",
#                            e.g. evs.suspect_timeout=PT2S (how long a dead
#                            node holds up writes, 5 s by default) [none]
#   OPE_DB_NAME, OPE_DB_USER the app's database and account [ope, ope]; the
#                            password is generated once into OPE_CLUSTER_DIR/db.env
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

NODES=(1 2 3)
CLUSTER_DIR="$(ope_abs_path "${OPE_CLUSTER_DIR:-var/cluster}")"
CLIENT_PORT="${OPE_CLUSTER_PORT:-13310}"
GALERA_PORT="${OPE_CLUSTER_GALERA_PORT:-14567}"
SST_METHOD="${OPE_CLUSTER_SST:-mariabackup}"
TIMEOUT="${OPE_CLUSTER_TIMEOUT:-300}"
GALERA_LIB=/usr/lib/galera/libgalera_smm.so
# mariadbd refuses to run as root unless told --user=root; another user needs
# the node folders to be its own (see node_prepare_dirs).
RUN_USER="${OPE_CLUSTER_USER:-}"
if [[ -z "$RUN_USER" ]] && ((EUID == 0)); then RUN_USER=root; fi

case "$SST_METHOD" in
  mariabackup) CLUSTER_PACKAGES=(galera-4 mariadb-server mariadb-client mariadb-backup socat) ;;
  rsync) CLUSTER_PACKAGES=(galera-4 mariadb-server mariadb-client rsync) ;;
  *) ope_die "OPE_CLUSTER_SST invalide : '$SST_METHOD' (mariabackup ou rsync)." ;;
esac
# The rsync SST starts an rsync daemon on the joiner; started by root, that
# daemon switches to "nobody", which cannot write into the data folder, and
# the transfer fails (MDEV-40688). mariadb-backup has no such daemon.
if [[ "$SST_METHOD" == rsync && "$RUN_USER" == root ]]; then
  ope_die "le transfert rsync échoue quand MariaDB tourne en root : OPE_CLUSTER_SST=mariabackup ou OPE_CLUSTER_USER=mysql."
fi
for port_var in CLIENT_PORT GALERA_PORT TIMEOUT; do
  [[ "${!port_var}" =~ ^[0-9]+$ ]] || ope_die "valeur invalide pour $port_var : '${!port_var}'"
done
((CLIENT_PORT >= 1 && CLIENT_PORT + 2 <= 65535 && GALERA_PORT >= 1 && GALERA_PORT + 22 <= 65535)) \
  || ope_die "ports hors limites (OPE_CLUSTER_PORT=$CLIENT_PORT, OPE_CLUSTER_GALERA_PORT=$GALERA_PORT)."

# ----------------------------------------------------------- per node ----

node_dir() { printf '%s/node%s\n' "$CLUSTER_DIR" "$1"; }
node_port() { echo $((CLIENT_PORT + $1 - 1)); }
node_gcomm_port() { echo $((GALERA_PORT + 10 * ($1 - 1))); }
node_ist_port() { echo $(($(node_gcomm_port "$1") + 1)); }
node_sst_port() { echo $(($(node_gcomm_port "$1") + 2)); }
node_log() { printf '%s/mariadb.log\n' "$(node_dir "$1")"; }
node_pidfile() { printf '%s/mariadb.pid\n' "$(node_dir "$1")"; }

# A Unix socket path is limited to 107 bytes: /tmp when the folder is deep.
node_socket() {
  local sock
  sock="$(node_dir "$1")/mariadb.sock"
  if ((${#sock} > 100)); then
    sock="/tmp/ope-cluster-$(printf '%s' "$sock" | md5sum | cut -c1-12).sock"
  fi
  printf '%s\n' "$sock"
}

# Checks a node number given on the command line.
check_node() {
  [[ "${1:-}" =~ ^[123]$ ]] || ope_die "numéro de nœud attendu (1, 2 ou 3), reçu : '${1:-}'"
}

# The pid of node N's mariadbd when it runs (from its pid file), else fails.
node_pid() {
  local pid
  pid="$(cat "$(node_pidfile "$1")" 2>/dev/null)" || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] && ope_pid_alive "$pid" && printf '%s\n' "$pid"
}
node_running() { node_pid "$1" >/dev/null; }

# The mariadb client as MariaDB's root on node N (Unix socket authentication).
node_sql() {
  local n="$1"
  shift
  mariadb --no-defaults --default-character-set=utf8mb4 --socket="$(node_socket "$n")" "$@"
}

# One wsrep status value of node N ("" when the node does not answer).
node_status_value() {
  node_sql "$1" -N -B -e "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | cut -f2 || true
}

# node_command N [EXTRA...] sets NODE_CMD to node N's mariadbd command line.
node_command() {
  local n="$1" i members=()
  shift
  for i in "${NODES[@]}"; do members+=("127.0.0.1:$(node_gcomm_port "$i")"); done
  local dir user_opt=()
  dir="$(node_dir "$n")"
  [[ -n "$RUN_USER" ]] && user_opt=(--user="$RUN_USER")
  # --no-defaults: Debian's /etc/mysql would move the socket and pid file.
  NODE_CMD=(mariadbd --no-defaults "${user_opt[@]}"
    --datadir="$dir/data" --socket="$(node_socket "$n")" --pid-file="$(node_pidfile "$n")"
    --port="$(node_port "$n")" --bind-address=127.0.0.1 --skip-name-resolve
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
    --log-error="$(node_log "$n")"
    # What Galera needs: row-based replication, InnoDB, interleaved
    # auto-increment locks (no table lock that the appliers could wait on).
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2
    --wsrep-on=ON --wsrep-provider="$GALERA_LIB"
    --wsrep-cluster-name=ope --wsrep-cluster-address="gcomm://$(IFS=,; echo "${members[*]}")"
    --wsrep-node-name="node$n" --wsrep-node-address="127.0.0.1:$(node_gcomm_port "$n")"
    --wsrep-node-incoming-address="127.0.0.1:$(node_port "$n")"
    --wsrep-sst-method="$SST_METHOD" --wsrep-sst-receive-address="127.0.0.1:$(node_sst_port "$n")"
    # gcache (the write sets kept for IST) smaller than the 128M default.
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$(node_gcomm_port "$n"); ist.recv_addr=127.0.0.1:$(node_ist_port "$n"); gcache.size=64M${OPE_CLUSTER_PROVIDER_OPTIONS:+; $OPE_CLUSTER_PROVIDER_OPTIONS}"
    "$@")
}

# Creates node N's folders and gives them to RUN_USER when it is not root.
node_prepare_dirs() {
  local dir
  dir="$(node_dir "$1")"
  mkdir -p "$dir/data"
  if [[ -n "$RUN_USER" && "$RUN_USER" != root ]]; then
    chown -R "$RUN_USER:" "$dir"
  fi
}

# grastate.dat field (uuid, seqno, safe_to_bootstrap) of node N, "" if none.
node_grastate() {
  sed -n "s/^$2:[[:space:]]*//p" "$(node_dir "$1")/data/grastate.dat" 2>/dev/null | head -n 1 || true
}

# After a crash grastate.dat says seqno -1: the position is in InnoDB.
# `mariadbd --wsrep-recover` reads it (as Debian's galera_recovery does) and
# prints "uuid:seqno"; starting with --wsrep-start-position then allows an
# IST instead of a full SST. Prints nothing when there is nothing to recover.
node_recover_position() {
  local n="$1" log
  [[ -d "$(node_dir "$n")/data/mysql" ]] || return 0
  [[ "$(node_grastate "$n" seqno)" == -1 ]] || return 0
  log="$(node_dir "$n")/recover.log"
  node_command "$n" --wsrep-recover --log-error="$log"
  rm -f "$log"
  "${NODE_CMD[@]}" </dev/null >/dev/null 2>&1 || { ope_show_log "$log"; ope_die "nœud $n : récupération de la position (--wsrep-recover) impossible."; }
  sed -n 's/.*WSREP: Recovered position: *//p' "$log" | tail -n 1
}

# Dies if one of node N's ports is taken (by something else than itself).
node_require_free_ports() {
  local n="$1"
  ope_require_free_port "$(node_port "$n")" "nœud $n, clients" OPE_CLUSTER_PORT
  ope_require_free_port "$(node_gcomm_port "$n")" "nœud $n, réplication Galera" OPE_CLUSTER_GALERA_PORT
  ope_require_free_port "$(node_ist_port "$n")" "nœud $n, IST" OPE_CLUSTER_GALERA_PORT
  ope_require_free_port "$(node_sst_port "$n")" "nœud $n, SST" OPE_CLUSTER_GALERA_PORT
}

# node_launch N [EXTRA...]: starts node N's mariadbd in the background (its
# own session, so that it outlives this script and the terminal's Ctrl-C).
node_launch() {
  local n="$1"
  shift
  node_require_free_ports "$n"
  node_prepare_dirs "$n"
  node_command "$n" "$@"
  # Cut at each start so that the "IST or SST" check below reads this start only.
  printf -- '----- cluster.sh : démarrage du nœud %s (%s) -----\n' "$n" "$(date '+%F %T')" >>"$(node_log "$n")"
  OPE_STOP_SECS=60 ope_start_service "nœud $n" "$(node_log "$n")" setsid "${NODE_CMD[@]}"
}

# Waits until node N is Synced and sees a cluster of at least SIZE nodes,
# dying (with its log) if its process exits. Prints how long it took.
node_wait_synced() {
  local n="$1" size="$2" start=$SECONDS state="" csize=""
  while :; do
    ope_check_services
    state="$(node_status_value "$n" wsrep_local_state_comment)"
    csize="$(node_status_value "$n" wsrep_cluster_size)"
    [[ "$state" == Synced && "${csize:-0}" -ge "$size" ]] && break
    if ((SECONDS - start >= TIMEOUT)); then
      ope_show_log "$(node_log "$n")"
      ope_die "nœud $n pas synchronisé après ${TIMEOUT} s (état : ${state:-ne répond pas}, taille : ${csize:-?})."
    fi
    sleep 0.2
  done
}

# How node N got its data at its last start, from its log: "SST" (a full
# copy), "IST, K write sets" or "rien à transférer". The joiner's log shows
# its own position ("IST uuid:U f: F", F its seqno + 1) and the state it got
# ("SST received: U:S"); with IST the SST step is bypassed and S = F - 1.
# (The SST script's own messages go to syslog: it reads Debian's
# [mysqld_safe] syslog setting, --no-defaults or not.)
node_transfer_kind() {
  awk '
    /^----- cluster.sh : démarrage/ { own = ""; first = ""; got = ""; count = 0; next }
    /WSREP: ####### IST uuid:/ {
      own = $0; sub(/.*IST uuid:/, "", own); sub(/ .*/, "", own)
      first = $0; sub(/.* f: /, "", first); sub(/,.*/, "", first)
    }
    /WSREP: SST received: / { got = $NF }
    /WSREP: Receiving IST: [0-9]+ writesets/ { count = $0; sub(/.*Receiving IST: /, "", count); sub(/ .*/, "", count) }
    END {
      if (got == "") { print "rien à transférer"; exit }
      if (own !~ /^0{8}-/ && got == own ":" (first - 1)) print "IST, " (count + 0) " write sets"
      else print "SST"
    }' "$(node_log "$1")"
}

# Starts node N so that it joins the running nodes; waits until Synced.
node_join() {
  local n="$1" pos extra=() t0=$SECONDS
  pos="$(node_recover_position "$n")"
  [[ -n "$pos" ]] && extra=(--wsrep-start-position="$pos")
  ope_say "Démarrage du nœud $n (127.0.0.1:$(node_port "$n"))${pos:+, position récupérée $pos}"
  node_launch "$n" "${extra[@]}"
  node_wait_synced "$n" 2
  ope_say "Nœud $n synchronisé en $((SECONDS - t0)) s ($(node_transfer_kind "$n"))."
}

# ------------------------------------------------------------ cluster ----

running_nodes() {
  local n
  for n in "${NODES[@]}"; do node_running "$n" && echo "$n"; done
  return 0
}

# Chooses the node to bootstrap from when none runs: the one whose
# grastate.dat says safe_to_bootstrap: 1 (the last one stopped cleanly); after
# a crash of every node, the one with the highest recovered seqno, which is
# then marked safe to bootstrap. Prints its number.
choose_bootstrap_node() {
  local n best="" best_seqno=-2 pos seqno
  for n in "${NODES[@]}"; do
    [[ "$(node_grastate "$n" safe_to_bootstrap)" == 1 ]] && { echo "$n"; return 0; }
  done
  for n in "${NODES[@]}"; do
    [[ -d "$(node_dir "$n")/data/mysql" ]] || continue
    pos="$(node_recover_position "$n")"
    seqno="${pos##*:}"
    [[ -n "$pos" ]] || seqno="$(node_grastate "$n" seqno)"
    [[ "$seqno" =~ ^-?[0-9]+$ ]] || continue
    if ((seqno > best_seqno)); then best="$n" best_seqno="$seqno"; fi
  done
  [[ -n "$best" ]] || ope_die "aucun nœud ne peut relancer la grappe (données illisibles dans $CLUSTER_DIR ?)."
  ope_warn "aucun nœud arrêté proprement : la grappe repart du nœud $best (seqno $best_seqno, le plus avancé)."
  sed -i 's/^safe_to_bootstrap:.*/safe_to_bootstrap: 1/' "$(node_dir "$best")/data/grastate.dat"
  echo "$best"
}

# When nodes run but none is in the primary component (the others died and
# the survivors lost the quorum: every query gets error 1047), the most
# advanced of them forms one alone (pc.bootstrap), after a few seconds' grace
# in case it is only a view change in progress. ARGS: the running nodes.
ensure_primary() {
  local n start=$SECONDS best="" best_seqno=-1 seqno
  while :; do
    for n in "$@"; do
      [[ "$(node_status_value "$n" wsrep_cluster_status)" == Primary ]] && return 0
    done
    ((SECONDS - start < 5)) || break
    sleep 0.5
  done
  for n in "$@"; do
    seqno="$(node_status_value "$n" wsrep_last_committed)"
    if [[ "$seqno" =~ ^[0-9]+$ ]] && ((seqno > best_seqno)); then best="$n" best_seqno="$seqno"; fi
  done
  [[ -n "$best" ]] || ope_die "aucun nœud en marche ne répond (nœuds $*) : arrêtez la grappe (« $0 stop ») et relancez-la."
  ope_warn "aucun nœud dans la composante primaire (quorum perdu) : le nœud $best (seqno $best_seqno) en reforme une seul (pc.bootstrap)."
  node_sql "$best" -e "SET GLOBAL wsrep_provider_options = 'pc.bootstrap=YES'" \
    || ope_die "nœud $best : pc.bootstrap refusé."
  node_wait_synced "$best" 1
}

# Creates the app's database and account (as ope_db_setup does for the
# private server); replicated to the other nodes. Sets OPE_DB_PASSWORD.
setup_database() {
  # local: ope_cleanup (the EXIT trap) shuts down whatever answers on a
  # global OPE_DB_SOCKET, which must not be a node.
  local OPE_DB_SOCKET
  # shellcheck disable=SC2034  # read by ope_db_setup (lib.sh)
  OPE_DB_SOCKET="$(node_socket "$1")"
  ope_db_setup "$CLUSTER_DIR"
}

# Once the nodes are Synced, the EXIT trap (ope_cleanup) must leave them running.
forget_services() {
  # shellcheck disable=SC2034  # lib.sh's service list
  OPE_SVC_NAMES=() OPE_SVC_PIDS=() OPE_SVC_LOGS=() OPE_SVC_STOP_SECS=()
}

cmd_start() {
  ope_install_packages "${CLUSTER_PACKAGES[@]}"
  mkdir -p "$CLUSTER_DIR"
  # A node started here and not Synced at the end is stopped again.
  ope_install_traps
  local t0=$SECONDS running n boot=""
  mapfile -t running < <(running_nodes)

  if ((${#running[@]} == 0)); then
    if [[ ! -d "$(node_dir 1)/data/mysql" && ! -f "$(node_dir 1)/data/grastate.dat" ]] &&
      [[ ! -f "$(node_dir 2)/data/grastate.dat" && ! -f "$(node_dir 3)/data/grastate.dat" ]]; then
      ope_say "Nouvelle grappe dans $CLUSTER_DIR : initialisation du nœud 1"
      node_prepare_dirs 1
      local user_opt=()
      [[ -n "$RUN_USER" ]] && user_opt=(--user="$RUN_USER")
      mariadb-install-db --no-defaults "${user_opt[@]}" --datadir="$(node_dir 1)/data" \
        --auth-root-authentication-method=socket --skip-test-db \
        >"$(node_dir 1)/install.log" 2>&1 \
        || { ope_show_log "$(node_dir 1)/install.log"; ope_die "mariadb-install-db a échoué."; }
      boot=1
    else
      boot="$(choose_bootstrap_node)"
    fi
    # After a crash, the recovered position also lets its gcache serve ISTs.
    local pos extra=()
    pos="$(node_recover_position "$boot")"
    [[ -n "$pos" ]] && extra=(--wsrep-start-position="$pos")
    ope_say "Amorçage de la grappe sur le nœud $boot (127.0.0.1:$(node_port "$boot"))${pos:+, position récupérée $pos}"
    node_launch "$boot" --wsrep-new-cluster "${extra[@]}"
    node_wait_synced "$boot" 1
    ope_say "Nœud $boot prêt en $((SECONDS - t0)) s."
    running=("$boot")
  else
    ensure_primary "${running[@]}"
  fi

  setup_database "${running[0]}"
  for n in "${NODES[@]}"; do
    [[ " ${running[*]} " == *" $n "* ]] || node_join "$n"
  done
  for n in "${NODES[@]}"; do node_wait_synced "$n" "${#NODES[@]}"; done
  # Success: the nodes stay up after this script.
  forget_services
  ope_say "Grappe prête en $((SECONDS - t0)) s : 3 nœuds synchronisés, ports $(node_port 1), $(node_port 2), $(node_port 3) ; base $OPE_DB_NAME, utilisateur $OPE_DB_USER (mot de passe dans $CLUSTER_DIR/db.env)."
}

cmd_start_node() {
  local n="$1"
  ope_install_packages "${CLUSTER_PACKAGES[@]}"
  if node_running "$n"; then
    ope_say "Le nœud $n tourne déjà (pid $(node_pid "$n"))."
    return 0
  fi
  local others
  mapfile -t others < <(running_nodes)
  ((${#others[@]})) || ope_die "aucun autre nœud ne tourne : lancez toute la grappe avec « $0 start »."
  ope_install_traps
  ensure_primary "${others[@]}"
  node_join "$n"
  forget_services
}

# Stops node N cleanly (SIGTERM: InnoDB and Galera save their state).
node_stop() {
  local n="$1" pid
  if pid="$(node_pid "$n")"; then
    ope_say "Arrêt du nœud $n"
    ope_stop_pid "$pid" "nœud $n" 60
  fi
}

cmd_stop() {
  local n
  # Node 1 last: it is then the one marked safe_to_bootstrap for the next start.
  for n in 3 2 1; do node_stop "$n"; done
  ope_say "Grappe arrêtée."
}

cmd_kill() {
  local n="$1" pid
  pid="$(node_pid "$n")" || ope_die "le nœud $n ne tourne pas."
  ope_say "SIGKILL du nœud $n (pid $pid)"
  kill -KILL "$pid"
  local start=$SECONDS
  while ope_pid_alive "$pid"; do
    ((SECONDS - start < 10)) || ope_die "le nœud $n survit à SIGKILL ?"
    sleep 0.1
  done
}

cmd_status() {
  local n pid state size ready cstatus all=0
  printf '%-6s %-8s %-6s %-16s %-12s %-6s %s\n' nœud pid port état statut taille prêt
  for n in "${NODES[@]}"; do
    if pid="$(node_pid "$n")"; then
      state="$(node_status_value "$n" wsrep_local_state_comment)"
      cstatus="$(node_status_value "$n" wsrep_cluster_status)"
      size="$(node_status_value "$n" wsrep_cluster_size)"
      ready="$(node_status_value "$n" wsrep_ready)"
      printf '%-6s %-8s %-6s %-16s %-12s %-6s %s\n' "$n" "$pid" "$(node_port "$n")" \
        "${state:-ne répond pas}" "${cstatus:--}" "${size:--}" "${ready:--}"
      [[ "$state" == Synced && "$size" == "${#NODES[@]}" && "$ready" == ON ]] || all=1
    else
      printf '%-6s %-8s %-6s %s\n' "$n" - "$(node_port "$n")" arrêté
      all=1
    fi
  done
  return "$all"
}

cmd_env() {
  local password
  password="$(sed -n 's/^OPE_DB_PASSWORD=//p' "$CLUSTER_DIR/db.env" 2>/dev/null | head -n 1)"
  [[ -n "$password" ]] || ope_die "pas de $CLUSTER_DIR/db.env : lancez d'abord « $0 start »."
  printf 'OPE_DB_HOST=127.0.0.1\nOPE_DB_PORT=%s\nOPE_DB_NAME=%s\nOPE_DB_USER=%s\nOPE_DB_PASSWORD=%s\n' \
    "$(node_port 1)" "${OPE_DB_NAME:-ope}" "${OPE_DB_USER:-ope}" "$password"
  printf 'OPE_CLUSTER_PORTS="%s %s %s"\n' "$(node_port 1)" "$(node_port 2)" "$(node_port 3)"
}

# The nodes outlive the scripts that start them (own session, parent gone).
cmd_watch() {
  local pid="$1"
  [[ "$pid" =~ ^[0-9]+$ ]] || ope_die "numéro de processus attendu, reçu : '$pid'"
  # shellcheck disable=SC2016  # expanded by the inner bash
  (setsid env OPE_CLUSTER_DIR="$CLUSTER_DIR" bash -c \
    'while kill -0 "$1" 2>/dev/null; do sleep 2; done; exec "$2" stop' \
    watchdog "$pid" "$OPE_ROOT/scripts/cluster.sh" </dev/null >/dev/null 2>&1 &)
}

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//' >&2
  exit 2
}

case "${1:-}" in
  start)
    if (($# >= 2)); then check_node "$2"; cmd_start_node "$2"; else cmd_start; fi ;;
  stop)
    if (($# >= 2)); then check_node "$2"; node_stop "$2"; else cmd_stop; fi ;;
  kill) check_node "${2:-}"; cmd_kill "$2" ;;
  restart)
    check_node "${2:-}"
    node_stop "$2"
    cmd_start_node "$2" ;;
  status) cmd_status ;;
  sql) check_node "${2:-}"; n="$2"; shift 2; node_sql "$n" "$@" ;;
  env) cmd_env ;;
  watch) cmd_watch "${2:-}" ;;
  *) usage ;;
esac
