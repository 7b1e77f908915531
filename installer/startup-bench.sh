#!/usr/bin/env bash
# Start-up benchmark: time to the first frame of Parallax's main window against a minimal JavaFX "hello" window
# (src/test/java/org/parallax/bench/HelloWindow.java), both started the same way and measured by the same probe
# (--startup-probe prints first-frame-ms=N, counted from process start). Parallax's first frame is its window's
# skeleton; the probe also prints window-ms=N, the first frame of the built window that replaces it, which is
# reported as "window built". Reports medians and the ratio for:
#   cp        the build's jar and target/lib on the class path, the JDK that runs this script
#   cp+cds    the same with an AppCDS archive made by a first run (-XX:ArchiveClassesAtExit)
#   image     the app-image's runtime and options (target/installer/image/Parallax, as its launcher passes them)
#   image+cds the same with an AppCDS archive
#   launcher  the app-image's own bin/Parallax (Parallax only; the hello window has no launcher)
#   installed the same on a copy of the app-image given the archive the .deb's postinst makes (--cds-training)
# Each line gives the median wall time and the median CPU time of the whole process (all threads, JIT and GC
# included) to the first frame; on a shared machine the CPU figures move far less with the load than the wall ones.
# Needs: mvn -Pinstaller -DskipTests package (jar, lib, image) and the test classes (mvn test-compile).
# Runs under $DISPLAY, or starts its own Xvfb (apt-get install -y xvfb libgtk-3-0) and stops it by PID.
# Usage: installer/startup-bench.sh [runs]   (default 7; env IMAGE=path/to/Parallax overrides the app-image)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
IMAGE=${IMAGE:-target/installer/image/Parallax}
JAVA=${JAVA:-java}
TMP=$(mktemp -d /tmp/parallax-bench.XXXXXX)
XVFB_PID=
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  for d in $(seq 120 140); do [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ] || break; done
  Xvfb ":$d" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=":$d"
  sleep 1
fi
# nothing of the user's: a temporary library, settings and data folders
export XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data" XDG_CACHE_HOME="$TMP/cache"
export PARALLAX_LIBRARY="$TMP/library.db"
unset JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS || true

