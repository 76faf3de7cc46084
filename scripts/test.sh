#!/usr/bin/env bash
# Every test of Maillage: unit and HTTP tests on SQLite, the database and HTTP tests again on a throwaway
# PostgreSQL, the message catalogues, then the browser tests. Usage: scripts/test.sh BUILD_DIR
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/.."
echo "== Unit, HTTP and database tests on SQLite"
ctest --test-dir "$BUILD" --output-on-failure -j2 --timeout 300
echo "== Database and HTTP tests on PostgreSQL"
bash scripts/with-postgres.sh ctest --test-dir "$BUILD" --output-on-failure -j2 --timeout 300 -R '^(Db|Http)'
echo "== Browser tests (Playwright, Debian chromium, axe-core)"
MAILLAGE_BIN="$PWD/$BUILD/maillage" bash tests/browser/run.sh
