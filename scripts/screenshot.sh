#!/usr/bin/env bash
# Makes the README screenshots with the app itself: a demo chat in a throw-away database,
# rendered offscreen and saved by the window (tools/screenshot: confab-screenshot, not installed).
#   scripts/screenshot.sh [build-dir]          -> docs/screenshot.png (light), docs/screenshot-dark.png,
#                                                 docs/screenshot-narrow.png (800x600, the smallest
#                                                 window the app is checked at)
#   scripts/screenshot.sh [build-dir] --dark   -> docs/screenshot-dark.png only
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
if [ ! -x "$build/tools/screenshot/confab-screenshot" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build" --target confab-screenshot
fi
mkdir -p docs
shoot() {
    # A fixed locale and font size, so the picture does not depend on the machine.
    LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen QT_FONT_DPI=96 \
        "$build/tools/screenshot/confab-screenshot" "$@"
    echo "wrote $1"
}
if [ "${1:-}" = --dark ]; then
    shoot docs/screenshot-dark.png --dark
    exit 0
fi
shoot docs/screenshot.png
shoot docs/screenshot-dark.png --dark
shoot docs/screenshot-narrow.png --size 800x600
