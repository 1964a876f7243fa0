#!/bin/bash
# usage: run-fresh.sh TAG [WT] -- the fresh pages (labelled after the rules were written) through the pipeline of WT
WT=${2:-/work/wt/dates}; H=/work/wt/dates/scratch/date-wide
python3 - <<'PY'
import csv, json, os, shutil
h='/work/wt/dates/scratch/date-wide'; out=h+'/fresh-cases'; shutil.rmtree(out, ignore_errors=True)
for row in csv.DictReader(open(h+'/fresh-labels.tsv'), delimiter='\t'):
    d=os.path.join(out,row['slug']); os.makedirs(d)
    shutil.copy(os.path.join(h,'fresh-raw',row['slug']+'.txt'), os.path.join(d,'raw.txt'))
    open(os.path.join(d,'expected.txt'),'w').write('x\n')
    json.dump({'site':row['url'].split('/')[2],'url':row['url'],'format':'txt','encoding':'utf-8','expected':{'title':None,'date':None if row['date']=='null' else row['date'],'type':row['type'],'province':None,'city':None,'county':None,'speakers':[]}}, open(os.path.join(d,'meta.json'),'w'), ensure_ascii=False)
PY
cd $WT && INGEST_CACHE_DIR=/tmp/cache8-dates-wide npm run -s eval -- --cases $H/fresh-cases --json /tmp/s8/res-dates/fresh-$1.json >/dev/null 2>&1
python3 - "$1" <<'PY'
import json,sys
d=json.load(open(f'/tmp/s8/res-dates/fresh-{sys.argv[1]}.json')); ok=0
for c in d['scores']:
    f=c['fields']['date']; ok+=bool(f['ok']); print('OK ' if f['ok'] else 'BAD', c['slug'], f['actual'], 'exp', f['expected'])
print(f'date {ok}/{len(d["scores"])}')
PY
