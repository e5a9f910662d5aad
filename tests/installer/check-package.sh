#!/bin/sh
# `make package` end to end (issue 17): cpack makes the two Debian packages into a temporary folder; their
# contents, Depends and maintainer scripts are checked; the unit is verified by systemd-analyze; the packages
# are unpacked and the unpacked cxsync runs (version, config validate, a secret from a systemd credential).
# Usage: check-package.sh CPACK BUILD_DIR VERSION. Runs as root or not, with or without a display.
set -eu
cpack=$1
build=$2
version=$3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cxsync-package.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
# must_contain TEXT PATTERN WHAT / must_not_contain ...: grep -E on a text held in a variable.
must_contain() {
    printf '%s\n' "$1" | grep -Eq -- "$2" || fail "$3 (expected /$2/)"
}
must_not_contain() {
    if printf '%s\n' "$1" | grep -Eq -- "$2"; then fail "$3 (found /$2/)"; fi
}

start=$(date +%s)
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    echo "FAIL: cpack" >&2
    exit 1
fi
echo "cpack: $(($(date +%s) - start)) s"

arch=$(dpkg --print-architecture)
cli="$tmp/out/cxsync_${version}_${arch}.deb"
panel="$tmp/out/cxsync-panel_${version}_${arch}.deb"
demo="$tmp/out/cxsync-demo_${version}_${arch}.deb"
for deb in "$cli" "$panel" "$demo"; do
    [ -f "$deb" ] || { ls -l "$tmp/out" >&2; echo "FAIL: $deb was not made" >&2; exit 1; }
done
echo "sizes: $(du -k "$cli" | cut -f1) KiB cxsync, $(du -k "$panel" | cut -f1) KiB cxsync-panel, $(du -k "$demo" | cut -f1) KiB cxsync-demo"

# --- contents ---
files=$(dpkg-deb -c "$cli" | awk '{print $6}')
for f in ./usr/bin/cxsync ./usr/lib/systemd/system/cxsync.service ./usr/lib/sysusers.d/cxsync.conf \
    ./usr/share/doc/cxsync/admin-guide.md; do
    must_contain "$files" "^$(printf '%s' "$f" | sed 's/[.]/[.]/g')\$" "cxsync package lacks $f"
done
must_not_contain "$files" 'cxsync-panel' "the cxsync package carries the panel"
must_not_contain "$files" 'cxsync-sandbox' "the cxsync package carries the sandboxes (they belong in cxsync-demo)"
demo_files=$(dpkg-deb -c "$demo" | awk '{print $6}')
must_contain "$demo_files" '^[.]/usr/bin/cxsync-sandbox$' "cxsync-demo package lacks usr/bin/cxsync-sandbox"
must_not_contain "$demo_files" '^[.]/usr/bin/cxsync$' "cxsync-demo package carries the CLI too"
must_contain "$(dpkg-deb -f "$demo" Depends | tr ',' '\n' | sed 's/^ *//')" "^cxsync \\(= $version\\)\$" \
    "cxsync-demo does not depend on cxsync (= $version)"
must_not_contain "$files" '^[.]/(etc|var)/' "the cxsync package ships files in /etc or /var (postinst creates them)"
panel_files=$(dpkg-deb -c "$panel" | awk '{print $6}')
must_contain "$panel_files" '^[.]/usr/bin/cxsync-panel$' "cxsync-panel package lacks usr/bin/cxsync-panel"
must_not_contain "$panel_files" '^[.]/usr/bin/cxsync$' "cxsync-panel package carries the CLI too"
must_not_contain "$panel_files" 'systemd' "cxsync-panel package carries the service"

# --- control: Depends, maintainer scripts ---
depends=$(dpkg-deb -f "$cli" Depends | tr ',' '\n' | sed 's/^ *//')
echo "cxsync Depends: $(printf '%s' "$depends" | tr '\n' ',')"
for p in libqt6core6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6keychain1; do
    must_contain "$depends" "^$p( |\$)" "cxsync does not depend on $p"
done
must_not_contain "$depends" 'libqt6gui6|libqt6widgets6|libgl|libx11|libxcb|libegl|libopengl' \
    "the headless cxsync package depends on GUI libraries"
