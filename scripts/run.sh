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
rm -f "$shot"
# Kotva grabs its own front window (the first-start or unlock dialog, or the main window)
# after KOTVA_SCREENSHOT_DELAY_MS, saves it as PNG and quits (ui/shell/ScreenshotTaker).
KOTVA_SCREENSHOT_PATH="$shot" KOTVA_SCREENSHOT_DELAY_MS="${KOTVA_SCREENSHOT_DELAY_MS:-2500}" \
  timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@" || true
if [ -s "$shot" ]; then
  echo "Screenshot saved to $shot"
else
  echo "No screenshot was saved (see the messages above)." >&2
  exit 1
fi
