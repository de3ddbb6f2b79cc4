#!/usr/bin/env bash
# Tests the Linux installer the way a user meets it: builds the .deb (or takes the one given),
# unpacks it into a temporary root (dpkg-deb -x, no root rights needed) and runs the installed
# app: `kondens --version`, `kondens sample-project`, an export, and the window (--startup-probe,
# under Xvfb when there is no display). Checks the menu entry, icon, .kondens association and the
# /usr/bin/kondens link are in the package; with KONDENS_TEST_INSTALL=1 and as root also installs and
# removes it for real (dpkg -i, dpkg -r). Where the tools are missing it says why and skips (exit 0).
#   packaging/test-deb.sh [kondens_X_amd64.deb]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/common.sh"

skip() { echo "test-deb: SKIPPED: $*"; exit 0; }
command -v dpkg-deb >/dev/null || skip "dpkg-deb is missing (not a Debian-family system)."
deb="${1:-}"
if [ -z "$deb" ]; then
  find_jdk >/dev/null || skip "no JDK 25 or newer with jpackage to build the .deb."
  command -v fakeroot >/dev/null || skip "fakeroot is missing (jpackage needs it for a .deb)."
  command -v zip >/dev/null || skip "zip is missing (linux.sh trims the jar with it)."
  "$here/linux.sh" || { echo "test-deb: FAILED: packaging/linux.sh could not build the .deb" >&2; exit 1; }
  deb="$(ls "$here"/build/*.deb)"
fi
[ -f "$deb" ] || { echo "test-deb: no such file: $deb" >&2; exit 2; }
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"

tmp="$(mktemp -d)"
xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
root="$tmp/root" work="$tmp/work"
mkdir -p "$root" "$work" "$tmp/home"
# The app's settings, cache and sample data go to the temporary home, never to the caller's.
export HOME="$tmp/home" XDG_CACHE_HOME="$tmp/home/.cache" XDG_DATA_HOME="$tmp/home/.local/share"

failed=0
results=()
pass() { results+=("PASS  $1"); }
fail() { results+=("FAIL  $1${2:+: $2}"); failed=$((failed + 1)); }
check() { # check NAME COMMAND...: passes when the command succeeds
  local name="$1"; shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}
nonempty() { [ -s "$1" ]; }
has() { # has FILE PATTERN...: every pattern is in the file
  local file="$1" pattern; shift
  for pattern in "$@"; do grep -q -- "$pattern" "$file" 2>/dev/null || return 1; done
}
zipfile() { [ "$(head -c 2 "$1" 2>/dev/null)" = "PK" ]; }

# --- what the package holds ---------------------------------------------------------------
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$tmp/control"
app="$root/opt/$PACKAGE_NAME"
launcher="$app/bin/$APP_NAME"
desktop="$(ls "$app"/lib/*.desktop 2>/dev/null | head -1)"
mimeinfo="$(ls "$app"/lib/*MimeInfo.xml 2>/dev/null | head -1)"
check "launcher /opt/$PACKAGE_NAME/bin/$APP_NAME is executable" test -x "$launcher"
check "menu entry (.desktop) in the package" test -f "$desktop"
check "menu entry opens .kondens files (MimeType, %F)" \
  has "$desktop" '^MimeType=.*application/x-kondens' '^Exec=.*%[fFuU]' 
icon="$(sed -n 's/^Icon=//p' "$desktop" 2>/dev/null)"
check "menu icon $icon in the package" test -s "$root$icon"
check "mime type application/x-kondens for *.kondens" \
  has "$mimeinfo" 'type="application/x-kondens"' 'glob pattern="\*.kondens"' 
check "postinst registers menu entry and mime type" \
  has "$tmp/control/postinst" 'xdg-desktop-menu install' 'xdg-mime install' 
check "postinst puts kondens on the PATH (/usr/bin/kondens)" \
  has "$tmp/control/postinst" "ln -sf '/opt/$PACKAGE_NAME/bin/$APP_NAME' /usr/bin/$PACKAGE_NAME"
check "prerm removes /usr/bin/kondens" has "$tmp/control/prerm" "rm -f /usr/bin/$PACKAGE_NAME"
check "depends on GTK 3 for the window" has "$tmp/control/control" '^Depends:.*libgtk-3-0' 

# --- the installed app -------------------------------------------------------------------
# The postinst link, made inside the temporary root: `kondens` on the PATH runs the launcher.
mkdir -p "$root/usr/bin"
ln -s "$launcher" "$root/usr/bin/$PACKAGE_NAME"
export PATH="$root/usr/bin:$PATH"
cd "$work"   # not the source tree: the app must not lean on samples/ or target/ here

