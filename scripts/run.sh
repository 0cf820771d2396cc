#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and start Kotva.
# With no display, the app starts under Xvfb, a screenshot is saved, and its path printed.
set -euo pipefail
cd "$(dirname "$0")/.."
app="build/dev/app/kotva"
shot="${KOTVA_SCREENSHOT:-$PWD/build/kotva-screenshot.png}"

# The screen is photographed from outside (ImageMagick's import), as scripts/screenshots.sh
# does: the installed binary has no way to write what it shows to a file.
if [ "${1:-}" = "--photograph" ]; then # the second run of this script, inside xvfb-run
  shift
  "$app" "$@" &
  pid=$!
  sleep "${KOTVA_SCREENSHOT_DELAY:-3}"
  import -window root "$shot" || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  exit 0
fi

scripts/install-deps.sh
scripts/build.sh dev

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$@"
fi

echo "No display found: starting Kotva under Xvfb."
rm -f "$shot"
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$0" --photograph "$@" || true
if [ -s "$shot" ]; then
  echo "Screenshot saved to $shot"
else
  echo "No screenshot was saved (see the messages above)." >&2
  exit 1
fi
