# Leave-one-SET-out for the region chooser (region-chooser.py's features and fit): fit on every
# development set but one, run on the one left out, count the fields it turns right and wrong
# against the rules' answer. Dumps from region-dump.ts, one file per set (never a held-out set):
#   npx node scripts/eval/region-dump.ts DIR/<set>.jsonl tests/eval/<set>/*/   (per set)
#   python3 scripts/eval/region-chooser-loso.py DIR
# fill: the rules' path extended where the chooser is surer than 0.7; choose: the chooser's own
# path at 0.5 (the thresholds of region-chooser.py, held, not tuned here).
import sys, json, numpy as np, glob, os
DUMPS=sys.argv[1]; sys.argv=['x','/dev/null']
src=open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'region-chooser.py')).read().split("rows=[r for r in load")[0]
# Newton's method settles in a few steps on these features: 25 instead of 300 keeps 17 folds quick.
src=src.replace('it=300','it=25'); ns={}; exec(src, ns)
rows=[]
for f in sorted(glob.glob(os.path.join(DUMPS,'*.jsonl'))):
  s=os.path.basename(f)[:-6]
  for r in ns['load'](f):
    if not r.get('quarantined'): r['set']=s; rows.append(r)
sets=sorted({r['set'] for r in rows})
LEVELS=ns['LEVELS']
for mode in ['fill','choose']:
 for thr in ([0.7] if mode=='fill' else [0.5]):
  add=wrong=lost=0; changes=[]
  for s in sets:
    train=[r for r in rows if r['set']!=s]; test=[r for r in rows if r['set']==s]
    ws=[]
    for i in range(3):
      X,y,_=ns['examples'](train,i); ws.append(ns['fit'](X,y))
    for r in test:
      rp=ns['rules_path'](r); g=[x for x in ns['gold_path'](r) if x]
      if mode=='choose': p=ns['predict'](r,ws,thr)
      elif mode=='fill':
        p=list(rp)
        for i in range(len(p),3):
          cs=ns['candidates'](r,i,p)
          if not cs: break
          ps=[1/(1+np.exp(-ns['feats'](r,i,p,c)@ws[i])) for c in cs]; j=int(np.argmax(ps))
          if ps[j]<thr: break
          p.append(cs[j])
      else:
        p=[]
        for i,c in enumerate(rp):
          if 1/(1+np.exp(-ns['feats'](r,i,p,c)@ws[i]))<1-thr: break
          p.append(c)
      if p==rp: continue
      for i in range(3):
        okr = rp[:i+1]==g[:i+1] if (len(g)>i or len(rp)>i) else True
        okp = p[:i+1]==g[:i+1] if (len(g)>i or len(p)>i) else True
        if okp and not okr: add+=1
        if okr and not okp: wrong+=1
      changes.append((r['dir'].split('/')[-2], rp, p, g))
  print(mode, thr, 'levels right added', add, 'right turned wrong', wrong, 'cases changed', len(changes))
  if True:
    for c in changes: print('   ', c)
