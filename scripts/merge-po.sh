#!/usr/bin/env bash
# Resolves a git merge conflict in the catalogues: unites both sides' translations (ours first), then brings
# the catalogues in step with the merged sources. Run during a conflicted merge, from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
for f in po/fr.po po/nl.po po/en.po; do
  tmp=$(mktemp -d)
  git show ":2:$f" > "$tmp/ours.po"
  git show ":3:$f" > "$tmp/theirs.po"
  msgcat --use-first --no-wrap -o "$f" "$tmp/ours.po" "$tmp/theirs.po"
  rm -rf "$tmp"
done
git show ":2:po/maillage.pot" > po/maillage.pot
bash scripts/extract-messages.sh
