#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and start Kotva.
# With no display, the app starts under Xvfb, a screenshot is saved, and its path printed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh dev
app="build/dev/app/kotva"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$@"
fi

shot="${KOTVA_SCREENSHOT:-$PWD/build/kotva-screenshot.png}"
echo "No display found: starting Kotva under Xvfb."
export KOTVA_SCREENSHOT_PATH="$shot"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$0" "${@}" &
  pid=$!
  sleep "${KOTVA_SCREENSHOT_DELAY:-4}"
  import -window root "$KOTVA_SCREENSHOT_PATH"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
' "$app" "$@"
echo "Screenshot saved to $shot"
