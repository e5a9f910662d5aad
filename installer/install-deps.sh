#!/bin/sh
# Installs the Debian packages listed in installer/debian-packages.txt that are not installed yet.
# Quiet and quick when everything is present; needs root (or sudo) only when something is missing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
list="$here/debian-packages.txt"
missing=""
for pkg in $(sed -e 's/#.*//' "$list"); do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *" installed") ;;
        *) missing="$missing $pkg" ;;
    esac
done
[ -z "$missing" ] && exit 0

echo "make deps: installing$missing"
if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "make deps: missing packages:$missing; run as root or install them with apt-get" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet; refresh them only when an install fails for want of them.
if ! $sudo apt-get install -y -q --no-install-recommends $missing >/tmp/cxsync-apt.log 2>&1; then
    $sudo apt-get update -q >/tmp/cxsync-apt-update.log 2>&1 || { cat /tmp/cxsync-apt-update.log >&2; exit 1; }
    $sudo apt-get install -y -q --no-install-recommends $missing >/tmp/cxsync-apt.log 2>&1 || { tail -30 /tmp/cxsync-apt.log >&2; exit 1; }
fi
echo "make deps: done"
