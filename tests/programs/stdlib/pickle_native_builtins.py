# pickle.dumps/loads of builtin values (native) give the bytes CPython
# writes, for every protocol, with shared and recursive objects; other
# objects go through the Python pickler.
import io
import pickle
import zlib
tests = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1, 2**31, 2**63, -2**64, 10**100, -10**100, 1.5, -0.0, float('inf'),
         'a', '', 'é'*10, 'x'*300, '\U0001f600', b'', b'ab', b'x'*300, (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], list(range(2500)),
         {}, {'a': 1}, {i: str(i) for i in range(2500)}, set(), {1, 2}, frozenset(), frozenset({1}), bytearray(b'ab'), bytearray(),
         [[1], [1]], ['s', 's'], [(1, 2)] * 3, 'x' * 70000, [b'y' * 40000, b'z' * 40000], {(1, 2): [3], 'k': {'n': None}}, 1j]
a = [1]; a.append(a); tests.append(a)
t = ([],); t[0].append(t); tests.append(t)
t4 = ([], 1, 2, 3); t4[0].append(t4); tests.append(t4)
d = {}; d['d'] = d; tests.append(d)
s = 'shared'; tests.append([s, s, (s,)])
for p in range(6):
    for x in tests:
        try:
            c = pickle.dumps(x, p)
        except Exception as e:
            print('err', p, type(x).__name__, e); continue
        back = pickle.loads(c)
        print(p, type(x).__name__, len(c), zlib.crc32(c), c[:40], repr(back)[:50] == repr(x)[:50])
print(pickle.loads(pickle.dumps(t))[0][0] is not None)
buf = io.BytesIO()
pickle.dump({'a': [1, 2]}, buf)
print(buf.getvalue())
buf.seek(0)
print(pickle.load(buf))
class C:
    def __init__(self): self.x = 1
print(pickle.loads(pickle.dumps([C(), 1]))[0].x)
for bad in [b'', 'str']:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.dumps(1, -1))
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print(e)
print(issubclass(pickle.PicklingError, pickle.PickleError))
