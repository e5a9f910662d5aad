#!/bin/sh
# Runs a command inside a private D-Bus session with gnome-keyring's Secret Service (the real one QtKeychain
# talks to), unlocked, in a throw-away HOME so tests never touch the user's keyring.
set -eu
if [ $# -eq 0 ]; then
    echo "usage: with-keyring.sh COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
    command -v "$tool" >/dev/null 2>&1 || { echo "with-keyring.sh: $tool is missing (run make deps)" >&2; exit 2; }
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cxsync-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -m 700 "$tmp/run"
export HOME="$tmp" XDG_DATA_HOME="$tmp/.local/share" XDG_CONFIG_HOME="$tmp/.config" XDG_RUNTIME_DIR="$tmp/run"
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- sh -c '
    printf %s cxsync-test | gnome-keyring-daemon --unlock --daemonize --components=secrets >/dev/null
    # Wait until the daemon owns the Secret Service name, so nothing else gets D-Bus-activated in its place.
    i=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        i=$((i + 1))
        if [ $i -gt 100 ]; then echo "with-keyring.sh: gnome-keyring did not start" >&2; exit 3; fi
        sleep 0.05
    done
    exec "$@"
' with-keyring "$@"
