#!/usr/bin/env bash
# Screenshots of every view, in both themes, at 1280x800 and at 200 %, for the README and the user guide.
#
#   src/build/screenshots.sh [--build] [--out DIR] [--themes "light dark"] [--scales "1280 200"] [--month YYYY-MM]
#                            [--thumbs "reader compare calendar-month"] [SAMPLE_FILE...]
#
# Needs a JDK, Xvfb, ImageMagick (import, convert) and python3; a desktop-less Linux is enough. CI and Maven never
# run it. It builds target/parallax.jar when missing (or with --build), imports the sample files (default: the bundled
# fictional pair in resources/samples/) into a throwaway library, runs NLP, adds two notes through the command line,
# subscribes to a two-entry feed served on 127.0.0.1, then starts the window on a private X server with a throwaway
# settings folder (-Dparallax.configDir: the user's own settings and library are never read or written) and lets
# org.parallax.testsupport.ScreenTour (test scope, not in the shipped jar) open each view and capture the screen.
# Files: OUT/<view>-<theme>-<scale>.png, scale 1280 (a 1280x800 screen) or 200 (a 2560x1600 screen with
# -Dglass.gtk.uiScale=2), as palette PNGs (pngquant if installed); OUT/thumbs/<view>-<theme>-200.png are the 200 % shots of the --thumbs
# views halved, for the README. The calendar shows --month, by default the month the first sample was published in.
# The window's log is printed only when a view could not be reached; then the exit code is 1.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT="$ROOT/src/site/markdown/images"
THEMES="light dark"
SCALES="1280 200"
BUILD=0
MONTH=""
THUMBS="reader compare calendar-month"
SAMPLES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) BUILD=1 ;;
    --out) OUT=$2; shift ;;
    --themes) THEMES=$2; shift ;;
    --scales) SCALES=$2; shift ;;
    --month) MONTH=$2; shift ;;
    --thumbs) THUMBS=$2; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) SAMPLES+=("$1") ;;
  esac
  shift
