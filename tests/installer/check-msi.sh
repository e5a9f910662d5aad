#!/bin/sh
# msi_wixl (issue 17): builds the Windows installer from installer/windows/cxsync.wxs with wixl (msitools), the way
# installer/windows/make-msi.cmake does on Windows, with placeholder programs and a placeholder Qt runtime (wixl
# does not look inside what it packs), then reads the MSI's tables back with msiinfo: per-machine, the fixed
# UpgradeCode and the major upgrade, the service and its control, the Start menu entry for the panel, the
# silent-install settings import, the Event Log source, and nothing that would remove settings or data.
# Usage: check-msi.sh CMAKE SOURCE_DIR VERSION
set -eu
cmake=$1 source=$2 version=$3
for tool in wixl wixl-heat msiinfo; do
    command -v $tool >/dev/null || { echo "missing $tool: apt-get install wixl msitools (installer/debian-packages.txt)"; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/qt/platforms" "$work/qt/sqldrivers"
for f in bin/cxsync.exe bin/cxsync-panel.exe bin/cxsync-sandbox.exe qt/Qt6Core.dll qt/Qt6Network.dll \
         qt/platforms/qwindows.dll qt/sqldrivers/qsqlite.dll; do
    printf 'MZ placeholder %s\n' "$f" > "$work/$f"
done
"$cmake" -DBIN_DIR="$work/bin" -DVERSION="$version" -DOUTPUT="$work/out/cxsync.msi" -DSTAGE_DIR="$work/stage" \
         -DQT_RUNTIME_DIR="$work/qt" -P "$source/installer/windows/make-msi.cmake" >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; echo "FAIL: make-msi.cmake / wixl failed"; exit 1; }
msi="$work/out/cxsync.msi"
failed=0
table() { msiinfo export "$msi" "$1" | tail -n +4 | tr -d "\r"; }
expect() { # expect TABLE 'grep -E pattern' description
    if table "$1" | grep -Eq -- "$2"; then printf "ok: %s\n" "$3"; else printf "FAIL: %s\n" "$3"; echo " (table $1 has no row matching $2)"; table "$1"; failed=1; fi
}
absent() {
    if table "$1" | grep -Eq -- "$2"; then echo "FAIL: $3"; table "$1"; failed=1; else echo "ok: $3"; fi
}
tab=$(printf '\t')
upgrade='{3B6E1F0C-8E2D-4C55-9A0B-7D41E6C2F5A9}'
expect Property "^UpgradeCode${tab}${upgrade}\$" "the fixed UpgradeCode"
expect Property "^ALLUSERS${tab}1\$" "per-machine (ALLUSERS=1)"
expect Property "^ProductVersion${tab}${version}\$" "ProductVersion $version"
expect Upgrade "^${upgrade}${tab}${tab}${version}${tab}.*WIX_UPGRADE_DETECTED" "major upgrade finds older versions"
expect Upgrade "^${upgrade}${tab}${version}${tab}.*WIX_DOWNGRADE_DETECTED" "and refuses downgrades"
expect InstallExecuteSequence "^RemoveExistingProducts${tab}" "the old version is removed on upgrade"
expect LaunchCondition "^NOT WIX_DOWNGRADE_DETECTED${tab}" "a downgrade stops the installation"
expect ServiceInstall "^CxsyncService${tab}cxsync${tab}CRM Exchange Sync${tab}16${tab}2${tab}1${tab}${tab}${tab}NT SERVICE\\\\cxsync${tab}${tab}service run${tab}CxsyncExe${tab}" \
       "service cxsync: own process, automatic start, the virtual account, 'service run'"
# 163 = start on install (1) + stop on install (2) and uninstall (32) + delete on uninstall (128)
expect ServiceControl "^CxsyncServiceControl${tab}cxsync${tab}163${tab}${tab}1${tab}CxsyncExe\$" "service started, stopped and removed"
expect File "^cxsync.exe${tab}CxsyncExe${tab}cxsync.exe${tab}" "cxsync.exe is the service's component"
expect Shortcut "^PanelShortcut${tab}ProgramMenuDir${tab}CRM Exchange Sync${tab}StartMenu${tab}\\[INSTALLDIR\\]cxsync-panel.exe" "Start menu entry for the panel"
expect Directory "^ProgramMenuDir${tab}ProgramMenuFolder${tab}CRM Exchange Sync\$" "in the Start menu folder"
expect CustomAction "^ImportSettings${tab}3090${tab}cxsync.exe${tab}config import \"\\[SETTINGSFILE\\]\"" "SETTINGSFILE imported by cxsync config import"
expect CustomAction "^ConfigureService${tab}3090${tab}cxsync.exe${tab}service configure" "delayed start and recovery set by cxsync service configure"
expect Registry "${tab}2${tab}SYSTEM.CurrentControlSet.Services.EventLog.Application.CRM Exchange Sync${tab}EventMessageFile${tab}" "Event Log source registered"
expect File "${tab}qsqlite.dll${tab}" "the staged Qt runtime is packed"
expect Feature "^Complete${tab}.*${tab}1${tab}" "the product is installed by default"
expect Feature "^Demo${tab}.*${tab}1000${tab}" "the demo's sandboxes are not (Level 1000)"
expect FeatureComponents "^Demo${tab}SandboxExe\$" "cxsync-sandbox.exe is the Demo feature's"
absent FeatureComponents "^Complete${tab}SandboxExe" "and not the product's"
absent Registry "Software.CRM Exchange Sync.cxsync" "no component owns the settings (kept on upgrade and uninstall)"
absent RemoveFile "${tab}INSTALLDIR${tab}|AppData|CommonAppData" "nothing removes the data folder"
# the import runs after the services are installed and before they start
seq=$(table InstallExecuteSequence)
import=$(echo "$seq" | awk -F"$tab" '$1=="ImportSettings"{print $3}')
start=$(echo "$seq" | awk -F"$tab" '$1=="StartServices"{print $3}')
install=$(echo "$seq" | awk -F"$tab" '$1=="InstallServices"{print $3}')
if [ -n "$import" ] && [ "$install" -lt "$import" ] && [ "$import" -lt "$start" ]; then
    echo "ok: settings imported before the service starts ($install < $import < $start)"
else
    echo "FAIL: ImportSettings at '$import', InstallServices $install, StartServices $start"; failed=1
fi
expect InstallExecuteSequence "^ImportSettings${tab}SETTINGSFILE AND NOT REMOVE${tab}" "only when SETTINGSFILE is given, not on removal"
exit $failed
