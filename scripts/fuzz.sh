#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/fuzz_*.cpp) with Debian's clang 14, with
# AddressSanitizer (leak detection on) and UndefinedBehaviorSanitizer, and
# runs each one for a bounded time on a copy of its committed corpus
# (fuzz/corpus/<target>/). Fails on any crash, leak, timeout, out-of-memory
# or sanitizer report; ends with "N passed, M failed".
#
#   ./scripts/fuzz.sh                   every target, FUZZ_SECONDS each
#   ./scripts/fuzz.sh fuzz_router ...   only these targets
#
# FUZZ_SECONDS (default 20): time per target. FUZZ_JOBS (default: the number
# of CPUs, at most 4): targets run at the same time. OPE_FUZZ_DIR (default
# build-fuzz): build and work directory (binaries, corpus copies, logs,
# artifacts). CLANGXX (default clang++-14): the compiler.
#
# The committed corpus is only read: new inputs go to $OPE_FUZZ_DIR/corpus/.
# A failing input is saved as $OPE_FUZZ_DIR/artifacts/<target>/crash-<sha1>
# (or leak-, timeout-, oom-); replay it with
#   $OPE_FUZZ_DIR/<target> <file>
# To keep it as a regression input, copy it to fuzz/corpus/<target>/ under a
# descriptive name: every run replays the whole corpus first.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

FUZZ_SECONDS="${FUZZ_SECONDS:-20}"
[[ "$FUZZ_SECONDS" =~ ^[1-9][0-9]*$ ]] || ope_die "FUZZ_SECONDS invalide : '$FUZZ_SECONDS'"
FUZZ_JOBS="${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}"
[[ "$FUZZ_JOBS" =~ ^[1-9][0-9]*$ ]] || ope_die "FUZZ_JOBS invalide : '$FUZZ_JOBS'"
((FUZZ_JOBS <= 4)) || FUZZ_JOBS=4
FUZZ_DIR="$(ope_abs_path "${OPE_FUZZ_DIR:-build-fuzz}")"
CLANGXX="${CLANGXX:-clang++-14}"

# clang-14 (compiler), libclang-rt-14-dev (libFuzzer and sanitizer runtimes),
# llvm-14 (llvm-symbolizer, for readable stacks), libpoco-dev (normalise.cpp).
ope_install_packages clang-14 libclang-rt-14-dev llvm-14 libpoco-dev
command -v "$CLANGXX" >/dev/null || ope_die "compilateur introuvable : $CLANGXX"

# ---------------------------------------------------------------- targets ----

ALL_TARGETS=()
for src in fuzz/fuzz_*.cpp; do
  ALL_TARGETS+=("$(basename "$src" .cpp)")
done
TARGETS=("${ALL_TARGETS[@]}")
if (($#)); then
  TARGETS=()
  for t in "$@"; do
    [[ -f "fuzz/$t.cpp" ]] || ope_die "cible inconnue : $t (cibles : ${ALL_TARGETS[*]})"
    TARGETS+=("$t")
  done
fi

# Sources of the project each target needs besides itself (no database,
# templates or network: the parsers are pure functions).
# fcgi/http.cpp (Request, Response) needs the configuration (cookies' Secure flag)
# (and the trusted proxies, fcgi/adresse.cpp) and the normalisation module (download names).
HTTP_SOURCES="fcgi/http.cpp fcgi/config.cpp fcgi/adresse.cpp domain/normalise.cpp domain/statuts.cpp"
sources_of() {
  case "$1" in
    fuzz_urlencoded | fuzz_query | fuzz_cookies | fuzz_multipart) echo "fcgi/parse.cpp $HTTP_SOURCES" ;;
    fuzz_router) echo "fcgi/router.cpp fcgi/parse.cpp $HTTP_SOURCES" ;;
    fuzz_normalise) echo "domain/normalise.cpp" ;;
    fuzz_adresse) echo "fcgi/adresse.cpp" ;;
    fuzz_csv) echo "domain/csv.cpp domain/normalise.cpp" ;;
    fuzz_fichiers) echo "domain/fichiers.cpp fcgi/parse.cpp $HTTP_SOURCES" ;;
    *) ope_die "sources inconnues pour $1 (à ajouter dans sources_of de scripts/fuzz.sh)" ;;
  esac
}
libs_of() { echo "-lPocoFoundation"; }

# ------------------------------------------------------------------ build ----

