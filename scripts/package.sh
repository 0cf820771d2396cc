#!/usr/bin/env bash
# Builds the Debian package from a build folder, checks it as Debian would, installs it with
# apt-get and starts the installed application on a virtual display: the first-start dialog
# must come up in Czech. Usage: scripts/package.sh [preset]   (ci by default; the build
# folder must exist: scripts/build.sh builds it). Run by scripts/test.sh in CI.
# Installing needs root (or sudo); without either the package is built and checked only.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"
build="build/$preset"

(cd "$build" && rm -f kotva_*.deb && cpack -G DEB >/dev/null)
deb="$(ls "$build"/kotva_*_*.deb)"
echo "package: $deb"

# The desktop entry and the AppStream metadata as desktop environments and software centres
# read them, and the package as the Debian archive checks it (errors and warnings fail).
desktop-file-validate packaging/linux/cz.kotva.Kotva.desktop
appstreamcli validate --no-net packaging/linux/cz.kotva.Kotva.metainfo.xml
status=0
report="$(lintian --fail-on error,warning "$deb" 2>&1)" || status=$?
grep -v 'root privileges is not recommended' <<<"$report" || true
if [ "$status" -ne 0 ]; then
  echo "lintian found errors or warnings in $deb" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  echo "not root and no sudo: the package was built and checked, not installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get install -y -qq "./$deb" >/dev/null
test -x /usr/bin/kotva && test -x /usr/bin/kotva-cli
dpkg -s kotva | grep -q '^Status: install ok installed'

# The installed binary, as a person starts it on a Czech desktop with a fresh home folder:
# the first-start dialog must be on screen with its Czech title.
shot="$PWD/$build/package-first-start.png"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
HOME="$home" LANG=cs_CZ.UTF-8 LANGUAGE=cs QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1280x800x24' \
  dbus-run-session -- bash -c '
    set -euo pipefail
    /usr/bin/kotva & app=$!
    # The title is read as the window manager reads it (_NET_WM_NAME, UTF-8): xdotool
    # matches only the Latin-1 WM_NAME.
    czechTitle() {
      for window in $(xdotool search --name Kotva 2>/dev/null); do
        LC_ALL=C.UTF-8 xprop -id "$window" _NET_WM_NAME 2>/dev/null |
          grep -q "Kotva – první spuštění" && return 0
      done
      return 1
    }
    for _ in $(seq 60); do czechTitle && break; sleep 1; done
    if ! czechTitle; then
      echo "the installed Kotva showed no Czech first-start dialog" >&2
      kill "$app" 2>/dev/null || true
      exit 1
    fi
    sleep 1
    import -window root "$1"
    kill "$app"
    wait "$app" 2>/dev/null || true
  ' bash "$shot"
echo "the installed Kotva started with its Czech first-start dialog ($shot)"
/usr/bin/kotva-cli deadline --received 2026-12-23T10:00:00+01:00 >/dev/null
echo "package: built, checked, installed and started"
