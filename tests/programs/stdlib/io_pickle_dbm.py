# Binary files through pickle, dbm.dumb, shelve and struct records.
import os, pickle, tempfile, shelve, dbm.dumb, io, struct
d = tempfile.mkdtemp()
p = os.path.join(d, 'data.pkl')
obj = {'a': [1, 2.5, 'ü', None, (3, 4)], 'b': {1, 2}, 'c': b'\x00\xff' * 100, 'n': 2**100}
with open(p, 'wb') as f:
    pickle.dump(obj, f)
    pickle.dump([1, 2, 3], f, protocol=2)
with open(p, 'rb') as f:
    print(pickle.load(f) == obj, pickle.load(f))
    try:
        pickle.load(f)
    except EOFError:
        print('EOFError')
buf = io.BytesIO()
pickle.dump(obj, buf, protocol=5)
buf.seek(0)
print(pickle.load(buf) == obj)
db = dbm.dumb.open(os.path.join(d, 'db'), 'c')
db[b'k1'] = b'v1'
db['k2'] = 'v2'
db.close()
db = dbm.dumb.open(os.path.join(d, 'db'), 'r')
print(sorted(db.keys()), db[b'k2'])
db.close()
with shelve.open(os.path.join(d, 'sh'), flag='c') as s:
    s['x'] = [1, 2, 3]
    s['y'] = {'z': 1}
with shelve.open(os.path.join(d, 'sh'), flag='r') as s:
    print(sorted(s.keys()), s['x'], s['y'])
with open(os.path.join(d, 'rec.bin'), 'wb') as f:
    for i in range(5):
        f.write(struct.pack('<iH', i * 1000, i))
with open(os.path.join(d, 'rec.bin'), 'rb') as f:
    while chunk := f.read(6):
        print(struct.unpack('<iH', chunk), end=' ')
print()
import shutil
shutil.rmtree(d)