panel_depends=$(dpkg-deb -f "$panel" Depends | tr ',' '\n' | sed 's/^ *//')
must_contain "$panel_depends" "^cxsync \\(= $version\\)\$" "cxsync-panel does not depend on cxsync (= $version)"
must_contain "$panel_depends" '^libqt6widgets6( |$)' "cxsync-panel does not depend on libqt6widgets6"

mkdir -p "$tmp/control"
dpkg-deb -e "$cli" "$tmp/control"
for script in postinst prerm postrm; do
    if [ ! -x "$tmp/control/$script" ]; then
        fail "cxsync package has no executable $script"
    elif ! sh -n "$tmp/control/$script"; then
        fail "$script is not valid sh"
    fi
done
# purge removes the data, remove keeps it; a fresh install never overwrites existing settings.
must_contain "$(sed -n '/^purge)/,/;;/p' "$tmp/control/postrm")" 'rm -rf /etc/cxsync /var/lib/cxsync' \
    "postrm purge does not remove /etc/cxsync and /var/lib/cxsync"
must_not_contain "$(sed -n '/^remove)/,/;;/p' "$tmp/control/postrm")" 'rm ' "postrm remove deletes files"
must_contain "$(cat "$tmp/control/postinst")" 'if \[ ! -e "\$ini" \]' "postinst may overwrite existing settings"

# --- the unpacked tree ---
root="$tmp/root"
dpkg-deb -x "$cli" "$root"
dpkg-deb -x "$panel" "$root"
unit="$root/usr/lib/systemd/system/cxsync.service"

# No run path into the build tree: the unpacked program must use the system's libraries, as installed.
if readelf -d "$root/usr/bin/cxsync" | grep -Eq 'R(UN)?PATH'; then
    fail "usr/bin/cxsync has an RPATH/RUNPATH: $(readelf -d "$root/usr/bin/cxsync" | grep -E 'R(UN)?PATH')"
fi
if readelf -d "$root/usr/bin/cxsync" | grep -Eq 'NEEDED.*(Qt6Gui|Qt6Widgets)'; then
    fail "usr/bin/cxsync links Qt GUI"
fi

# The unit, verified as systemd would load it from the unpacked tree (ExecStart must exist there), beside the
# system's own units (the targets it is ordered after). systemd-analyze exits 0 on a misspelt value and only
# says so: any output is a failure.
mkdir -p "$root/lib/systemd"
cp -a /lib/systemd/system "$root/lib/systemd/"
if ! systemd-analyze verify --root="$root" "$unit" >"$tmp/verify.log" 2>&1 || [ -s "$tmp/verify.log" ]; then
    cat "$tmp/verify.log" >&2
    fail "systemd-analyze verify found problems in cxsync.service"
fi
# Hardening: systemd's own exposure score (0 best, 10 worst); 2.x is what systemd calls OK.
if ! systemd-analyze security --offline=yes --root="$root" --threshold=30 "$unit" >"$tmp/security.log" 2>&1; then
    tail -5 "$tmp/security.log" >&2
    fail "cxsync.service exposure is above 3.0"
fi
echo "$(grep -E 'Overall exposure level' "$tmp/security.log")"
for setting in 'User=cxsync' 'ExecStart=/usr/bin/cxsync serve' 'Environment=CXSYNC_CONFIG=/etc/cxsync/cxsync.ini' \
    'StateDirectory=cxsync' 'ConfigurationDirectory=cxsync' 'ProtectSystem=strict' 'NoNewPrivileges=yes' \
    'Restart=on-failure'; do
    grep -qx "$setting" "$unit" || fail "cxsync.service lacks $setting"
done
must_not_contain "$(grep -v '^#' "$unit")" '[Pp]assword=|[Ss]ecret=|CXSYNC_SECRET' "cxsync.service holds a secret"

