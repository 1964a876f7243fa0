#!/bin/bash
# usage: run.sh TAG -- runs the pipeline on the wide sample; prints date per page
WT=${WT:-/work/wt/dates}; cd /work/wt/dates && python3 scratch/date-wide/mkcases.py && cd $WT && INGEST_CACHE_DIR=/tmp/cache8-dates-wide npm run -s eval -- --cases /work/wt/dates/scratch/date-wide/cases --json /tmp/s8/res-dates/wide-$1.json >/dev/null 2>&1
python3 - "$1" <<'PY'
import json,sys
d=json.load(open(f'/tmp/s8/res-dates/wide-{sys.argv[1]}.json'))
ok=0
for c in d['scores']:
    f=c['fields']['date']; ok+=bool(f['ok'])
    print('OK ' if f['ok'] else 'BAD', c['slug'], f['actual'], 'exp', f['expected'], c['fields']['type']['actual'])
print(f'date {ok}/{len(d["scores"])}')
PY
