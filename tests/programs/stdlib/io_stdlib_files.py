# Files through other stdlib modules: json, shutil copy/rmtree, glob, configparser, fileinput, utf-8-sig, text seek/tell.
import json, os, shutil, glob, tempfile, configparser, fileinput, io
d = tempfile.mkdtemp()
p = os.path.join(d, 'a.json')
with open(p, 'w') as f:
    json.dump({'x': [1, 2, {'y': 'ü'}]}, f, indent=2)
with open(p) as f:
    print(json.load(f))
shutil.copy(p, os.path.join(d, 'b.json'))
shutil.copyfile(p, os.path.join(d, 'c.json'))
print(sorted(os.path.basename(x) for x in glob.glob(os.path.join(d, '*.json'))))
cfg = configparser.ConfigParser()
cfg['main'] = {'k': 'v', 'n': '3'}
with open(os.path.join(d, 'x.ini'), 'w') as f:
    cfg.write(f)
c2 = configparser.ConfigParser(); c2.read(os.path.join(d, 'x.ini'))
print(c2['main']['n'], dict(c2['main']))
with fileinput.input(files=[p, os.path.join(d, 'b.json')]) as fi:
    n = sum(1 for _ in fi)
print(n)
with open(os.path.join(d, 'u.txt'), 'w', encoding='utf-8-sig') as f:
    f.write('bom')
with open(os.path.join(d, 'u.txt'), 'rb') as f:
    print(f.read())
with open(os.path.join(d, 'u.txt'), encoding='utf-8-sig') as f:
    print(repr(f.read()))
with open(os.path.join(d, 'seek.txt'), 'w+') as f:
    f.write('abc\ndef\nghi\n')
    f.seek(0)
    print(repr(f.read(2)), f.tell(), repr(f.readline()), f.tell(), repr(f.read(1)), f.tell())
    f.seek(0)
    lines = f.readlines()
    f.write('tail\n')
    f.seek(0)
    print(lines, f.read())
shutil.rmtree(d)
print(os.path.exists(d))
