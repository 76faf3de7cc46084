#!/usr/bin/env bash
# Extracts every translatable message into po/maillage.pot and merges it into po/{fr,nl,en}.po.
#
#   bash scripts/extract-messages.sh           # update po/maillage.pot and the catalogues
#   bash scripts/extract-messages.sh --check   # change nothing; exit 1 if the catalogues are out of step
#                                              # with the sources or have untranslated or fuzzy entries
#
# Sources of msgids (English):
#   - templates/**/*.tpl and templates/**/*.txt: markers _("English text"), read exactly as
#     Views::translate_markers reads them (the text may hold \" and may span lines; {{PLACEHOLDERS}} are kept);
#   - src/**/*.cpp and *.hpp, except *_test.cpp and src/platform/testing/: string literals given to N_(...),
#     tr("...") / ctx.tr("...") / i18n.tr(lang, "..."), trn(...) (adjacent literals are concatenated).
#
# Catalogues: new messages arrive untranslated in fr.po and nl.po (translate them, then re-run with --check);
# in en.po they are filled with the msgid itself, as are English entries whose msgid changed. Messages whose
# msgid changed slightly come back "fuzzy" with the previous msgid (#| msgid) for review in fr.po and nl.po.
# Messages no longer in the sources are dropped. Locations are file names only, so that editing a source file
# does not rewrite the catalogues. Files are rewritten only when their content changes (idempotent).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

LANGS=(fr nl en)
POT=po/maillage.pot
CHECK=0
case "${1:-}" in
  "") ;;
  --check) CHECK=1 ;;
  -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

for tool in xgettext msguniq msgcat msgmerge msgattrib msgen msginit msgfmt grep sed; do
  command -v "$tool" >/dev/null || { echo "extract-messages: $tool is missing (apt-get install gettext)" >&2; exit 1; }
done

export LC_ALL=C.UTF-8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Options shared by every gettext tool that writes a catalogue.
FMT=(--no-wrap --add-location=file)

# Replaces $2 by $1 only when the content differs (keeps mtimes, so the build does not redo the catalogues).
# In --check mode, records the difference instead.
stale=0
install_if_changed() {
  local new=$1 dest=$2
  if [[ -f $dest ]] && cmp -s "$new" "$dest"; then return 0; fi
  if ((CHECK)); then
    echo "extract-messages: $dest is out of step with the sources" >&2
    stale=1
  else
    cp "$new" "$dest"
    echo "extract-messages: updated $dest"
  fi
}

# Same as above, for the template: the POT-Creation-Date alone does not count as a change.
install_pot_if_changed() {
  local new=$1 dest=$2
  if [[ -f $dest ]] && cmp -s <(grep -v '^"POT-Creation-Date:' "$new") <(grep -v '^"POT-Creation-Date:' "$dest"); then
    return 0
  fi
  install_if_changed "$new" "$dest"
}

# ---------------------------------------------------------------------------------------------------------
# 1. C++ sources, through xgettext. -k drops the default keywords (gettext, ...), which this code does not use.
#    tr has one argument on RequestContext (ctx.tr(msgid)) and two on I18n (i18n.tr(lang, msgid)); the "t"
#    suffix tells them apart by argument count. Same for trn (3 or 4 arguments). Boost.Locale does not use
#    printf formats: xgettext would guess "c-format" for a text such as "50% of" and msgfmt --check-format
#    would then reject "50 % des"; so every string is declared no-c-format and that flag is then dropped.
mapfile -t cpp_files < <(find src -type f \( -name '*.cpp' -o -name '*.hpp' \) ! -name '*_test.cpp' \
                           ! -path 'src/platform/testing/*' | sort)
