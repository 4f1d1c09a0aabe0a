#!/usr/bin/env bash
# Builds Confab and runs every test (installing apt packages if missing), twice:
#   build/       the normal build (g++, RelWithDebInfo): the whole suite
#   build-asan/  clang with AddressSanitizer + UBSan (and LeakSanitizer): the whole suite again,
#                plus the libFuzzer targets (label "fuzz", CONFAB_FUZZ_SECONDS each)
# Any sanitizer report fails the test that triggered it. CONFAB_ASAN=0 skips the second build.
# The tests run offscreen, on a private D-Bus session with an unlocked gnome-keyring, beside a
# throwaway PostgreSQL server on loopback (the tests labelled postgres use it).
# Arguments go to both ctest runs (e.g. -LE fixtures, -L gui).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
# CI builds both trees from nothing in its 30 minutes: line tables rather than full debug info
# (backtraces keep their lines) and precompiled Qt headers (CONFAB_PCH): one GUI test file took
# 11.4 s of CPU with -g, 7.8 s with -g1 and 4.3 s with both.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
    -DCONFAB_PCH=ON
cmake --build build
# The real MCP servers of the tests labelled mcp (from npm, pinned, cached in the build dir).
scripts/mcp-servers.sh build/mcp-servers
if [ "${CONFAB_ASAN:-1}" != 0 ]; then
    # No benchmarks and no packaging test here: they say nothing about memory errors.
    # -O1 is what ASan's documentation suggests; -gline-tables-only keeps the reports' lines.
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" -DCONFAB_PCH=ON \
        -DCMAKE_CXX_COMPILER=clang++-14 -DCONFAB_SANITIZE=ON -DCONFAB_BUILD_FUZZERS=ON \
        -DCONFAB_BUILD_BENCH=OFF -DCONFAB_TEST_PACKAGING=OFF \
        -DCONFAB_MCP_SERVERS_DIR="$PWD/build/mcp-servers"
    cmake --build build-asan
fi

export QT_QPA_PLATFORM=offscreen
# One test per core: every test waits on the condition it needs, never on time, so they pass
# side by side (and the suite under ASan takes half as long).
export CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-$(nproc)}"
status=0
dbus-run-session -- scripts/with-keyring.sh scripts/with-postgres.sh ctest --test-dir build --output-on-failure \
    --timeout 600 "$@" || status=1
if [ "${CONFAB_ASAN:-1}" != 0 ]; then
    echo "=== The same suite under AddressSanitizer + UBSan (build-asan) ==="
    # Child processes (confab-cli, the app) inherit these. Leaks: only third-party ones are
    # suppressed, each with its reason, in scripts/lsan.supp.
    export ASAN_OPTIONS=detect_leaks=1:strict_init_order=1:detect_stack_use_after_return=1:check_initialization_order=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
    dbus-run-session -- scripts/with-keyring.sh scripts/with-postgres.sh ctest --test-dir build-asan \
        --output-on-failure --timeout 900 "$@" || status=1
fi
exit $status
