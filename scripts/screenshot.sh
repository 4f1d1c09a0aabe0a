#!/usr/bin/env bash
# Makes the README screenshot with the app itself: a demo chat in a throw-away database,
# rendered offscreen and saved by the window (tools/screenshot: confab-screenshot, not installed).
#   scripts/screenshot.sh [build-dir] [--dark]    -> docs/screenshot.png (or docs/screenshot-dark.png)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
out=docs/screenshot.png
[ "${1:-}" = --dark ] && out=docs/screenshot-dark.png
if [ ! -x "$build/tools/screenshot/confab-screenshot" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" --target confab-screenshot
fi
mkdir -p docs
# A fixed locale and font size, so the picture does not depend on the machine.
LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen QT_FONT_DPI=96 \
    "$build/tools/screenshot/confab-screenshot" "$out" "$@"
echo "wrote $out"
