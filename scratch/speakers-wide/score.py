#!/usr/bin/env python3
"""Scores the wide sample: type and speakers of each ingested page against labels.tsv.
usage: score.py DOCS_DIR [--quiet]"""
import sys, os, re, glob
here = os.path.dirname(os.path.abspath(__file__))
labels = {}
for line in open(os.path.join(here, 'labels.tsv'), encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    f = line.rstrip('\n').split('\t')
    labels[f[0]] = (f[1], f[2], f[3], f[4] if len(f) > 4 else '')
got = {}
for p in glob.glob(os.path.join(sys.argv[1], '*.mdx')):
    fm = open(p, encoding='utf-8').read().split('---')[1]
    path = re.search(r'^\s+path: (\S+)', fm, re.M).group(1)
    typ = re.search(r'^type: (\S+)', fm, re.M).group(1)
    m = re.search(r'^speakers:(.*?)(?=^\S)', fm, re.M | re.S)
    sp = re.findall(r'name: (\S+)', m.group(1)) if m else []
    if m and m.group(1).strip() == '[]': sp = []
    got[path.split('.')[0]] = (typ, sp)
ok = sok = sn = 0
conf = {}
for k, (url, typ, sp, why) in sorted(labels.items()):
    g = got.get(k)
    if not g: print(k, 'MISSING'); continue
    t_ok = g[0] == typ
    ok += t_ok
    if not t_ok: conf[(typ, g[0])] = conf.get((typ, g[0]), 0) + 1
    s_ok = None
    if sp != '?':
        exp = [s for s in sp.split('|') if s]
        s_ok = sorted(exp) == sorted(g[1]); sok += s_ok; sn += 1
    if '--quiet' not in sys.argv and (not t_ok or s_ok is False):
        print(f"{k}\texpected {typ} [{sp}]\tgot {g[0]} {g[1]}\t{why[:60]}")
n = len(labels)
print(f"type {ok}/{n} = {100*ok/n:.0f}%   speakers {sok}/{sn} = {100*sok/sn:.0f}%")
print('confusions (expected→got):', ', '.join(f"{a}→{b} {c}" for (a, b), c in sorted(conf.items(), key=lambda x: -x[1])))
