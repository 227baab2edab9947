#!/usr/bin/env bash
# The Galera cluster of scripts/cluster.sh, proven on this machine: three nodes
# start (SST to the two joiners), a write on node 1 is read on nodes 2 and 3,
# conflicting transactions on two nodes end with error 1213 for one of them,
# what SELECT ... FOR UPDATE does (and does not) across nodes, what
# wsrep_sync_wait changes, how a node outside the primary component answers
# (1047), then node 2 is SIGKILLed while node 1 keeps writing, restarted, and
# must catch up (IST): same rows on the three nodes. Its own tiny schema, not
# the app's. Prints the timings it measured.
#
# Skipped (77) unless OPE_TEST_CLUSTER=1: it starts three MariaDB servers.
# Ports: OPE_CLUSTER_PORT / OPE_CLUSTER_GALERA_PORT as for scripts/cluster.sh.
# The cluster lives in $OPE_TEST_VAR/cluster under scripts/test.sh, else in a
# temporary folder (removed when the test passes).
set -uo pipefail
[[ "${OPE_TEST_CLUSTER:-0}" == 1 ]] || { echo "OPE_TEST_CLUSTER=1 not set: skipped"; exit 77; }
cd "$(dirname "$0")/../.." || exit 1
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

if [[ -n "${OPE_TEST_VAR:-}" ]]; then
  export OPE_CLUSTER_DIR="$OPE_TEST_VAR/cluster"
  rm -rf "$OPE_CLUSTER_DIR"
  own_dir=0
else
  OPE_CLUSTER_DIR="$(mktemp -d /tmp/ope-cluster-test.XXXXXX)"
  export OPE_CLUSTER_DIR
  own_dir=1
fi
WORK="$OPE_CLUSTER_DIR/test"
mkdir -p "$WORK"
# A node that does not sync fails the test well before CTest's TIMEOUT.
export OPE_CLUSTER_TIMEOUT="${OPE_CLUSTER_TIMEOUT:-120}"
CLUSTER=scripts/cluster.sh
# If this test is killed without its EXIT trap (CTest's TIMEOUT sends SIGKILL),
# the nodes, which outlive it, are stopped once this shell is gone.
$CLUSTER watch $$
DB=galera_test

passed=0 failed=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}"; then passed=$((passed + 1)); else echo "FAIL: $1"; failed=$((failed + 1)); fi
}
note() { printf '  %s\n' "$*"; }
now_ms() { date +%s%3N; }
secs_since() { local ms=$(($(now_ms) - $1)); printf '%d.%01d' $((ms / 1000)) $((ms % 1000 / 100)); }

# Client sessions kept open on a node, fed through a FIFO: a statement batch
# is sent, then a marker row; its output is what came before the marker.
# (--force: the client goes on after an error, which it prints.)
declare -A SESS_FD SESS_OUT SESS_SEQ SESS_PID
session_open() {  # NAME NODE
  local name="$1" fifo="$WORK/fifo.$1" fd
  rm -f "$fifo"
  mkfifo "$fifo"
  SESS_OUT[$name]="$WORK/session.$name.out"
  : >"${SESS_OUT[$name]}"
  SESS_SEQ[$name]=0
  # The client must not keep the other sessions' FIFOs open (they would never
  # see their end of file).
  (
    for fd in "${SESS_FD[@]}"; do exec {fd}>&-; done
    exec $CLUSTER sql "$2" --force -N -B -n -D "$DB" <"$fifo" >"${SESS_OUT[$name]}" 2>&1
  ) &
  SESS_PID[$name]=$!
  exec {fd}>"$fifo"
  SESS_FD[$name]=$fd
}
session_send() {  # NAME SQL (does not wait)
  # It counts the batches: in a subshell ($(...)) the count would be lost and
  # the next batch would reuse a marker, reading an older batch's output.
  ((BASH_SUBSHELL == 0)) || { echo "FAIL: session_send in a subshell"; exit 1; }
  local k=$((SESS_SEQ[$1] + 1))
  SESS_SEQ[$1]=$k
  printf '%s\nSELECT "@@mark%s";\n' "$2" "$k" >&"${SESS_FD[$1]}"
}
session_wait() {  # NAME: prints the output of the last batch
  local name="$1" k="${SESS_SEQ[$1]}" start=$SECONDS
  until grep -qx "@@mark$k" "${SESS_OUT[$name]}"; do
    if ((SECONDS - start > 60)); then echo "(session $name: no answer after 60 s)"; return 1; fi
    sleep 0.02
  done
  awk -v from="@@mark$((k - 1))" -v to="@@mark$k" -v k="$k" \
    'k == 1 && NR == 1 { p = 1 } $0 == to { exit } p { print } $0 == from { p = 1 }' "${SESS_OUT[$name]}"
}
session_sql() { session_send "$1" "$2"; session_wait "$1"; }  # never in $(...)
session_close() {
  local name="$1" fd="${SESS_FD[$1]}"
  printf 'quit\n' >&"$fd"
  exec {fd}>&-
  unset "SESS_FD[$name]"
  wait "${SESS_PID[$name]}" 2>/dev/null
}
# The MariaDB error number in some client output ("" when none).
error_of() { grep -o '^ERROR [0-9]*' <<<"$1" | head -n 1 | cut -d' ' -f2; }

