#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run every test with ctest.
# Usage: scripts/test.sh [preset]   (ci by default; "asan" for AddressSanitizer+UBSan)
# The tests run inside their own D-Bus session with a real gnome-keyring, unlocked
# with a throwaway password, so the keychain tests talk to a real Secret Service.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"
scripts/install-deps.sh
scripts/build.sh "$preset"

export KOTVA_TEST_PRESET="$preset"
dbus-run-session -- bash -c '
  set -euo pipefail
  export XDG_DATA_HOME="$(mktemp -d)"   # a fresh keyring, never the user'"'"'s own
  printf "kotva-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  export KOTVA_KEYRING_PASSWORD="kotva-test-keyring"
  ctest --preset "$KOTVA_TEST_PRESET" -j2 --timeout 600
'

# The parsers and the storage once more under the sanitizers, then fuzzed for a bounded time,
# and the Debian package built, checked, installed and started (CI runs this too).
if [ "$preset" = "ci" ]; then
  scripts/sanitized-tests.sh
  scripts/fuzz.sh
  scripts/package.sh "$preset"
fi
