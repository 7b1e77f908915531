#!/usr/bin/env bash
# Smoke test of the Linux installer, run by CI after `mvn -B verify`:
#   bash installer/smoke-test.sh
# Builds the .deb with the `installer` profile, unpacks it (no installation needed), checks its metadata and desktop
# entry, and runs the bundled launcher headless: `--version` and an `import` into a temporary library.
# Prints the .deb size and installed size. Exits non-zero, with a message saying what failed, on any failure.
#
# Environment: PARALLAX_SHARED_DATA (default ../shared/data), PARALLAX_MAX_DEB_MB (default 120),
# SMOKE_MVN_ARGS (extra Maven arguments, e.g. -o), SMOKE_SKIP_BUILD=1 (reuse target/installer/*.deb).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
fail() { echo "installer smoke test FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

# jpackage --type deb needs fakeroot and dpkg-deb, objcopy (binutils) and dpkg's tools; install what is missing.
need_apt=()
command -v fakeroot >/dev/null 2>&1 || need_apt+=(fakeroot)
command -v objcopy >/dev/null 2>&1 || need_apt+=(binutils)
command -v dpkg-shlibdeps >/dev/null 2>&1 || need_apt+=(dpkg-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || fail "needs ${need_apt[*]} and is not root to install them"
  step "installing ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
command -v dpkg-deb >/dev/null 2>&1 || fail "dpkg-deb is missing: this test needs a Debian-based system"

shared=${PARALLAX_SHARED_DATA:-../shared/data}
sample="$shared/samples/story1-outlet-a.txt"
[ -f "$sample" ] || fail "sample article $sample is missing (is ../shared/data beside the checkout?)"
sample=$(cd "$(dirname "$sample")" && pwd)/$(basename "$sample")
max_mb=${PARALLAX_MAX_DEB_MB:-120}

if [ "${SMOKE_SKIP_BUILD:-0}" != 1 ]; then
  step "building the .deb: mvn -B -Pinstaller -DskipTests package"
  # shellcheck disable=SC2086
  mvn -B -q -Pinstaller -DskipTests ${SMOKE_MVN_ARGS:-} package || fail "the installer build failed"
fi

shopt -s nullglob
debs=(target/installer/parallax_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one target/installer/parallax_*.deb, found ${#debs[@]}"
deb=${debs[0]}
echo "package: $deb"

step "checking the package metadata"
depends=$(dpkg-deb -f "$deb" Depends)
grep -Eq '(^|[ ,])libgtk-3-0([ ,(]|$)' <<<"$depends" || fail "Depends lacks libgtk-3-0: $depends"
[ "$(dpkg-deb -f "$deb" Package)" = parallax ] || fail "package name is not 'parallax'"
version=$(dpkg-deb -f "$deb" Version)
app_version=${version%-*}
[[ $app_version =~ ^[0-9]+(\.[0-9]+)*$ ]] || fail "package version '$version' is not numeric"
deb_bytes=$(stat -c %s "$deb")
installed_kib=$(dpkg-deb -f "$deb" Installed-Size)
deb_mb=$(( (deb_bytes + 524288) / 1048576 ))
echo "version $version; .deb size: ${deb_mb} MB ($deb_bytes bytes); installed size: $(( (installed_kib + 512) / 1024 )) MB ($installed_kib KiB)"
[ "$deb_bytes" -le $(( max_mb * 1048576 )) ] || fail ".deb is ${deb_mb} MB, over the ${max_mb} MB budget"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root" || fail "dpkg-deb -x could not unpack $deb"
dpkg-deb -e "$deb" "$tmp/control" || fail "dpkg-deb -e could not read the control files of $deb"
for script in postinst prerm postrm; do
  [ ! -f "$tmp/control/$script" ] || sh -n "$tmp/control/$script" || fail "$script of the package is not valid sh"
done
grep -q 'parallax_appcds' "$tmp/control/postinst" || fail "postinst is jpackage's default, not installer/linux/postinst"
app="$tmp/root/opt/parallax"
launcher="$app/bin/Parallax"
[ -x "$launcher" ] || fail "no launcher at /opt/parallax/bin/Parallax in the package"

step "checking the desktop entry"
desktop=$(find "$app/lib" -maxdepth 1 -name '*.desktop' | sed -n 1p)
[ -n "$desktop" ] || fail "no .desktop file in /opt/parallax/lib"
grep -q '^Exec=/opt/parallax/bin/Parallax %F$' "$desktop" || fail "desktop entry Exec is not '/opt/parallax/bin/Parallax %F'"
for mime in text/plain text/markdown text/html application/pdf; do
  grep -Eq "^MimeType=(.*;)?$mime;" "$desktop" || fail "desktop entry does not list $mime"
done
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$tmp/root$icon" ] || fail "desktop entry icon $icon is not in the package"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
fi

# Run the bundled launcher as a user would, headless, with a private home so nothing leaks into the real one.
run_app() {
  env -u DISPLAY -u PARALLAX_LIBRARY HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" \
    XDG_CONFIG_HOME="$tmp/home/config" timeout 180 "$launcher" "$@"
}
mkdir -p "$tmp/home"
# Until the command line is merged, Parallax.main reaches a placeholder that prints this and exits 2. Seeing it still
# proves the launcher, the bundled runtime and the class path work, so it is reported, not failed.
placeholder='The command line is not written yet.'

step "running: Parallax --version"
set +e
out=$(run_app --version 2>&1); rc=$?
set -e
echo "$out" | sed 's/^/   | /'
if [ $rc -eq 2 ] && grep -qF "$placeholder" <<<"$out"; then
  echo "NOTE: the command line is still a placeholder; the launcher started the JVM and reached Parallax.main"
  cli_placeholder=1
else
  [ $rc -eq 0 ] || fail "'Parallax --version' exited $rc"
  grep -qF "$app_version" <<<"$out" || fail "'Parallax --version' does not print the version $app_version"
  cli_placeholder=0
fi

step "running: Parallax import $sample --library $tmp/lib.db"
set +e
out=$(run_app import "$sample" --library "$tmp/lib.db" 2>&1); rc=$?
set -e
echo "$out" | sed 's/^/   | /'
if [ $cli_placeholder = 1 ] && [ $rc -eq 2 ] && grep -qF "$placeholder" <<<"$out"; then
  echo "NOTE: import skipped by the placeholder command line"
else
  [ $rc -eq 0 ] || fail "'Parallax import' exited $rc"
  [ -s "$tmp/lib.db" ] || fail "'Parallax import' left no library at $tmp/lib.db"
  set +e
  out=$(run_app list --library "$tmp/lib.db" 2>&1); rc=$?
  set -e
  [ $rc -eq 0 ] || fail "'Parallax list' on the imported library exited $rc: $out"
  [ -n "$out" ] || fail "'Parallax list' printed nothing after an import"
fi

step "running: Parallax --cds-training (what the postinst archives for AppCDS)"
set +e
out=$(run_app --cds-training 2>&1); rc=$?
set -e
echo "$out" | sed 's/^/   | /'
[ $rc -eq 0 ] || fail "'Parallax --cds-training' exited $rc"
n=$(sed -n 's/^loaded \([0-9]*\) classes$/\1/p' <<<"$out")
# about 2,800 for the window and 2,300 more for a recognition run (CoreNLP's): both lists must be in the jar
[ "${n:-0}" -ge 4000 ] || fail "'Parallax --cds-training' loaded ${n:-no} classes; installer/startup-classes.sh remakes the lists"

echo "installer smoke test passed in $(( SECONDS - started )) s: $deb (${deb_mb} MB, installed $(( (installed_kib + 512) / 1024 )) MB)"
