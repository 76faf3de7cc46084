#!/bin/sh
# Builds the pseudo-locale catalogue: every English string wrapped in ⟦ ⟧, so that the i18n test can tell
# catalogue text from text that bypasses the catalogue. Usage: pseudo-locale.sh en.po OUT.mo
set -eu
tmp=$(mktemp)
msgen --force-po "$1" | msgfilter --force-po --keep-header -o "$tmp" sed -e '1s/^/⟦/' -e '$s/$/⟧/'
msgfmt -o "$2" "$tmp"
rm -f "$tmp"
