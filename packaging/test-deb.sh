#!/usr/bin/env bash
# Builds the Linux packages with CPack and checks them on this Debian 12 machine:
#   - the .desktop file and the AppStream metainfo validate (source and packaged copies);
#   - the .deb and .rpm contain the binaries, desktop file, metainfo and icons, and declare the
#     run-time dependencies (SQLite driver, platform plugins, libsecret, QtKeychain);
#   - the .deb installs with apt (dependencies from Debian), the installed app starts offscreen and
#     stays up, the installed confab-cli creates and lists a session; then the package is removed.
# Needs root (it installs and removes the "confab" package). Exit 77 = skipped (ctest SKIP_RETURN_CODE).
#
#   packaging/test-deb.sh              configure + build build-deb/ (Release, no tests), then check
#   packaging/test-deb.sh BUILD_DIR    package and check an already configured build (ctest uses this)
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
app_id=io.github.confab.Confab

log() { printf '== %s\n' "$*"; }
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: packaging/test-deb.sh installs a package and must run as root" >&2
    exit 77
fi
if [ ! -f /etc/debian_version ] || ! command -v apt-get >/dev/null; then
    echo "SKIP: packaging/test-deb.sh needs Debian (apt-get)" >&2
    exit 77
fi
for tool in cpack dpkg-deb dpkg-shlibdeps rpmbuild rpm desktop-file-validate appstreamcli timeout; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/deps.sh test"
done

work=$(mktemp -d)
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        log "removing the confab package"
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -q confab >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

log "validating the desktop file and the metainfo (source)"
desktop-file-validate "$src/packaging/linux/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$src/packaging/linux/$app_id.metainfo.xml" || fail "appstreamcli validate"

build=${1:-}
if [ -z "$build" ]; then
    build="$src/build-deb"
    log "configuring and building $build"
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    cmake -S "$src" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
        -DCONFAB_BUILD_TESTS=OFF -DCONFAB_BUILD_BENCH=OFF
    cmake --build "$build"
