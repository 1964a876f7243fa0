#!/usr/bin/env python3
# score.py WT TAG HALF : run the real ingest (--explain --json) on each sample page of HALF and score province/city
import json, subprocess, sys, os, csv
wt, tag, half = sys.argv[1], sys.argv[2], sys.argv[3]
S = '/tmp/s21/hkplace/sample'
rows = list(csv.DictReader(open(f'{S}/labels.tsv'), delimiter='\t'))
out = {}
pr = ct = 0; n = 0
for r in rows:
    if r['half'] != half: continue
    raw = f"{S}/{r['slug']}/raw.txt"  # the sample as saved in /tmp; here: {slug}.txt
    p = subprocess.run(['npm', 'run', '-s', 'ingest', '--', '--explain', raw, '--json'], cwd=wt, capture_output=True, text=True, timeout=300)
    d = json.loads(p.stdout)
    reg = next((f.get('value') for f in d['fields'] if f['field'] == 'region'), None)
    parts = (reg or '').split(' (')[0].split() if reg else []
    prov = parts[0] if parts else None
    # city: second part when it ends in 市/州/盟/地区 and province is not a municipality
    city = parts[1] if len(parts) > 1 and prov not in ('北京市','上海市','天津市','重庆市') else None
    want_p = None if r['province'] == 'null' else r['province']
    want_c = None if r['city'] == 'null' else r['city']
    okp = prov == want_p; okc = city == want_c
    pr += okp; ct += okc; n += 1
    out[r['slug']] = {'got': reg, 'province_ok': okp, 'city_ok': okc}
json.dump(out, open(f'/tmp/s21/hkplace/sample-{tag}-{half}.json', 'w'), ensure_ascii=False, indent=1)
print(f'half {half} {tag}: province {pr}/{n}, city {ct}/{n}')
if half == 'A':
    for k, v in out.items(): print(k, v)