# shellcheck disable=SC2054  # the commas belong to the option
SAN=(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
CXXFLAGS=(-std=c++20 -g -O1 "${SAN[@]}" -I"$OPE_ROOT" -I"$FUZZ_DIR/gen" -Wall -Wextra
  -DOPE_DEFAULT_SHARE_DIR="\"$OPE_ROOT\"")
mkdir -p "$FUZZ_DIR/obj" "$FUZZ_DIR/gen" "$FUZZ_DIR/logs"

# The router target uses the site's real route table: the method/pattern pairs
# of app/routes.cpp, without its handlers (which need the whole app).
grep -oE '\{"[A-Z]+", "/[^"]*"' app/routes.cpp | sed 's/$/},/' >"$FUZZ_DIR/gen/routes_table.inc.new"
routes=$(wc -l <"$FUZZ_DIR/gen/routes_table.inc.new")
((routes >= 10)) || ope_die "table des routes non reconnue dans app/routes.cpp ($routes routes)"
if ! cmp -s "$FUZZ_DIR/gen/routes_table.inc.new" "$FUZZ_DIR/gen/routes_table.inc"; then
  mv "$FUZZ_DIR/gen/routes_table.inc.new" "$FUZZ_DIR/gen/routes_table.inc"
else
  rm -f "$FUZZ_DIR/gen/routes_table.inc.new"
fi

# Compiles $1 (a .cpp) into $2 unless $2 is newer than it and every header of
# the repository, generated tables included (coarse, but the whole build takes
# seconds).
newest_header="$(find fcgi fuzz domain \( -name '*.hpp' -o -name '*.inc' \) -newer "$FUZZ_DIR/obj" -print -quit 2>/dev/null || true)"
compile() {
  local src="$1" obj="$2" extra="$3"
  if [[ -f "$obj" && "$obj" -nt "$src" && -z "$newest_header" && "$obj" -nt "$FUZZ_DIR/gen/routes_table.inc" ]]; then
    return 0
  fi
  # shellcheck disable=SC2086  # extra is a word list
  "$CLANGXX" "${CXXFLAGS[@]}" $extra -c "$src" -o "$obj"
}

ope_say "Compilation des cibles de fuzzing dans $FUZZ_DIR (${TARGETS[*]})"
declare -A needed=()
for t in "${TARGETS[@]}"; do
  for s in $(sources_of "$t"); do needed[$s]=1; done
done
pids=()
for s in "${!needed[@]}"; do
  compile "$s" "$FUZZ_DIR/obj/$(basename "$s" .cpp).o" -fsanitize=fuzzer-no-link &
  pids+=($!)
done
for t in "${TARGETS[@]}"; do
  compile "fuzz/$t.cpp" "$FUZZ_DIR/obj/$t.o" -fsanitize=fuzzer-no-link &
  pids+=($!)
done
build_failed=0
for pid in "${pids[@]}"; do wait "$pid" || build_failed=1; done
((build_failed == 0)) || ope_die "la compilation des cibles de fuzzing a échoué."
touch "$FUZZ_DIR/obj"
for t in "${TARGETS[@]}"; do
  objs=("$FUZZ_DIR/obj/$t.o")
  for s in $(sources_of "$t"); do objs+=("$FUZZ_DIR/obj/$(basename "$s" .cpp).o"); done
  # shellcheck disable=SC2046
  "$CLANGXX" "${CXXFLAGS[@]}" -fsanitize=fuzzer "${objs[@]}" $(libs_of "$t") -o "$FUZZ_DIR/$t" \
    || ope_die "l'édition de liens de $t a échoué."
done

# -------------------------------------------------------------------- run ----

# Leaks are errors (ASan's default on Linux, made explicit); a UBSan report
# stops the run (also compiled in: -fno-sanitize-recover).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:symbolize=1:allocator_may_return_null=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
symbolizer="$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)"
[[ -n "$symbolizer" ]] && export ASAN_SYMBOLIZER_PATH="$symbolizer"

# run_target NAME: fuzzes NAME for FUZZ_SECONDS; exit status 0 when clean.
run_target() {
  local t="$1"
  local work="$FUZZ_DIR/corpus/$t" artifacts="$FUZZ_DIR/artifacts/$t/" log="$FUZZ_DIR/logs/$t.log"
  rm -rf "$work" "$artifacts"
  mkdir -p "$work" "$artifacts"
  # A copy, so that the inputs libFuzzer adds never touch the work tree.
  if [[ -d "fuzz/corpus/$t" ]]; then cp -R "fuzz/corpus/$t/." "$work/"; fi
  local dict=()
  [[ -f "fuzz/$t.dict" ]] && dict=(-dict="fuzz/$t.dict")
  local status=0
  "$FUZZ_DIR/$t" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 \
    -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$artifacts" "${dict[@]}" \
    "$work" >"$log" 2>&1 || status=$?
  # A sanitizer report is a failure even if the process exited 0.
  if grep -qE '^(==[0-9]+==)?ERROR: (Address|Leak|UndefinedBehavior)Sanitizer|runtime error:|^SUMMARY: ' "$log"; then
    ((status != 0)) || status=1
  fi
  return "$status"
}

ope_say "Fuzzing : ${#TARGETS[@]} cibles, ${FUZZ_SECONDS} s chacune, $FUZZ_JOBS à la fois"
declare -A job_of=()
running=0
for t in "${TARGETS[@]}"; do
  while ((running >= FUZZ_JOBS)); do
    wait -n || true
    running=$(jobs -rp | wc -l)
  done
  (
    status=0
    run_target "$t" || status=$?
    echo "$status" >"$FUZZ_DIR/logs/$t.status"
  ) &
  job_of[$t]=$!
  running=$(jobs -rp | wc -l)
done
for t in "${TARGETS[@]}"; do wait "${job_of[$t]}" || true; done

# ---------------------------------------------------------------- summary ----

passed=0
failed=0
for t in "${TARGETS[@]}"; do
  log="$FUZZ_DIR/logs/$t.log"
  status="$(cat "$FUZZ_DIR/logs/$t.status" 2>/dev/null || echo 1)"
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
  cov="$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+' "$log" | tail -n 1 || true)"
  if [[ "$status" == 0 ]]; then
    passed=$((passed + 1))
    printf '[fuzz] %-16s ok      %s runs, %s\n' "$t" "${runs:-?}" "${cov:-?}"
  else
    failed=$((failed + 1))
    printf '[fuzz] %-16s ÉCHEC   (code %s), journal : %s\n' "$t" "$status" "$log"
    # The report: from the first sanitizer/libFuzzer error line on.
    {
      printf -- '----- %s -----\n' "$t"
      awk '/ERROR: |runtime error:|FUZZ_CHECK failed|==[0-9]+== ?ERROR|deadly signal|Test unit written|^artifact_prefix/ {p=1} p' "$log" \
        | head -n 60
      find "$FUZZ_DIR/artifacts/$t" -type f -printf '    entrée fautive : %p\n' 2>/dev/null || true
      printf -- '----- fin de %s -----\n' "$t"
    } >&2
  fi
done
echo "$passed passed, $failed failed"
((failed == 0))