run() { # run NAME TIMEOUT COMMAND...: output to $work/NAME.out, errors to $work/NAME.err
  local name="$1" limit="$2"; shift 2
  timeout "$limit" "$@" > "$work/$name.out" 2> "$work/$name.err"
}
said() { cat "$work/$1.err" "$work/$1.out" | head -3; }  # what a failed command said
# A clean start says its one line and nothing else (no JVM or AOT cache messages).
if run version 60 kondens --version && grep -q "^$APP_NAME " "$work/version.out" \
    && [ "$(wc -l < "$work/version.out")" = 1 ] && [ ! -s "$work/version.err" ]; then
  pass "kondens --version ($(head -1 "$work/version.out"))"
else fail "kondens --version" "$(said version)"; fi

if run sample 120 kondens sample-project "$work/sample.kondens" && nonempty "$work/sample.kondens"; then
  pass "kondens sample-project sample.kondens"
else fail "kondens sample-project" "$(said sample)"; fi

for format in findings-docx matrix-xlsx; do
  out="$work/export.${format%%-*}.${format##*-}"
  if run "export-$format" 120 kondens export "$work/sample.kondens" --format "$format" --out "$out" \
      && nonempty "$out" && zipfile "$out"; then
    pass "kondens export --format $format ($(size_of "$out"))"
  else fail "kondens export --format $format" "$(said export-$format)"; fi
done

no_window=""   # why the window cannot be tried here, if it cannot
if ! "$(command -v ldconfig || echo /sbin/ldconfig)" -p 2>/dev/null | grep 'libgtk-3\.so\.0' >/dev/null; then
  no_window="the GTK 3 libraries are missing (apt-get install libgtk-3-0)"
elif [ -z "${DISPLAY:-}" ]; then
  if command -v Xvfb >/dev/null; then
    export DISPLAY=":$((90 + RANDOM % 400))"
    Xvfb "$DISPLAY" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 2
  else
    no_window="no DISPLAY and no Xvfb (apt-get install xvfb)"
  fi
fi
if [ -n "$no_window" ]; then
  results+=("SKIP  the window (--startup-probe): $no_window")
elif run probe 180 "$launcher" --startup-probe && grep -q 'First window shown' "$work/probe.out"; then
  pass "the window opens: $(grep 'First window shown' "$work/probe.out")"
else fail "the window (--startup-probe)" "$(said probe)"; fi

# --- a real install and removal (dpkg -i, dpkg -r) -------------------------------------------
# Only where it is safe to change the system: as root, asked for (KONDENS_TEST_INSTALL=1, as .ci/run
# does on CI machines), and with no Kondens installed that the test would replace.
if [ "${KONDENS_TEST_INSTALL:-}" != 1 ]; then
  results+=("SKIP  dpkg -i / dpkg -r: not asked for (KONDENS_TEST_INSTALL=1 installs into this system)")
elif [ "$(id -u)" != 0 ]; then
  results+=("SKIP  dpkg -i / dpkg -r: needs root")
elif dpkg -s "$PACKAGE_NAME" 2>/dev/null | grep -q '^Status: install ok installed'; then
  results+=("SKIP  dpkg -i / dpkg -r: $PACKAGE_NAME is already installed here")
else
  installed() { dpkg -s "$PACKAGE_NAME" 2>/dev/null | grep -q '^Status: install ok installed'; }
  if dpkg -i "$deb" > "$work/dpkg-i.out" 2>&1 && installed \
      && run installed-version 60 /usr/bin/"$PACKAGE_NAME" --version && grep -q "^$APP_NAME " "$work/installed-version.out"; then
    pass "dpkg -i installs it, and /usr/bin/$PACKAGE_NAME --version runs"
  else fail "dpkg -i" "$(tail -3 "$work/dpkg-i.out")"; fi
  if dpkg -r "$PACKAGE_NAME" > "$work/dpkg-r.out" 2>&1 && dpkg -P "$PACKAGE_NAME" >> "$work/dpkg-r.out" 2>&1 && ! installed \
      && [ ! -e /usr/bin/"$PACKAGE_NAME" ] && [ ! -e "/opt/$PACKAGE_NAME/bin" ]; then
    pass "dpkg -r (and -P) removes it, /usr/bin/$PACKAGE_NAME and /opt/$PACKAGE_NAME with it"
  else fail "dpkg -r" "$(tail -3 "$work/dpkg-r.out")"; fi
fi

echo "test-deb: $(basename "$deb") ($(size_of "$deb"); installed $(size_of "$app"), runtime $(size_of "$app/lib/runtime"))"
printf '  %s\n' "${results[@]}"
if [ "$failed" -gt 0 ]; then echo "test-deb: $failed check(s) FAILED"; exit 1; fi
echo "test-deb: all checks passed"