sql() {  # NODE SQL: one value or rows, tab-separated
  $CLUSTER sql "$1" -N -B -D "$DB" -e "$2"
}
status_sum() {  # VARIABLE: its sum over nodes 1 and 2
  local n total=0 v
  for n in 1 2; do
    v="$($CLUSTER sql "$n" -N -B -e "SHOW GLOBAL STATUS LIKE '$1'" | cut -f2)"
    total=$((total + ${v:-0}))
  done
  echo "$total"
}

finish() {
  local status=$?
  for name in "${!SESS_FD[@]}"; do
    fd="${SESS_FD[$name]}"
    exec {fd}>&-
  done
  $CLUSTER stop >/dev/null 2>&1 || true
  # Anything left (a node that would not stop) is killed.
  for n in 1 2 3; do
    pid="$(cat "$OPE_CLUSTER_DIR/node$n/mariadb.pid" 2>/dev/null)" && kill -KILL "$pid" 2>/dev/null
  done
  if ((status == 0 && own_dir)); then
    rm -rf "$OPE_CLUSTER_DIR"
  elif ((status != 0)); then
    for n in 1 2 3; do ope_show_log "$OPE_CLUSTER_DIR/node$n/mariadb.log" 30; done
    echo "cluster left in $OPE_CLUSTER_DIR"
  fi
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

T0=$(now_ms)
echo "== start: bootstrap node 1, nodes 2 and 3 join by SST"
t=$(now_ms)
if ! $CLUSTER start; then
  echo "FAIL: scripts/cluster.sh start"
  exit 1
fi
note "start took $(secs_since "$t") s"
check "status: three nodes Synced, cluster size 3" $CLUSTER status
eval "$($CLUSTER env)"
read -r -a ports <<<"$OPE_CLUSTER_PORTS"
check "the app's account connects to node 2 over TCP" test \
  "$(OPE_DB_PORT="${ports[1]}" ope_with_db_options mariadb -N -B -e "SELECT @@wsrep_node_name" "$OPE_DB_NAME")" = node2

echo "== a write on node 1 is read on nodes 2 and 3"
$CLUSTER sql 1 -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  USE $DB;
  CREATE TABLE session_formation (id INT PRIMARY KEY, version INT NOT NULL DEFAULT 0);
  -- like the app's inscription: a foreign key to the session
  CREATE TABLE inscription (id INT AUTO_INCREMENT PRIMARY KEY, session_id INT NOT NULL, qui VARCHAR(20) NOT NULL,
    FOREIGN KEY (session_id) REFERENCES session_formation (id));
  -- the same without a foreign key
  CREATE TABLE journal (id INT AUTO_INCREMENT PRIMARY KEY, session_id INT NOT NULL, qui VARCHAR(20) NOT NULL);
  CREATE TABLE ligne (id INT AUTO_INCREMENT PRIMARY KEY, noeud INT NOT NULL, v INT NOT NULL);
  INSERT INTO session_formation (id) SELECT seq FROM seq_1_to_100;
  INSERT INTO ligne (noeud, v) SELECT 1, seq FROM seq_1_to_100;"
for n in 2 3; do
  # wsrep_sync_wait=1: the read waits until the node has applied what was
  # committed anywhere before it (see the wsrep_sync_wait part below).
  check "node $n reads the 100 rows written on node 1" \
    test "$($CLUSTER sql "$n" -N -B -e "SET SESSION wsrep_sync_wait = 1; SELECT COUNT(*) FROM $DB.ligne")" = 100
done
# wsrep_auto_increment_control: increment = cluster size, offset = the node's
# place in the view (wsrep_local_index + 1, by node UUID, not by node number).
offsets="$(for n in 1 2 3; do sql "$n" "SELECT CONCAT(@@auto_increment_increment, '/', @@auto_increment_offset)"; done | sort | tr '\n' ' ')"
note "auto_increment_increment/offset of the three nodes: $offsets"
check "auto-increment values interleave (increment 3, offsets 1, 2, 3)" test "$offsets" = "3/1 3/2 3/3 "

# Two transactions, A on node 1 and B on node 2, on session row ID.
# STEPS: the statements each one runs after BEGIN; ORDER: "seq" (A commits
# while B is still open, then B commits) or "sim" (both COMMITs sent at once).
# Sets ERR_A and ERR_B (error numbers, "" when committed) and MECHANISM.
run_pair() {  # ID STEPS ORDER
  local id="$1" steps="$2" order="$3" cert bf out_a out_b
  cert="$(status_sum wsrep_local_cert_failures)"
  bf="$(status_sum wsrep_local_bf_aborts)"
  session_send a "BEGIN; ${steps//@ID@/$id}"
  out_a="$(session_wait a)"
  session_send b "BEGIN; ${steps//@ID@/$id}"
  out_b="$(session_wait b)"
  # (No error is expected before the COMMITs: each node only sees its own lock.)
  if [[ -n "$(error_of "$out_a$out_b")" ]]; then
    ERR_A="before-commit:$(error_of "$out_a")" ERR_B="before-commit:$(error_of "$out_b")"
    MECHANISM="?"
    session_sql a "ROLLBACK;" >/dev/null
    session_sql b "ROLLBACK;" >/dev/null
    return
  fi
  if [[ "$order" == seq ]]; then
    session_send a "COMMIT;"
    out_a="$(session_wait a)"
    # Returns once node 2 has applied everything committed before: A's write set.
    $CLUSTER sql 2 -N -B -e "SET SESSION wsrep_sync_wait = 1; SELECT COUNT(*) FROM $DB.ligne" >/dev/null
    session_send b "COMMIT;"
    out_b="$(session_wait b)"
  else
    session_send a "COMMIT;"
    session_send b "COMMIT;"
    out_a="$(session_wait a)"
    out_b="$(session_wait b)"
  fi
  ERR_A="$(error_of "$out_a")" ERR_B="$(error_of "$out_b")"
  MECHANISM="certification failures +$(($(status_sum wsrep_local_cert_failures) - cert)), brute-force aborts +$(($(status_sum wsrep_local_bf_aborts) - bf))"
}
outcome() { echo "A:${ERR_A:-commit} B:${ERR_B:-commit}"; }
rows_on_all_nodes() {  # TABLE ID -> "n1 n2 n3" row counts for that session
  local n out=""
  for n in 1 2 3; do
    out+="$($CLUSTER sql "$n" -N -B -e "SET SESSION wsrep_sync_wait = 1; SELECT COUNT(*) FROM $DB.$1 WHERE session_id = $2") "
  done
  echo "${out% }"
}

session_open a 1
session_open b 2

echo "== two nodes update the same row"
UPDATE_ONLY="UPDATE session_formation SET version = version + 1 WHERE id = @ID@;"
run_pair 1 "$UPDATE_ONLY" seq
note "A commits first, B still open: $(outcome) ($MECHANISM)"
check "B (node 2) gets 1213 when A (node 1) commits first" test "$(outcome)" = "A:commit B:1213"
run_pair 2 "$UPDATE_ONLY" sim
note "both COMMIT at once: $(outcome) ($MECHANISM)"
check "exactly one of two simultaneous commits gets 1213" \
  test "$(outcome)" = "A:commit B:1213" -o "$(outcome)" = "A:1213 B:commit"
check "version went up once" test "$(sql 3 "SET SESSION wsrep_sync_wait = 1; SELECT version FROM session_formation WHERE id = 2")" = 1
msg="$(grep -h '^ERROR 1213' "${SESS_OUT[a]}" "${SESS_OUT[b]}" | head -n 1 | sed 's/ at line [0-9]*//')"
note "the client reads: $msg"
check "message of 1213" test "$msg" = "ERROR 1213 (40001): Deadlock found when trying to get lock; try restarting transaction"

echo "== SELECT ... FOR UPDATE on the session, then INSERT into another table"
FOR_UPDATE="SELECT version FROM session_formation WHERE id = @ID@ FOR UPDATE;
  SELECT COUNT(*) FROM inscription WHERE session_id = @ID@;
  INSERT INTO inscription (session_id, qui) VALUES (@ID@, CONNECTION_ID());"
run_pair 10 "$FOR_UPDATE" seq
note "child table with a foreign key, A commits first: $(outcome) ($MECHANISM)"
check "B is aborted (1213): applying A's insert on node 2 needs the parent row B locked" \
  test "$(outcome)" = "A:commit B:1213"
check "one enrolment on every node" test "$(rows_on_all_nodes inscription 10)" = "1 1 1"

run_pair 11 "${FOR_UPDATE//inscription/journal}" seq
note "child table without a foreign key, A commits first: $(outcome) ($MECHANISM)"
check "both commit: FOR UPDATE alone does not lock across nodes" test "$(outcome)" = "A:commit B:commit"
check "two rows on every node, though each transaction counted 0 under its lock" \
  test "$(rows_on_all_nodes journal 11)" = "2 2 2"

both=0 one=0 other=0
for id in $(seq 20 29); do
  run_pair "$id" "$FOR_UPDATE" sim
  case "$(outcome)" in
    "A:commit B:commit") both=$((both + 1)) ;;
    "A:commit B:1213" | "A:1213 B:commit") one=$((one + 1)) ;;
    *) other=$((other + 1)); note "session $id: $(outcome)" ;;
  esac
  # One row per commit, the same on every node.
  commits=$(( (${#ERR_A} == 0) + (${#ERR_B} == 0) ))
  rows="$(rows_on_all_nodes inscription "$id")"
  [[ "$rows" == "$commits $commits $commits" ]] || { other=$((other + 1)); note "session $id: $commits commits, rows $rows"; }
done
note "child table with a foreign key, both COMMIT at once, 10 times: both committed $both, one got 1213 $one"
check "simultaneous FOR UPDATE + INSERT: only commits or 1213, same rows on every node" test "$other" = 0

FOR_UPDATE_VERSION="$FOR_UPDATE
  UPDATE session_formation SET version = version + 1 WHERE id = @ID@;"
run_pair 40 "$FOR_UPDATE_VERSION" seq
note "with UPDATE version = version + 1, A commits first: $(outcome) ($MECHANISM)"
check "with the version bump, B gets 1213" test "$(outcome)" = "A:commit B:1213"
one=0
for id in $(seq 41 50); do
  run_pair "$id" "$FOR_UPDATE_VERSION" sim
  case "$(outcome)" in
    "A:commit B:1213" | "A:1213 B:commit") one=$((one + 1)) ;;
    *) note "session $id: $(outcome)" ;;
  esac
  [[ "$(rows_on_all_nodes inscription "$id")" == "1 1 1" ]] || note "session $id: rows $(rows_on_all_nodes inscription "$id")"
done
note "with the version bump, both COMMIT at once, 10 times: exactly one got 1213 $one times"
check "with the version bump, simultaneous commits: always exactly one 1213" test "$one" = 10
check "with the version bump, one enrolment per session on every node" test \
  "$(sql 3 "SET SESSION wsrep_sync_wait = 1; SELECT COUNT(*), SUM(version) FROM inscription JOIN session_formation s ON s.id = session_id WHERE session_id BETWEEN 40 AND 50")" = "11	11"
session_close a
session_close b

echo "== wsrep_sync_wait"
# FLUSH TABLES WITH READ LOCK on node 2 pauses its appliers: what node 1
# commits meanwhile is certified but not yet applied on node 2.
session_open lock 2
session_sql lock "FLUSH TABLES WITH READ LOCK;" >/dev/null
sql 1 "INSERT INTO ligne (noeud, v) VALUES (1, 1000)"
check "without wsrep_sync_wait, node 2 returns the old data" \
  test "$(sql 2 "SELECT COUNT(*) FROM ligne WHERE v = 1000")" = 0
$CLUSTER sql 2 -e "SET GLOBAL wsrep_provider_options = 'repl.causal_read_timeout=PT2S'"
t=$(now_ms)
out="$($CLUSTER sql 2 -N -B -D "$DB" -e "SET SESSION wsrep_sync_wait = 1; SELECT COUNT(*) FROM ligne WHERE v = 1000" 2>&1)"
note "with wsrep_sync_wait=1 the read waited $(secs_since "$t") s, then: $(grep '^ERROR' <<<"$out" | sed 's/ at line [0-9]*//')"
check "with wsrep_sync_wait=1 it waits, then fails (1205) after repl.causal_read_timeout" test "$(error_of "$out")" = 1205
session_sql lock "UNLOCK TABLES;" >/dev/null
session_close lock
check "once node 2 applies again, the wsrep_sync_wait read sees the row" \
  test "$(sql 2 "SET SESSION wsrep_sync_wait = 1; SELECT COUNT(*) FROM ligne WHERE v = 1000")" = 1
$CLUSTER sql 2 -e "SET GLOBAL wsrep_provider_options = 'repl.causal_read_timeout=PT30S'"
# Its cost: 2000 indexed reads in one connection, without and with.
for wait in 0 1; do
  { echo "SET SESSION wsrep_sync_wait = $wait;"
    for i in $(seq 2000); do echo "SELECT version FROM session_formation WHERE id = $((i % 100 + 1));"; done
  } >"$WORK/reads.$wait.sql"
done
for wait in 0 1; do
  t=$(now_ms)
  $CLUSTER sql 2 -N -B -D "$DB" <"$WORK/reads.$wait.sql" >/dev/null
  note "2000 reads on node 2 with wsrep_sync_wait=$wait, idle cluster: $(secs_since "$t") s"
done
{ echo "INSERT INTO ligne (noeud, v) SELECT 1, seq FROM seq_1_to_10;"
  for i in $(seq 3000); do echo "INSERT INTO ligne (noeud, v) VALUES (1, $i);"; done; } >"$WORK/writes.sql"
for wait in 0 1; do
  $CLUSTER sql 1 -D "$DB" <"$WORK/writes.sql" &
  writer=$!
  sleep 0.3
  t=$(now_ms)
  $CLUSTER sql 2 -N -B -D "$DB" <"$WORK/reads.$wait.sql" >/dev/null
  note "2000 reads on node 2 with wsrep_sync_wait=$wait while node 1 inserts row by row: $(secs_since "$t") s"
  wait "$writer"
done

echo "== a node outside the primary component"
# gmcast.isolate=1 cuts node 3 off the group: it is alone, without quorum.
$CLUSTER sql 3 -e "SET GLOBAL wsrep_provider_options = 'gmcast.isolate=1'"
t=$(now_ms)
until [[ "$($CLUSTER sql 3 -N -B -e "SHOW GLOBAL STATUS LIKE 'wsrep_cluster_status'" | cut -f2)" != Primary ]]; do
  (($(now_ms) - t < 30000)) || break
  sleep 0.1
done
note "node 3 non-Primary after $(secs_since "$t") s; status: $($CLUSTER status | sed -n 4p | tr -s ' ')"
out="$(sql 3 "SELECT COUNT(*) FROM ligne" 2>&1)"
note "a read on it: $(grep '^ERROR' <<<"$out" | sed 's/ at line [0-9]*//')"
check "a query on a table there fails with 1047" test "$(error_of "$out")" = 1047
check "its message" grep -q "WSREP has not yet prepared node for application use" <<<"$out"
check "SELECT 1 (no table) still answers there" test "$($CLUSTER sql 3 -N -B -e "SELECT 1" 2>&1)" = 1
check "wsrep_dirty_reads=1 allows reads there" \
  test "$(sql 3 "SET SESSION wsrep_dirty_reads = 1; SELECT COUNT(*) > 0 FROM ligne" 2>&1)" = 1
check "the other two go on (cluster size 2)" \
  test "$($CLUSTER sql 1 -N -B -e "SHOW GLOBAL STATUS LIKE 'wsrep_cluster_size'" | cut -f2)" = 2
$CLUSTER sql 3 -e "SET GLOBAL wsrep_provider_options = 'gmcast.isolate=0'"
t=$(now_ms)
until $CLUSTER status >/dev/null; do
  (($(now_ms) - t < 60000)) || break
  sleep 0.2
done
note "node 3 back, Synced, after $(secs_since "$t") s"
check "node 3 rejoins once reconnected" $CLUSTER status

echo "== SIGKILL node 2 while node 1 writes, restart it, it catches up"
{ for i in $(seq 2000); do echo "INSERT INTO ligne (noeud, v) VALUES (1, $i);"; done; } >"$WORK/writes2.sql"
t_writer=$(now_ms)
$CLUSTER sql 1 -D "$DB" <"$WORK/writes2.sql" >"$WORK/writer.out" 2>&1 &
writer=$!
sleep 1
$CLUSTER kill 2
t=$(now_ms)
$CLUSTER sql 1 -N -B -D "$DB" -e "INSERT INTO ligne (noeud, v) VALUES (1, -1)"
note "first commit on node 1 after the SIGKILL: $(secs_since "$t") s"
until [[ "$($CLUSTER sql 1 -N -B -e "SHOW GLOBAL STATUS LIKE 'wsrep_cluster_size'" | cut -f2)" == 2 ]]; do
  (($(now_ms) - t < 60000)) || break
  sleep 0.1
done
note "node 2 out of the cluster after $(secs_since "$t") s"
wait "$writer"
check "the writer on node 1 had no error" test ! -s "$WORK/writer.out"
note "2000 inserts on node 1 took $(secs_since "$t_writer") s, across the kill"
sql 3 "INSERT INTO ligne (noeud, v) SELECT 3, seq FROM seq_1_to_500"
t=$(now_ms)
restart_out="$($CLUSTER restart 2 2>&1)"
echo "$restart_out"
note "restart of node 2 took $(secs_since "$t") s"
check "node 2 rejoined by IST" grep -q "(IST, " <<<"$restart_out"
check "all three Synced again" $CLUSTER status
counts=() sums=()
for n in 1 2 3; do
  counts+=("$($CLUSTER sql "$n" -N -B -e "SET SESSION wsrep_sync_wait = 1; SELECT COUNT(*) FROM $DB.ligne")")
  sums+=("$($CLUSTER sql "$n" -N -B -e "CHECKSUM TABLE $DB.ligne, $DB.inscription, $DB.session_formation" | cut -f2 | tr '\n' ' ')")
done
note "rows of ligne on nodes 1, 2, 3: ${counts[*]}"
check "same row count on the three nodes" test "${counts[0]}" = "${counts[1]}" -a "${counts[1]}" = "${counts[2]}"
check "it has every row (100 + 1 + 3010 + 3010 + 2000 + 1 + 500)" test "${counts[1]}" = 8622
check "same checksums on the three nodes" test "${sums[0]}" = "${sums[1]}" -a "${sums[1]}" = "${sums[2]}"

echo "== stop"
t=$(now_ms)
check "scripts/cluster.sh stop" $CLUSTER stop
note "stop took $(secs_since "$t") s"
check "no node left running" test "$($CLUSTER status | grep -c 'arrêté$')" = 3

echo "$passed passed, $failed failed, $(secs_since "$T0") s in all"
((failed == 0))
