#!/usr/bin/env bash
# Installs the MCP reference servers that the tests run against, at pinned versions, into DIR
# (default build/mcp-servers; the tests read it from CONFAB_MCP_SERVERS_DIR). A second run
# with the same versions installs nothing.
#   scripts/mcp-servers.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build/mcp-servers}
packages=(
    @modelcontextprotocol/server-everything@2026.8.31
    @modelcontextprotocol/server-filesystem@2026.8.31
    @modelcontextprotocol/sdk@1.32.2 # for the tests' own server (tests/tools/servers)
)
stamp="$dir/.confab-installed"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "${packages[*]}" ] \
    && [ -e "$dir/node_modules/.bin/mcp-server-everything" ] && [ -e "$dir/node_modules/.bin/mcp-server-filesystem" ]; then
    exit 0
fi
if ! command -v npm >/dev/null; then
    echo "mcp-servers: npm is missing; run scripts/deps.sh test" >&2
    exit 1
fi
mkdir -p "$dir"
echo "Installing MCP servers into $dir: ${packages[*]}"
npm install --prefix "$dir" --save-exact --no-audit --no-fund --no-update-notifier "${packages[@]}"
echo "${packages[*]}" >"$stamp"
