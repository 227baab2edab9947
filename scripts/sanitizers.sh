#!/usr/bin/env bash
# Builds the unit tests (tests/unit/test_*.cpp -> unit_*) with g++ under
# AddressSanitizer (leak detection on) and UndefinedBehaviorSanitizer, in a
# build directory of their own, and runs them with CTest. Fails on any test
# failure or sanitizer report. The integration tests (it_*) need the running
# stack and are not part of this run.
#
#   ./scripts/sanitizers.sh                 every unit test
#   ./scripts/sanitizers.sh -R unit_parse   extra arguments go to ctest
#
# OPE_ASAN_DIR (default build-asan): the build directory.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

ASAN_BUILD="$(ope_abs_path "${OPE_ASAN_DIR:-build-asan}")"

# The build needs the app's libraries; g++ ships the sanitizer runtimes
# (libasan8 and libubsan1 come with libgcc-12-dev).
ope_install_packages g++ cmake pkg-config make \
  libfcgi-dev libmysqlcppconn-dev libctemplate-dev libpoco-dev libsodium-dev libboost-test-dev

SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
UNIT_TARGETS=()
for src in tests/unit/test_*.cpp; do
  name="$(basename "$src" .cpp)"
  UNIT_TARGETS+=("unit_${name#test_}")
done
((${#UNIT_TARGETS[@]})) || ope_die "aucun test unitaire dans tests/unit/"

ope_say "Compilation des tests unitaires avec ASan + UBSan dans $ASAN_BUILD"
# Debug: assertions on, and no -O2 after our -O1 (CMakeLists.txt's default
# build type, RelWithDebInfo, would add -O2 -DNDEBUG).
cmake -S "$OPE_ROOT" -B "$ASAN_BUILD" --log-level=WARNING \
  -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_COMPILER=g++ \
  -DCMAKE_CXX_FLAGS="$SAN -O1 -g" \
  -DCMAKE_EXE_LINKER_FLAGS="$SAN" \
  -DCMAKE_SHARED_LINKER_FLAGS="$SAN" \
  || ope_die "la configuration CMake ($ASAN_BUILD) a échoué."
cmake --build "$ASAN_BUILD" -j "$(nproc 2>/dev/null || echo 2)" --target "${UNIT_TARGETS[@]}" \
  || ope_die "la compilation des tests unitaires avec sanitizers a échoué."

# Leaks are errors; the first UBSan report stops the test (also compiled in).
# Suppressions, if any, are explained in fuzz/lsan.supp.
ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1"
ASAN_OPTIONS+=":abort_on_error=0:halt_on_error=1"
export ASAN_OPTIONS
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
LSAN_OPTIONS="print_suppressions=0"
[[ -s fuzz/lsan.supp ]] && LSAN_OPTIONS+=":suppressions=$OPE_ROOT/fuzz/lsan.supp"
export LSAN_OPTIONS
symbolizer="$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || command -v addr2line || true)"
[[ -n "$symbolizer" && "$symbolizer" == *llvm-symbolizer* ]] && export ASAN_SYMBOLIZER_PATH="$symbolizer"

ope_say "Tests unitaires sous ASan + UBSan (ctest -R '^unit_' $*)"
# No OPE_TEST_URL here: should an integration test slip in, it skips itself.
unset OPE_TEST_URL
set +e
ctest --test-dir "$ASAN_BUILD" --output-on-failure --no-tests=error -R '^unit_' "$@" 2>&1 \
  | tee "$ASAN_BUILD/ctest-sanitizers.log"
status=${PIPESTATUS[0]}
set -e
# A report in a test that still exited 0 (it should not: halt_on_error) fails too.
if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$ASAN_BUILD/ctest-sanitizers.log"; then
  ope_warn "rapport de sanitizer dans $ASAN_BUILD/ctest-sanitizers.log"
  ((status != 0)) || status=1
fi
exit "$status"
