import json,sys,os,re,glob
out=sys.argv[1]
rep=json.load(open(out+'/report.json'))
labels={}
for line in open('scratch/region-wide/labels.tsv').read().splitlines()[1:]:
    f=line.split('\t'); labels[f[0]]=(f[2] or None,f[3] or None,f[4] or None)
# map raw file -> region from the documents' frontmatter
got={}
for p in glob.glob(out+'/docs/*.mdx'):
    t=open(p).read(); fm=t.split('---')[1]
    raw=re.search(r'path: (\S+)',fm)
    m=re.search(r'\nregion:\n((?:  .*\n)+)',fm)
    reg={}
    if m:
        for l in m.group(1).splitlines():
            k,_,v=l.strip().partition(': '); reg[k]=v.strip("'\"")
    name=os.path.basename(raw.group(1)).rsplit('.',1)[0] if raw else p
    got[name]=(reg.get('province'),reg.get('city'),reg.get('county'))
ok=[0,0,0]
for k,v in sorted(labels.items()):
    g=got.get(k,('MISSING',)*3)
    marks=['ok' if g[i]==v[i] else 'XX' for i in range(3)]
    for i in range(3): ok[i]+= g[i]==v[i]
    print(k, ' '.join(marks), 'got', '/'.join(x or '-' for x in g), 'want', '/'.join(x or '-' for x in v))
n=len(labels)
print(f'province {ok[0]}/{n}  city {ok[1]}/{n}  county {ok[2]}/{n}')
