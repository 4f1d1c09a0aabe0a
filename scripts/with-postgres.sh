#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL 15 server on loopback, e.g.
#   scripts/with-postgres.sh ctest --test-dir build -L postgres
# initdb in a temp dir, pg_ctl start on 127.0.0.1 with a free port, password (scram) auth read
# from a PGPASSFILE. The command gets CONFAB_TEST_POSTGRES_URL (postgresql://confab@127.0.0.1:PORT/postgres)
# and PGPASSFILE; CONFAB_TEST_POSTGRES_CTL is a script taking "stop" or "start", for the tests
# that take the server away mid-stream. The server is stopped and its files removed when the
# command ends, however it ends. As root, the server runs as the "postgres" user (initdb refuses root).
set -euo pipefail

bindir=${CONFAB_PG_BINDIR:-/usr/lib/postgresql/15/bin}
if [ ! -x "$bindir/initdb" ]; then
    echo "with-postgres.sh: no PostgreSQL in $bindir (scripts/deps.sh test installs postgresql-15)" >&2
    exit 1
fi

tmp=$(mktemp -d)
data=$tmp/data
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    as_server=(runuser -u postgres --)
    chown postgres "$tmp"
fi
chmod 700 "$tmp"

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    if [ -f "$data/postmaster.pid" ]; then
        "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
    return 0
}
trap cleanup EXIT

password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" >"$tmp/pwfile"
[ ${#as_server[@]} -gt 0 ] && chown postgres "$tmp/pwfile"
"${as_server[@]}" "$bindir/initdb" -D "$data" -U confab --pwfile="$tmp/pwfile" --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 || {
    cat "$tmp/initdb.log" >&2
    exit 1
}
rm -f "$tmp/pwfile"

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# A port found free may be taken before the server binds it: try a few.
port=
for _ in 1 2 3; do
    candidate=$(free_port)
    if "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $candidate -c unix_socket_directories=$tmp -c fsync=off" \
        start >/dev/null; then
        port=$candidate
        break
    fi
done
if [ -z "$port" ]; then
    echo "with-postgres.sh: the server did not start:" >&2
    cat "$tmp/server.log" >&2
    exit 1
fi

client=$tmp/client
mkdir -p "$client"
printf '127.0.0.1:%s:*:confab:%s\n' "$port" "$password" >"$client/pgpass"
chmod 600 "$client/pgpass"
# Stops or starts the same server again (same port), for connection-loss tests.
cat >"$client/ctl" <<CTL
#!/usr/bin/env bash
set -e
case "\$1" in
stop) ${as_server[*]} "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null ;;
start) ${as_server[*]} "$bindir/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$tmp -c fsync=off" start >/dev/null ;;
*) echo "usage: \$0 stop|start" >&2; exit 2 ;;
esac
CTL
chmod 700 "$client/ctl"

export PGPASSFILE=$client/pgpass
export CONFAB_TEST_POSTGRES_URL=postgresql://confab@127.0.0.1:$port/postgres
export CONFAB_TEST_POSTGRES_CTL=$client/ctl

# Not exec: the trap must stop the server afterwards. Pass the command's exit status on.
status=0
"$@" || status=$?
exit "$status"
