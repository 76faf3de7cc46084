#!/usr/bin/env python3
"""Sets translations in a no-wrap .po file and clears their fuzzy flag.
Usage: po-set.py FILE.po < TSV   (each line: msgid<TAB>msgstr)"""
import re, sys

def esc(s):
    return s.replace('\\', '\\\\').replace('"', '\\"')

path = sys.argv[1]
pairs = [l.rstrip('\n').split('\t') for l in sys.stdin if '\t' in l]
text = open(path, encoding='utf-8').read()
blocks = text.split('\n\n')
for i, b in enumerate(blocks):
    for mid, mstr in pairs:
        if re.search(r'^msgid "' + re.escape(esc(mid)) + r'"$', b, re.M):
            lines = [l for l in b.split('\n') if not l.startswith('#|')]
            lines = [re.sub(r'^#, fuzzy$', '', l) for l in lines]
            lines = [re.sub(r'^(#,.*?)(, fuzzy|fuzzy, )', r'\1', l) for l in lines]
            lines = [l for l in lines if l != '']
            out = []
            for l in lines:
                out.append('msgstr "' + esc(mstr) + '"' if l.startswith('msgstr ') else l)
            blocks[i] = '\n'.join(out)
open(path, 'w', encoding='utf-8').write('\n\n'.join(blocks))
