#!/usr/bin/env bash
# Regenerates the hicolor PNGs from the SVG (the PNGs are committed; run after editing the SVG).
# Needs ImageMagick with an SVG reader (apt-get install imagemagick librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    convert -background none -density 384 io.github.confab.Confab.svg -resize "${size}x${size}" \
        -strip "PNG32:hicolor/${size}x${size}/apps/io.github.confab.Confab.png"
done
# Windows .ico (installer and exe icon) and the macOS .icns source sizes.
convert hicolor/16x16/apps/io.github.confab.Confab.png hicolor/24x24/apps/io.github.confab.Confab.png \
    hicolor/32x32/apps/io.github.confab.Confab.png hicolor/48x48/apps/io.github.confab.Confab.png \
    hicolor/64x64/apps/io.github.confab.Confab.png hicolor/256x256/apps/io.github.confab.Confab.png \
    confab.ico