# The unpacked program runs: no keychain, no display, no D-Bus.
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/cxsync-no-bus
unset DISPLAY WAYLAND_DISPLAY CREDENTIALS_DIRECTORY LANGUAGE LC_MESSAGES || true
cxsync="$root/usr/bin/cxsync"
out=$("$cxsync" version 2>&1) || fail "cxsync version failed: $out"
must_contain "$out" "^cxsync $version " "cxsync version printed '$out'"
# The translations travel inside the program (:/i18n): the unpacked cxsync speaks the locale's language.
out=$(LC_ALL=fr_FR.UTF-8 "$cxsync" help 2>&1) || fail "LC_ALL=fr_FR.UTF-8 cxsync help failed: $out"
must_contain "$out" '^Commandes' "the packaged cxsync does not speak French: '$(printf '%s' "$out" | head -3)'"
out=$(LC_ALL=es_ES.UTF-8 "$cxsync" help 2>&1) || fail "LC_ALL=es_ES.UTF-8 cxsync help failed: $out"
must_contain "$out" '^Comandos:' "the packaged cxsync does not speak Spanish: '$(printf '%s' "$out" | head -3)'"
# The checks below read English messages.
export LC_ALL=C.UTF-8

ini="$tmp/etc/cxsync.ini"
mkdir -p "$tmp/etc" "$tmp/data"
# As postinst writes it: incomplete until the admin configures it, so validate says what is missing.
"$cxsync" --config "$ini" config set paths/dataDir "$tmp/data" >/dev/null
"$cxsync" --config "$ini" config set store/journalPath "$tmp/data/journal.sqlite" >/dev/null
status=0
out=$("$cxsync" --config "$ini" config validate 2>&1) || status=$?
[ "$status" -eq 2 ] || fail "config validate of a new profile exited $status, not 2: $out"
must_contain "$out" 'crm/server: CRM Server is required' "config validate did not name the missing CRM server"
for kv in crm/server=crm.example.com crm/path=crm crm/user=sync exchange/account=sync@example.com \
    notify/errorEmail=admin@example.com graph/tenantId=contoso.onmicrosoft.com \
    graph/clientId=11111111-2222-3333-4444-555555555555; do
    "$cxsync" --config "$ini" config set "${kv%%=*}" "${kv#*=}" >/dev/null || fail "config set $kv"
done
status=0
out=$("$cxsync" --config "$ini" config validate 2>&1) || status=$?
[ "$status" -eq 0 ] || fail "config validate of a complete profile exited $status: $out"
must_contain "$out" "configuration is valid: $ini" "config validate printed '$out'"

# A settings file the user may not read is an error that says so, not an empty profile ("CRM Server is
# required"): what the service saw when root's `config set` had left the file root:root 0640.
if [ "$(id -u)" -eq 0 ] && getent passwd nobody >/dev/null; then
    chmod 0711 "$tmp" "$root" "$root/usr" "$root/usr/bin"
    chmod 0755 "$tmp/etc"
    chmod 0600 "$ini"
    status=0
    out=$(runuser -u nobody -- "$cxsync" --config "$ini" config validate 2>&1) || status=$?
    [ "$status" -eq 2 ] || fail "an unreadable settings file: exit $status: $out"
    must_contain "$out" "settings file '$ini' cannot be read by this user" "an unreadable settings file: $out"
    chmod 0644 "$ini"
fi

# A secret from a systemd credential, as the service reads it (CREDENTIALS_DIRECTORY), never shown.
mkdir -m 0700 "$tmp/credentials"
printf 'not-shown-anywhere\n' >"$tmp/credentials/crm-password"
chmod 0400 "$tmp/credentials/crm-password"
status=0
out=$(CREDENTIALS_DIRECTORY="$tmp/credentials" "$cxsync" --config "$ini" secret status 2>&1) || status=$?
[ "$status" -eq 0 ] || fail "secret status with a systemd credential exited $status: $out"
must_contain "$out" '^crm-password: from systemd credential crm-password$' "secret status: $out"
must_not_contain "$out" 'not-shown-anywhere' "secret status shows the credential's value"
chmod 0440 "$tmp/credentials/crm-password"
status=0
out=$(CREDENTIALS_DIRECTORY="$tmp/credentials" "$cxsync" --config "$ini" secret status 2>&1) || status=$?
[ "$status" -eq 2 ] || fail "a group-readable credential was accepted (exit $status): $out"
must_contain "$out" 'may be read by other users' "a group-readable credential: $out"

echo "total: $(($(date +%s) - start)) s"
[ "$failures" -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "package checks passed"
