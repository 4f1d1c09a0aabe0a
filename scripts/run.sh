#!/usr/bin/env bash
# Builds Confab (installing its apt packages if missing) and launches it.
# Extra arguments go to the app, e.g. scripts/run.sh --db /tmp/test.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target confab confab-cli
exec build/app/confab "$@"