cpp_pot=$tmp/cpp.pot
if ((${#cpp_files[@]})); then
  xgettext -L C++ --from-code=UTF-8 "${FMT[@]}" --sort-output --force-po -o "$cpp_pot" \
    -k --keyword=N_ --keyword=tr:1,1t --keyword=tr:2,2t --keyword=trn:1,2,3t --keyword=trn:2,3,4t \
    --flag=N_:1:no-c-format --flag=tr:1:no-c-format --flag=tr:2:no-c-format \
    --flag=trn:1:no-c-format --flag=trn:2:no-c-format --flag=trn:3:no-c-format \
    --package-name=maillage "${cpp_files[@]}" 2>"$tmp/xgettext.err" || { cat "$tmp/xgettext.err" >&2; exit 1; }
  # Keep real warnings; drop the one about the bug-report address, which this project does not set.
  grep -v -e 'option --msgid-bugs-address was not specified' -e "'Makevars' file" \
    -e 'MSGID_BUGS_ADDRESS variable' -e 'msgid-bugs-address command line option' "$tmp/xgettext.err" >&2 || true
  sed -i -e '/^#, no-c-format$/d' -e 's/^\(#,.*\), no-c-format/\1/' "$cpp_pot"
fi

# ---------------------------------------------------------------------------------------------------------
# 2. Templates. The runtime (src/platform/views.cpp) matches _\("((?:[^"\\]|\\.)*)"\) on the whole file and
#    then turns \" into "; other backslashes are kept as they are. grep -z reads each file as one record, so
#    a marker that spans lines is found too; -o prints each match followed by a NUL.
tpl_po=$tmp/templates.po
{
  printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n\n'
  while IFS= read -r -d '' file; do
    while IFS= read -r -d '' marker; do
      text=${marker#_(\"}
      text=${text%\")}
      text=${text//\\\"/\"}          # the runtime's unescaping: \" -> "
      text=${text//\\/\\\\}          # then escape for PO: \ -> \\, " -> \", newline -> \n, tab -> \t
      text=${text//\"/\\\"}
      text=${text//$'\n'/\\n}
      text=${text//$'\t'/\\t}
      text=${text//$'\r'/\\r}
      if [[ -z $text ]]; then
        echo "extract-messages: $file: empty marker _(\"\") ignored" >&2
        continue
      fi
      printf '#: %s\nmsgid "%s"\nmsgstr ""\n\n' "$file" "$text"
    done < <(grep -zoP '_\("(?:[^"\\]|\\.)*"\)' "$file" || true)
  done < <(find templates -type f \( -name '*.tpl' -o -name '*.txt' \) -print0 | sort -z)
} >"$tmp/templates-raw.po"
# One entry per msgid, with every file where it occurs.
msguniq "${FMT[@]}" --sort-output -o "$tpl_po" "$tmp/templates-raw.po"

# Files under templates/ are all embedded and translated at run time: warn about markers in other files.
while IFS= read -r -d '' other; do
  echo "extract-messages: warning: $other has _(\"...\") markers but is neither .tpl nor .txt; not extracted" >&2
done < <(find templates -type f ! -name '*.tpl' ! -name '*.txt' -print0 | xargs -0r grep -lZP '_\("' || true)

# ---------------------------------------------------------------------------------------------------------
# 3. The template: both parts merged, one entry per msgid, sorted. msgcat merges duplicates (and their
#    locations); --use-first keeps xgettext's header.
new_pot=$tmp/maillage.pot
parts=("$tpl_po")
[[ -f $cpp_pot ]] && parts=("$cpp_pot" "$tpl_po")
msgcat "${FMT[@]}" --sort-output --use-first --to-code=UTF-8 -o "$new_pot" "${parts[@]}"
# msgcat would skip an empty result; keep a valid, empty template in that case.
[[ -s $new_pot ]] || cp "$tpl_po" "$new_pot"
sed -i -e 's/^"Content-Type: text\/plain; charset=CHARSET\\n"$/"Content-Type: text\/plain; charset=UTF-8\\n"/' "$new_pot"
msgfmt --check-format -o /dev/null "$new_pot"
install_pot_if_changed "$new_pot" "$POT"
# In --check mode the merge below runs against the freshly extracted template.
((CHECK)) && pot_in=$new_pot || pot_in=$POT

# ---------------------------------------------------------------------------------------------------------
# 4. The catalogues.
plural_forms() {
  case $1 in
    fr) echo 'nplurals=2; plural=(n > 1);' ;;
    *) echo 'nplurals=2; plural=(n != 1);' ;;
  esac
}

status=0
for lang in "${LANGS[@]}"; do
  po=po/$lang.po
  work=$tmp/$lang.po
  if [[ -s $po ]]; then
    cp "$po" "$work"
  else
    # A new language: a catalogue with a proper header, like msginit's.
    msginit --no-translator --no-wrap --locale="$lang" -i "$pot_in" -o "$work" 2>/dev/null
    sed -i -e "s/^\"Plural-Forms: .*/\"Plural-Forms: $(plural_forms "$lang")\\\\n\"/" \
           -e 's/^"Project-Id-Version: .*/"Project-Id-Version: maillage\\n"/' "$work"
  fi
  msgmerge --quiet --update --backup=none --previous "${FMT[@]}" "$work" "$pot_in"
  # Drop messages that left the sources (msgmerge has already used them for fuzzy matching).
  msgattrib "${FMT[@]}" --no-obsolete -o "$work" "$work"
  if [[ $lang == en ]]; then
    # English is the source language: an English entry without a reviewed text shows the msgid itself.
    msgattrib "${FMT[@]}" --clear-fuzzy --empty --clear-previous "$work" | msgen "${FMT[@]}" -o "$work" -
  fi
  msgfmt --check-format -o /dev/null "$work"
  install_if_changed "$work" "$po"

  # "N translated messages, M fuzzy translations, K untranslated messages." (parts left out when zero)
  stats=$(msgfmt --statistics -o /dev/null "$work" 2>&1)
  translated=$(grep -oP '^\d+(?= translated)' <<<"$stats" || echo 0)
  fuzzy=$(grep -oP '\d+(?= fuzzy)' <<<"$stats" || echo 0)
  untranslated=$(grep -oP '\d+(?= untranslated)' <<<"$stats" || echo 0)
  total=$((translated + fuzzy + untranslated))
  if ((untranslated || fuzzy)); then
    echo "extract-messages: $po: $total messages, $untranslated untranslated, $fuzzy fuzzy (to review)" >&2
    status=1
  else
    echo "extract-messages: $po: $total messages, all translated"
  fi
done

if ((CHECK)); then
  ((stale || status)) && exit 1
  exit 0
fi
# Updating succeeded; untranslated or fuzzy entries are reported above but are not an error here.
exit 0
