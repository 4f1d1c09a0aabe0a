#!/usr/bin/env bash
# Builds Confab and runs every test (installing apt packages if missing).
# The tests run offscreen, on a private D-Bus session with an unlocked gnome-keyring, beside a
# throwaway PostgreSQL server on loopback (the tests labelled postgres use it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
# The real MCP servers of the tests labelled mcp (from npm, pinned, cached in the build dir).
scripts/mcp-servers.sh build/mcp-servers
export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- scripts/with-keyring.sh scripts/with-postgres.sh ctest --test-dir build --output-on-failure --timeout 600 "$@"
