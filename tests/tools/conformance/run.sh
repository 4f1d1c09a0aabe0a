#!/usr/bin/env bash
# Runs the client scenarios of @modelcontextprotocol/conformance against Confab's McpClient
# (mcp-conformance-client) and prints the score. Fails on a scenario that fails but is not in
# baseline.yml, and on one in baseline.yml that passes now (then take it out).
#   run.sh CLIENT SERVERS_DIR OUTPUT_DIR
set -euo pipefail
client=$1
servers=$2
out=$3
here=$(cd "$(dirname "$0")" && pwd)
node="$servers/conformance/node_modules/.bin/node"
suite="$servers/conformance/node_modules/@modelcontextprotocol/conformance/dist/index.js"
if ! [ -x "$node" ] || ! [ -f "$suite" ]; then
    echo "the conformance suite is not installed in $servers/conformance; run scripts/mcp-servers.sh $servers" >&2
    exit 1
fi
rm -rf "$out"
mkdir -p "$out"
# The suite's scenario servers listen on loopback; the client talks to nothing else.
status=0
"$node" "$suite" client --command "$client" --suite all --timeout 15000 \
    --expected-failures "$here/baseline.yml" -o "$out" >"$out/summary.txt" 2>&1 || status=$?
cat "$out/summary.txt"
# sse-retry also checks that the client waited the stream's retry delay (500 ms, within
# -50/+200 ms): a timing, which a loaded machine can miss. Only then, and only that check,
# is not held against Confab; the reconnection itself (GET, Last-Event-ID) still counts.
unexpected=$(sed 's/\x1b\[[0-9;]*m//g' "$out/summary.txt" \
    | sed -n '/Unexpected failures (not in baseline)/,/^$/p' | sed -n 's/^  ✗ //p')
if [ "$status" != 0 ] && [ "$unexpected" = sse-retry ] && "$node" -e '
    const fs = require("fs"), path = require("path");
    const dir = fs.readdirSync(process.argv[1]).find((d) => d.startsWith("sse-retry-"));
    const checks = JSON.parse(fs.readFileSync(path.join(process.argv[1], dir, "checks.json")));
    const failed = checks.filter((c) => c.status === "FAILURE").map((c) => c.id);
    process.exit(failed.length > 0 && failed.every((id) => id === "client-sse-retry-timing") ? 0 : 1);
' "$out"; then
    echo "note: sse-retry missed only its timing check (a loaded machine); not counted as a failure"
    status=0
fi
passed=$(grep -c '^✓ ' "$out/summary.txt" || true)
failed=$(grep -c '^✗ ' "$out/summary.txt" || true)
echo "Confab's MCP client: $passed of $((passed + failed)) conformance scenarios passed," \
    "$(grep '^Total:' "$out/summary.txt" | sed 's/^Total: //') (checks)"
exit $status
