#!/usr/bin/env bash
# Installs the Debian 12 packages Kotva needs to build, run and test. Idempotent:
# only missing packages are installed. Uses sudo when not root.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev
  qt6-charts-dev libqt6opengl6-dev  # the team's figures: charts (Qt Charts needs Qt OpenGL's CMake files)
  libsqlcipher-dev sqlcipher qtkeychain-qt6-dev
  libsqlite3-dev  # plain SQLite, for the test that storage refuses to run without SQLCipher
  libssl-dev  # OpenSSL's AES: the forensic tests decrypt vault pages on their own
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  # the Czech Hunspell dictionary: lexicon lemmas are inflected at build time (unmunch), and
  # scripts/generate-surnames.py reads its proper names
  hunspell-cs hunspell-tools
  # e-mail counselling: MIME by GMime; tests run a real Dovecot and an SMTP sink on loopback
  # with certificates of a throwaway CA made by openssl
  libgmime-3.0-dev dovecot-imapd python3-aiosmtpd openssl
  libfasttext-dev  # the risk classifier is trained at build time (tools/risk_trainer)
  libsodium-dev  # team vaults: Argon2id key slots per member, sealed notes and exports
  # run and test: display, keychain, PDF and calendar checks
  xvfb xauth x11-utils imagemagick fonts-dejavu-core
  dbus dbus-x11 gnome-keyring libsecret-tools
  poppler-utils python3 python3-holidays python3-icalendar
  # the package: built by CPack, checked as Debian checks it, started once installed
  dpkg-dev lintian desktop-file-utils appstream xdotool
  # fuzzing (scripts/fuzz.sh): libFuzzer and the sanitizers of clang 16, the first Debian
  # clang whose C++20 support lets libstdc++ 12 offer std::expected
  clang-16 libclang-rt-16-dev
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "All ${#packages[@]} Debian packages are installed."
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
