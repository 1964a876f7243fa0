#!/bin/bash
# usage: run.sh TAG -- ingest the wide sample, score region against labels.tsv
cd /work/wt/region
OUT=/tmp/s8-region-wide-$1; rm -rf $OUT; mkdir -p $OUT
INGEST_CACHE_DIR=/tmp/cache8-region-wide npm run -s ingest -- --input scratch/region-wide/pages --output $OUT/docs --report $OUT/report.json --jobs 2 --quiet >/dev/null 2>&1
python3 scratch/region-wide/score.py $OUT > scratch/region-wide/result-$1.txt
tail -4 scratch/region-wide/result-$1.txt