fi
build=$(cd "$build" && pwd)
[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured build (no CPackConfig.cmake)"

out="$work/packages"
log "cpack -G DEB and -G RPM"
(cd "$build" && cpack -G DEB -B "$out") >"$work/cpack-deb.log" 2>&1 || {
    cat "$work/cpack-deb.log" >&2
    fail "cpack -G DEB"
}
(cd "$build" && cpack -G RPM -B "$out") >"$work/cpack-rpm.log" 2>&1 || {
    cat "$work/cpack-rpm.log" >&2
    fail "cpack -G RPM"
}
shopt -s nullglob
debs=("$out"/confab_*.deb)
rpms=("$out"/confab-*.rpm)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one confab_*.deb in $out, found ${#debs[@]}"
[ ${#rpms[@]} -eq 1 ] || fail "expected one confab-*.rpm in $out, found ${#rpms[@]}"
deb=${debs[0]}
rpm=${rpms[0]}
ls -l "$deb" "$rpm"

expected_files=(
    usr/bin/confab
    usr/bin/confab-cli
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected_files+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done

log "checking the .deb"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb" >"$work/deb-contents"
for f in "${expected_files[@]}"; do
    grep -q " \./$f\$" "$work/deb-contents" || fail "$f is not in $(basename "$deb")"
done
depends=$(dpkg-deb --field "$deb" Depends)
for dep in libqt6sql6-sqlite qt6-qpa-plugins libsecret-1-0 libqt6keychain1 libqt6widgets6 libqt6network6; do
    [[ ", $depends," == *", $dep"[\ ,]* ]] || fail "Depends lacks $dep: $depends"
done
dpkg-deb --extract "$deb" "$work/deb-root"
desktop-file-validate "$work/deb-root/usr/share/applications/$app_id.desktop" || fail "packaged .desktop"
appstreamcli validate --no-net "$work/deb-root/usr/share/metainfo/$app_id.metainfo.xml" || fail "packaged metainfo"
for size in 16 32 48 256 512; do
    actual=$(file -b "$work/deb-root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    [[ "$actual" == "PNG image data, $size x $size,"* ]] || fail "icon ${size}x${size} is: $actual"
done

log "checking the .rpm"
rpm -qip "$rpm"
rpm -qlp "$rpm" >"$work/rpm-contents"
for f in "${expected_files[@]}"; do
    grep -qx "/$f" "$work/rpm-contents" || fail "/$f is not in $(basename "$rpm")"
done
grep -qx /usr/share/applications "$work/rpm-contents" && fail "the .rpm owns /usr/share/applications"
rpm -qp --requires "$rpm" >"$work/rpm-requires"
for req in qtkeychain-qt6 libsecret qt6-qtbase-gui; do
    grep -q "^$req" "$work/rpm-requires" || fail "the .rpm does not require $req"
done

log "installing $(basename "$deb") with apt"
if dpkg-query -W -f='${Status}' confab 2>/dev/null | grep -q "install ok installed"; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -q confab
fi
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" || fail "apt-get install $deb"
for f in /usr/bin/confab /usr/bin/confab-cli; do
    [ -x "$f" ] || fail "$f was not installed"
    if ldd "$f" | grep -q "not found"; then
        ldd "$f" >&2
        fail "$f has unresolved libraries"
    fi
done

# A clean user: temp HOME and XDG dirs, so nothing of the machine's user is read or written.
user_home="$work/home"
mkdir -p "$user_home/config" "$user_home/data" "$user_home/cache" "$user_home/runtime"
chmod 700 "$user_home/runtime"
run_as_fresh_user() {
    env HOME="$user_home" XDG_CONFIG_HOME="$user_home/config" XDG_DATA_HOME="$user_home/data" \
        XDG_CACHE_HOME="$user_home/cache" XDG_RUNTIME_DIR="$user_home/runtime" QT_QPA_PLATFORM=offscreen \
        "$@"
}

log "starting the installed app (offscreen)"
app_args=()
if [ -f "$src/app/main.cpp" ] && grep -q 'quit-after' "$src/app/main.cpp"; then
    app_args=(--quit-after 3000)
fi
status=0
run_as_fresh_user timeout 8 /usr/bin/confab "${app_args[@]}" >"$work/app.log" 2>&1 || status=$?
cat "$work/app.log"
# 124: still running when timeout stopped it (what we want without --quit-after); 0: it quit itself.
if [ "$status" -ne 0 ] && [ "$status" -ne 124 ]; then
    fail "the installed app exited with status $status"
fi
if [ "${#app_args[@]}" -gt 0 ] && [ "$status" -ne 0 ]; then
    fail "the installed app did not quit by itself with ${app_args[*]}"
fi
if grep -Eiq 'could not (find|load) the qt platform plugin|driver not loaded|cannot load library' \
    "$work/app.log"; then
    fail "the installed app misses a run-time plugin (see its output above)"
fi

log "running the installed confab-cli"
db="$work/x.sqlite"
run_as_fresh_user /usr/bin/confab-cli --db "$db" new --title pkgtest-session >"$work/cli-new.log" 2>&1 || {
    cat "$work/cli-new.log" >&2
    fail "confab-cli new"
}
cat "$work/cli-new.log"
run_as_fresh_user /usr/bin/confab-cli --db "$db" sessions >"$work/cli-sessions.log" 2>&1 || {
    cat "$work/cli-sessions.log" >&2
    fail "confab-cli sessions"
}
cat "$work/cli-sessions.log"
grep -q pkgtest-session "$work/cli-sessions.log" || fail "confab-cli sessions does not list the new session"

log "removing the package"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q confab || fail "apt-get remove confab"
installed=0
[ ! -e /usr/bin/confab ] || fail "/usr/bin/confab is still there after apt-get remove"

log "OK: $(basename "$deb") ($(stat -c %s "$deb") bytes), $(basename "$rpm") ($(stat -c %s "$rpm") bytes)"
