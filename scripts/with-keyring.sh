#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring on a private D-Bus session, e.g.
#   dbus-run-session -- scripts/with-keyring.sh ctest --test-dir build
# (without a session bus it re-runs itself under dbus-run-session).
# QtKeychain reaches the keyring through libsecret, which writes to the "default" collection:
# the script makes a throwaway "login" keyring in a temp dir, unlocks it with a fixed password
# read from stdin (so no prompt ever appears) and makes it the default collection.
# The keyring, its daemon and the temp dirs are removed when the command ends.
set -euo pipefail

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    exec dbus-run-session -- "$0" "$@"
fi

has_owner() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q true
}

if has_owner org.freedesktop.secrets; then
    echo "with-keyring.sh: a Secret Service already runs on this bus; using it" >&2
    exec "$@"
fi

keyring_tmp=$(mktemp -d)
runtime_tmp=
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -w "${XDG_RUNTIME_DIR}" ]; then
    runtime_tmp=$(mktemp -d)
    export XDG_RUNTIME_DIR=$runtime_tmp
fi
export XDG_DATA_HOME=$keyring_tmp/data
mkdir -p "$XDG_DATA_HOME/keyrings"
chmod 700 "$XDG_DATA_HOME/keyrings"
# The "default" alias names the collection libsecret stores into.
printf 'login' >"$XDG_DATA_HOME/keyrings/default"

daemon_pid=
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    [ -n "$daemon_pid" ] && kill "$daemon_pid" 2>/dev/null && wait "$daemon_pid" 2>/dev/null
    rm -rf "$keyring_tmp" ${runtime_tmp:+"$runtime_tmp"}
    return 0
}
trap cleanup EXIT

# --unlock reads the password from stdin and creates the "login" keyring with it if missing.
printf 'confab-test-keyring' | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$keyring_tmp/daemon.log" 2>&1 &
daemon_pid=$!

for _ in $(seq 1 100); do
    has_owner org.freedesktop.secrets && [ -f "$XDG_DATA_HOME/keyrings/login.keyring" ] && break
    if ! kill -0 "$daemon_pid" 2>/dev/null; then
        echo "with-keyring.sh: gnome-keyring-daemon exited:" >&2
        cat "$keyring_tmp/daemon.log" >&2
        exit 1
    fi
    sleep 0.1
done
if ! has_owner org.freedesktop.secrets; then
    echo "with-keyring.sh: gnome-keyring-daemon did not appear on the session bus" >&2
    exit 1
fi

# Not exec: the trap must remove the keyring afterwards. Pass the command's exit status on.
status=0
"$@" || status=$?
exit "$status"
