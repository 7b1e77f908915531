#!/usr/bin/env bash
# Regenerates src/main/resources/cds/startup-classes.txt: the classes a window start loads (a --startup-probe run of
# the app-image under Xvfb), less those the runtime's own CDS archive already holds and the generated ones that
# cannot be loaded by name; and src/main/resources/cds/nlp-classes.txt: those a recognition run (nlp --wait on the
# bundled sample articles) loads beyond them. The installer's postinst loads both with --cds-training under
# -XX:ArchiveClassesAtExit.
# Needs the app-image (mvn -B -Pinstaller -DskipTests package) and xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=${IMAGE:-target/installer/image/Parallax}
OUT=src/main/resources/cds/startup-classes.txt
NLP_OUT=src/main/resources/cds/nlp-classes.txt
TMP=$(mktemp -d /tmp/parallax-classes.XXXXXX)
XVFB_PID=
cleanup() { [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true; rm -rf "$TMP"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  for d in $(seq 120 140); do [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ] || break; done
  Xvfb ":$d" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=":$d"
  sleep 1
fi
export XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data" PARALLAX_LIBRARY="$TMP/library.db"
APPDIR=$(cd "$IMAGE/lib/app" && pwd)
mapfile -t OPTS < <(grep '^java-options=' "$IMAGE/lib/app/Parallax.cfg" | grep -v SharedArchiveFile | cut -d= -f2- | sed "s|\$APPDIR|$APPDIR|g")
CP=$(grep '^app.classpath=' "$IMAGE/lib/app/Parallax.cfg" | cut -d= -f2- | sed "s|\$APPDIR|$APPDIR|g" | paste -sd:)
"$IMAGE/lib/runtime/bin/java" -Xlog:class+load=info:file="$TMP/load.txt" "${OPTS[@]}" -cp "$CP" org.parallax.Parallax --startup-probe
"$IMAGE/lib/runtime/bin/java" "${OPTS[@]}" -cp "$CP" org.parallax.Parallax --library "$TMP/nlp.db" import resources/samples/ >/dev/null
"$IMAGE/lib/runtime/bin/java" -Xlog:class+load=info:file="$TMP/nlp-load.txt" "${OPTS[@]}" -cp "$CP" org.parallax.Parallax --library "$TMP/nlp.db" nlp --wait >/dev/null
# class names from a class+load log, less the runtime's own archive and the classes that cannot be loaded by name
loaded() {
  grep -v 'source: shared objects file' "$1" \
    | sed -E 's/^\[[^]]*\]\[[^]]*\]\[[^]]*\] ([^ ]+) source: .*/\1/' \
    | grep -v -E '\$\$Lambda|LambdaForm\$|/0x|^jdk\.internal\.reflect\.Generated|\$Proxy|^com\.sun\.proxy' \
    | grep -E '^[A-Za-z_$][A-Za-z0-9_$.]*$'
}
mkdir -p "$(dirname "$OUT")"
{
  echo "# Classes a window start loads, for the installer's AppCDS archive (installer/startup-classes.sh made it)."
  loaded "$TMP/load.txt"
} > "$OUT"
{
  echo "# Classes a recognition run (nlp --wait on the bundled samples) loads beyond startup-classes.txt, for the installer's AppCDS archive (installer/startup-classes.sh made it)."
  loaded "$TMP/nlp-load.txt" | awk 'NR == FNR { if ($0 !~ /^#/) w[$0] = 1; next } !($0 in w) && !seen[$0]++' "$OUT" -
} > "$NLP_OUT"
echo "$(grep -vc '^#' "$OUT") classes in $OUT, $(grep -vc '^#' "$NLP_OUT") in $NLP_OUT"
