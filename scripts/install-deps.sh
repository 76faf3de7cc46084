#!/usr/bin/env bash
# Installs the Debian packages Maillage builds, runs and tests with. Idempotent and quiet when all is there.
set -euo pipefail
PKGS=(
  build-essential cmake pkg-config gettext
  librestinio-dev libhttp-parser-dev libfmt-dev libboost-dev libboost-locale-dev libboost-system-dev
  libsoci-dev libsqlite3-dev libpq-dev sqlite3 postgresql
  libxapian-dev wdutch libctemplate-dev libsodium-dev libcmark-dev libcurl4-openssl-dev
  libcli11-dev libspdlog-dev nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev libicu-dev
  chromium fonts-dejavu-core wrk curl ca-certificates
  libcairo2-dev libpango1.0-dev libxlsxwriter-dev poppler-utils
)
# Node.js may come from elsewhere with its own npm: install Debian's only when the commands are missing.
command -v node >/dev/null || PKGS+=(nodejs)
command -v npm >/dev/null || PKGS+=(npm)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "install-deps: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