done
[ ${#SAMPLES[@]} -gt 0 ] || SAMPLES=("$ROOT/resources/samples/visit-outlet-a.txt" "$ROOT/resources/samples/visit-outlet-b.txt")
for tool in java Xvfb import convert; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is not installed" >&2; exit 2; }
done

cd "$ROOT"
if [ $BUILD = 1 ] || [ ! -f target/parallax.jar ] || [ ! -f target/test-classes/org/parallax/testsupport/ScreenTour.class ]; then
  mvn -B -q -DskipTests package
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/parallax-shots.XXXXXX")
XPID=""
cleanup() {
  [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

LIB="$WORK/library.db"
px() { java -jar target/parallax.jar "$@" --library "$LIB"; }
px import "${SAMPLES[@]}" >/dev/null
px nlp --wait >/dev/null 2>&1
# a note and a mark on the first article's first sentence of body text, so the annotate panel and the reader show them
read -r START END < <(px show 1 --json | python3 -c '
import json, sys
a = json.load(sys.stdin)
body = [b for b in a["blocks"] if b["type"] == "PARAGRAPH"] or a["blocks"]
b = body[0]
end = b["text"].find(" ", 30)
print(b["start"], b["start"] + (end if end > 0 else len(b["text"])))')
px note 1 --start "$START" --end "$END" --text "Check this with the second outlet: the dates differ." >/dev/null
px note 1 --article --text "Two outlets, one visit: compare the dates and who is named." >/dev/null
[ -n "$MONTH" ] || MONTH=$(px show 1 --json | python3 -c 'import json, sys; print((json.load(sys.stdin)["published"] or "")[:7])')

# a small feed on a local web server, so the Feeds pane has a subscription, unread counts and articles from it; its
# entries' pages do not exist, so they are imported from the feed's own summaries
FEED="$WORK/feed"
mkdir -p "$FEED"
PORT=$(( 20000 + RANDOM % 20000 ))
cat > "$FEED/rss.xml" <<RSS
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Strait Courier</title><link>http://127.0.0.1:$PORT/</link>
<description>Fictional news for the Parallax screenshots</description>
<item><title>Ferry operators wait for the Halvik talks</title><link>http://127.0.0.1:$PORT/ferry-operators.html</link>
<guid>strait-courier-1</guid><pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate>
<description>Ferry operators in Halvik said on Tuesday they would wait for the outcome of next week's talks between Valdoria and Norvenia before planning a summer timetable across the Kessel Strait.</description></item>
<item><title>Fisheries framework: what is on the table</title><link>http://127.0.0.1:$PORT/fisheries.html</link>
<guid>strait-courier-2</guid><pubDate>Wed, 11 Jun 2025 08:00:00 GMT</pubDate>
<description>Negotiators from Sarnec and Halvik will review quotas, inspection rules and the shared research vessel when the two foreign ministers meet in Halvik.</description></item>
</channel></rss>
RSS
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$FEED" >/dev/null 2>&1 &
SPID=$!
sleep 1
px feeds add "http://127.0.0.1:$PORT/rss.xml" >/dev/null 2>&1 && px feeds refresh >/dev/null 2>&1 || echo "the local feed could not be read; the Feeds pane stays empty" >&2
kill "$SPID" 2>/dev/null || true
px nlp --wait >/dev/null 2>&1

# a palette PNG without dithering: text stays sharp and the file is a third of the screen grab's size; pngquant keeps
# the highlight colours truer than ImageMagick's quantiser, which is the fallback
small() {
  if command -v pngquant >/dev/null; then
    pngquant --nofs --strip --speed 1 --force --output "$2" 256 -- "$1"
  else
    convert "$1" -strip +dither -colors 256 "PNG8:$2"
  fi
}

CP="target/classes:target/test-classes:target/lib/*"
mkdir -p "$OUT/thumbs"
DISPLAY_NO=$(( 90 + RANDOM % 400 ))
while [ -e "/tmp/.X11-unix/X$DISPLAY_NO" ] || [ -e "/tmp/.X$DISPLAY_NO-lock" ]; do DISPLAY_NO=$((DISPLAY_NO + 1)); done
failed=0
for scale in $SCALES; do
  case "$scale" in
    1280) SCREEN=1280x800x24; UI=1 ;;
    200) SCREEN=2560x1600x24; UI=2 ;;
    *) echo "unknown scale $scale (1280 or 200)" >&2; exit 2 ;;
  esac
  Xvfb ":$DISPLAY_NO" -screen 0 "$SCREEN" -nolisten tcp >/dev/null 2>&1 &
  XPID=$!
  sleep 2
  kill -0 "$XPID" 2>/dev/null || { echo "screenshots.sh: Xvfb :$DISPLAY_NO did not start" >&2; exit 1; }
  for theme in $THEMES; do
    CONF="$WORK/config-$theme"
    mkdir -p "$CONF"
    THEME_UP=$(echo "$theme" | tr '[:lower:]' '[:upper:]')
    printf 'theme=%s\nwindow.x=0\nwindow.y=0\nwindow.width=1280\nwindow.height=800\narticle.last=1\n' "$THEME_UP" > "$CONF/settings.properties"
    RAW="$WORK/raw-$theme-$scale"
    echo "== $theme, $scale"
    DISPLAY=":$DISPLAY_NO" java -Dparallax.configDir="$CONF" -Dglass.gtk.uiScale=$UI -Dprism.order=sw -Dtour.month="$MONTH" \
      -cp "$CP" org.parallax.testsupport.ScreenTour "$RAW" "$theme-$scale" "$LIB" 2>"$WORK/tour.log" || {
        failed=$((failed + 1))
        grep -v -e '^WARNING' -e 'CssStyleHelper' -e '^", x=' "$WORK/tour.log" | tail -40 >&2
      }
    for f in "$RAW"/*.png; do
      [ -e "$f" ] || continue
      name=$(basename "$f")
      small "$f" "$OUT/$name"
      if [ "$scale" = 200 ] && [[ " $THUMBS " == *" ${name%-*-200.png} "* ]]; then
        convert "$f" -resize 50% "$WORK/half.png"
        small "$WORK/half.png" "$OUT/thumbs/$name"
      fi
    done
  done
  kill "$XPID"; wait "$XPID" 2>/dev/null || true; XPID=""
done
echo "screenshots in $OUT"
[ "$failed" = 0 ] || { echo "screenshots.sh: $failed run(s) skipped a view (see above)" >&2; exit 1; }