# one probe run: prints "MS CPU WINDOW" (wall and whole-process CPU milliseconds to the first frame, and wall
# milliseconds to the frame of the built window that replaces Parallax's skeleton; - for the hello window), or fails
probe() {
  local out line win
  out=$(timeout 60 "$@" --startup-probe 2>"$TMP/stderr") || true
  line=$(echo "$out" | grep -o 'first-frame-ms=[0-9]*\( first-frame-cpu-ms=-\?[0-9]*\)\?') || true
  if [ -z "$line" ]; then echo "probe failed: $*" >&2; tail -5 "$TMP/stderr" >&2; return 1; fi
  local ms=${line#first-frame-ms=}; ms=${ms%% *}
  local cpu=-1
  case $line in *cpu-ms=*) cpu=${line##*cpu-ms=} ;; esac
  win=$(echo "$out" | grep -o 'window-ms=[0-9]*' | cut -d= -f2) || true
  echo "$ms $cpu ${win:--}"
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
# runs a command RUNS times after one warm-up (file cache); prints
# "MEDIAN_MS CPU_MEDIAN_MS [ms list] cpu [cpu list]", then " window MEDIAN_MS [list]" when the runs printed it
measure() {
  probe "$@" >/dev/null
  local ms=() cpu=() win=() i r a b c
  for i in $(seq "$RUNS"); do
    r=$(probe "$@")
    read -r a b c <<<"$r"
    ms+=("$a")
    cpu+=("$b")
    [ "$c" != - ] && win+=("$c")
  done
  local w=
  [ ${#win[@]} -gt 0 ] && w=" window $(printf '%s\n' "${win[@]}" | median) [${win[*]}]"
  echo "$(printf '%s\n' "${ms[@]}" | median) $(printf '%s\n' "${cpu[@]}" | median) [${ms[*]}] cpu [${cpu[*]}]$w"
}
# makes an AppCDS archive from one probe run: archive FILE JAVA ARGS...
archive() {
  local jsa=$1 java=$2
  shift 2
  timeout 120 "$java" -XX:ArchiveClassesAtExit="$jsa" "$@" --startup-probe >"$TMP/archive.log" 2>&1 || true
  if [ ! -s "$jsa" ]; then echo "no archive made: $java $*" >&2; tail -5 "$TMP/archive.log" >&2; return 1; fi
}
report() { # name parallax-line hello-line
  local p=${2%% *} h=${3%% *} pc hc w
  pc=$(echo "$2" | cut -d' ' -f2)
  hc=$(echo "$3" | cut -d' ' -f2)
  w=$(echo "$2" | grep -o ' window [0-9]*' | cut -d' ' -f3) || true
  printf '%-10s parallax %5s ms  hello %5s ms  ratio %s   cpu %5s / %5s ms  ratio %s   window built %5s ms (ratio %s)   parallax runs %s  hello runs %s\n' \
    "$1" "$p" "$h" "$(awk -v p="$p" -v h="$h" 'BEGIN {printf "%.2f", p / h}')" \
    "$pc" "$hc" "$(awk -v p="$pc" -v h="$hc" 'BEGIN {printf "%.2f", p / h}')" \
    "${w:--}" "$(awk -v p="${w:-0}" -v h="$h" 'BEGIN {printf "%.2f", p / h}')" \
    "$(echo "$2" | cut -d' ' -f3-)" "$(echo "$3" | cut -d' ' -f3-)"
}

# the hello window in a jar of its own: CDS refuses directories on the class path
HELLO_JAR="$TMP/hello.jar"
jar cf "$HELLO_JAR" -C target/test-classes org/parallax/bench/HelloWindow.class -C target/test-classes 'org/parallax/bench/HelloWindow$App.class'
CP_APP="target/parallax.jar"
CP_HELLO="target/parallax.jar:$HELLO_JAR"
OPTS=(-XX:MaxRAMPercentage=50)
echo "runs=$RUNS java=$("$JAVA" -version 2>&1 | head -1) display=$DISPLAY cpus=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"

p=$(measure "$JAVA" "${OPTS[@]}" -cp "$CP_APP" org.parallax.Parallax)
h=$(measure "$JAVA" "${OPTS[@]}" -cp "$CP_HELLO" org.parallax.bench.HelloWindow)
report cp "$p" "$h"

archive "$TMP/app.jsa" "$JAVA" "${OPTS[@]}" -cp "$CP_APP" org.parallax.Parallax
archive "$TMP/hello.jsa" "$JAVA" "${OPTS[@]}" -cp "$CP_HELLO" org.parallax.bench.HelloWindow
p=$(measure "$JAVA" -XX:SharedArchiveFile="$TMP/app.jsa" "${OPTS[@]}" -cp "$CP_APP" org.parallax.Parallax)
h=$(measure "$JAVA" -XX:SharedArchiveFile="$TMP/hello.jsa" "${OPTS[@]}" -cp "$CP_HELLO" org.parallax.bench.HelloWindow)
report cp+cds "$p" "$h"

if [ -x "$IMAGE/bin/Parallax" ]; then
  CFG="$IMAGE/lib/app/Parallax.cfg"
  APPDIR=$(cd "$IMAGE/lib/app" && pwd)
  RJAVA="$IMAGE/lib/runtime/bin/java"
  mapfile -t IOPTS < <(grep '^java-options=' "$CFG" | grep -v SharedArchiveFile | cut -d= -f2- | sed "s|\$APPDIR|$APPDIR|g")
  ICP=$(grep '^app.classpath=' "$CFG" | cut -d= -f2- | sed "s|\$APPDIR|$APPDIR|g" | paste -sd:)
  p=$(measure "$RJAVA" "${IOPTS[@]}" -cp "$ICP" org.parallax.Parallax)
  h=$(measure "$RJAVA" "${IOPTS[@]}" -cp "$ICP:$HELLO_JAR" org.parallax.bench.HelloWindow)
  report image "$p" "$h"
  archive "$TMP/iapp.jsa" "$RJAVA" "${IOPTS[@]}" -cp "$ICP" org.parallax.Parallax
  archive "$TMP/ihello.jsa" "$RJAVA" "${IOPTS[@]}" -cp "$ICP:$HELLO_JAR" org.parallax.bench.HelloWindow
  p=$(measure "$RJAVA" -XX:SharedArchiveFile="$TMP/iapp.jsa" "${IOPTS[@]}" -cp "$ICP" org.parallax.Parallax)
  h=$(measure "$RJAVA" -XX:SharedArchiveFile="$TMP/ihello.jsa" "${IOPTS[@]}" -cp "$ICP:$HELLO_JAR" org.parallax.bench.HelloWindow)
  report image+cds "$p" "$h"
  p=$(measure "$IMAGE/bin/Parallax")
  printf '%-10s parallax %5s ms  cpu %5s ms  (bin/Parallax as built, no application archive)  runs %s\n' launcher \
    "${p%% *}" "$(echo "$p" | cut -d' ' -f2)" "$(echo "$p" | cut -d' ' -f3-)"
  # the installed launcher with the archive the .deb's postinst makes (--cds-training, no display), on a copy
  cp -a "$IMAGE" "$TMP/installed"
  CAPP="$TMP/installed/lib/app"
  mapfile -t COPTS < <(grep '^java-options=' "$CAPP/Parallax.cfg" | grep -v SharedArchiveFile | cut -d= -f2- | sed "s|\$APPDIR|$CAPP|g")
  CCP=$(grep '^app.classpath=' "$CAPP/Parallax.cfg" | cut -d= -f2- | sed "s|\$APPDIR|$CAPP|g" | paste -sd:)
  env -u DISPLAY "$TMP/installed/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$CAPP/parallax.jsa" "${COPTS[@]}" \
    -cp "$CCP" org.parallax.Parallax --cds-training >"$TMP/training.log" 2>&1 || true
  if [ -s "$CAPP/parallax.jsa" ]; then
    echo 'java-options=-XX:SharedArchiveFile=$APPDIR/parallax.jsa' >>"$CAPP/Parallax.cfg"
    p=$(measure "$TMP/installed/bin/Parallax")
    printf '%-10s parallax %5s ms  cpu %5s ms  (bin/Parallax with the postinst archive)  runs %s\n' installed \
      "${p%% *}" "$(echo "$p" | cut -d' ' -f2)" "$(echo "$p" | cut -d' ' -f3-)"
  else
    echo "no postinst archive made: $(tail -3 "$TMP/training.log")"
  fi
else
  echo "no app-image at $IMAGE: build it with mvn -B -Pinstaller -DskipTests package"
fi
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
