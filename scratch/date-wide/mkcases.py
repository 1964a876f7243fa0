#!/usr/bin/env python3
# Builds pseudo evaluation cases (only the date is meant) from labels.tsv and raw/<slug>.txt.
import csv, json, os, shutil
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, 'cases')
shutil.rmtree(out, ignore_errors=True)
for row in csv.DictReader(open(os.path.join(here, 'labels.tsv')), delimiter='\t'):
    d = os.path.join(out, row['slug']); os.makedirs(d)
    shutil.copy(os.path.join(here, 'raw', row['slug'] + '.txt'), os.path.join(d, 'raw.txt'))
    open(os.path.join(d, 'expected.txt'), 'w').write('x\n')
    date = None if row['date'] == 'null' else row['date']
    json.dump({'site': row['url'].split('/')[2], 'url': row['url'], 'format': 'txt', 'encoding': 'utf-8',
               'expected': {'title': None, 'date': date, 'type': row['type'], 'province': None, 'city': None, 'county': None, 'speakers': []}},
              open(os.path.join(d, 'meta.json'), 'w'), ensure_ascii=False)
