#!/bin/sh
# Runs the browser tests (Chromium + a throw-away server per test file). MAILLAGE_BIN overrides build/maillage.
set -eu
cd "$(dirname "$0")/../.."
exec node --test --test-concurrency=1 tests/browser/
