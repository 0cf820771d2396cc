#!/usr/bin/env bash
# Drives the real Kotva under Xvfb as a person would (xdotool types and clicks) and saves
# screenshots of the peer worker's panes in Czech and English, to look at after a change.
# Usage: scripts/screenshots.sh [preset]   (dev by default; builds it first)
# Output: build/<preset>/screenshots/app-<lang>-<step>.png
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
out="$PWD/build/$preset/screenshots"
passphrase="demo-passphrase-for-screenshots"

prepare() {
  local missing=()
  for tool in xvfb-run:xvfb xdotool:xdotool import:imagemagick; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y "${missing[@]}"
    else sudo apt-get install -y "${missing[@]}"; fi
  fi
  scripts/build.sh "$preset"
}

drive() { # runs inside xvfb-run: $1 = language, $2 = the folder with the demo vault
  local lang=$1 work=$2 shot="$out/app-$1"
  "$PWD/build/$preset/app/kotva" --vault "$work/$lang.vault" --lang "$lang" 2>"$work/$lang.log" &
  local app=$!
  sleep 4
  xdotool type --delay 20 "$passphrase"; xdotool key Return; sleep 3
  # No window manager: the test moves, sizes and focuses the window itself.
  local win; win=$(xdotool search --onlyvisible --class kotva | tail -1)
  xdotool windowmove "$win" 0 0 windowsize "$win" 1366 740 windowfocus "$win"; sleep 1
  import -window root "$shot-1-contacts.png"
  xdotool key ctrl+n; sleep 1.5
  xdotool type --delay 20 "Petra Novakova"; sleep 1
  import -window root "$shot-2-new-contact.png"
  xdotool key ctrl+a; xdotool type --delay 20 "Petra"; xdotool key Return; sleep 1.5
  xdotool type --delay 5 "Ahoj, uz nemuzu. Mam doma prasky a dnes vecer je vsechny spolykam. Moje cislo je 777 123 456."
  sleep 2
  import -window root "$shot-3-typing.png"
  xdotool windowfocus "$win"; sleep 0.3; xdotool key ctrl+Return; sleep 2
  import -window root "$shot-4-saved.png"
  xdotool type --delay 5 "Myslim, ze mate depresi. Zkuste si rict o antidepresiva."
  sleep 1; xdotool key ctrl+Return; sleep 2
  import -window root "$shot-5-boundary.png"
  xdotool mousemove 98 163 click 1; sleep 1.5
  import -window root "$shot-6-notes.png"
  xdotool key ctrl+l; sleep 2
  import -window root "$shot-7-locked.png"
  kill "$app"; wait "$app" 2>/dev/null || true
}
if [ "${2:-}" = "--drive" ]; then # the second run of this script, under Xvfb
  drive "$3" "$4"
  exit 0
fi

prepare
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for lang in cs en; do
  printf '%s\n' "$passphrase" |
    "build/$preset/app/kotva-cli" vault create --vault "$work/$lang.vault" --passphrase-stdin >/dev/null
  timeout 180 xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$preset" --drive "$lang" "$work"
done
ls "$out"/app-*.png
