#!/bin/bash
# usage: scratch/speakers-wide/run.sh OUTDIR -- ingest the wide sample's pages into OUTDIR and score them
cd "$(dirname "$0")/../.."; rm -rf "$1"; mkdir -p "$1"
INGEST_CACHE_DIR=/tmp/cache8-speakers-wide npm run -s ingest -- --input scratch/speakers-wide/pages --output "$1/docs" --report "$1/report.json" --quiet >/dev/null 2>&1
python3 scratch/speakers-wide/score.py "$1/docs"
