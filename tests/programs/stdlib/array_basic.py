# array.array: typecodes, construction from lists/bytes/str/arrays, the C
# range checks and their errors for every typecode, float32 rounding,
# indexing, slicing, slice assignment, append/extend/insert/pop/remove,
# tobytes/frombytes/byteswap, unicode arrays, comparisons, repr, and arrays
# read as buffers by bytes(), bytearray(), struct and binascii.
from array import array
import collections.abc
import array as am
print(am.typecodes, am.ArrayType is array, [n for n in ['ArrayType', 'array', 'typecodes', '_array_reconstructor'] if hasattr(am, n)])
print([n for n in dir(array) if not n.startswith('_')])
for tc in 'bBhHiIlLqQ':
    out = []
    for v in [-2**64-1, -2**63-1, -2**63, -2**31-1, -2**15-1, -129, -1, 0, 255, 256, 65536, 2**31, 2**32, 2**63, 2**64, 1.5, 'x', True]:
        try: array(tc, [v]); out.append('ok')
        except Exception as e: out.append(f'{type(e).__name__}: {e}')
    print(tc, out)
for tc in 'fd':
    for v in [1, 1.5, 'x', 2**1024, 1e300]:
        try: print(tc, array(tc, [v]))
        except Exception as e: print(tc, type(e).__name__, e)
for args in [('z',), ('u', [1]), ('u', 'ab'), ('u', ['ab']), ('b', 'abc'), ('b', b'\x01\xff'), ('B', b'\x01\xff'), ('h', b'\x01\x02'), ('h', b'\x01'), ('i', (1,2)), ('d', range(3)), (b'i',), ('ii',), ('f', array('i', [1,2])), ('i', array('f', [1.5]))]:
    try: print(args, repr(array(*args)))
    except Exception as e: print(args, type(e).__name__, e)
a = array('i', [1, 2, 3, 2])
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a.itemsize, a.typecode, a.tolist(), a.tobytes(), a.count(2), a.index(2), 2 in a)
a.append(7); a.extend([8, 9]); a.extend(array('i', [10])); a.insert(0, -1); a.insert(100, 11); a.insert(-100, -2)
print(a, a.pop(), a.pop(0), a)
a.remove(2); a.reverse(); print(a)
a[1:3] = array('i', [0, 0, 0]); print(a)
del a[::2]; print(a)
for f in [lambda: a.index(99), lambda: a.remove(99), lambda: array('i').pop(), lambda: a.extend(array('d', [1.0])), lambda: a.__setitem__(slice(0, 1), [1]), lambda: a + [1], lambda: a + array('d'), lambda: a[100], lambda: a.__setitem__(100, 1), lambda: a.frombytes(b'abc'), lambda: a.append('x'), lambda: array('i', [1]) < array('d', [2.0]), lambda: array('i', [1]) == [1], lambda: a.tounicode(), lambda: isinstance(a, collections.abc.Hashable), lambda: a.__setitem__(0, 2**40), lambda: a.fromlist((1,)), lambda: a.fromlist([1, 'x'])]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
b = array('h', [1, -2, 300])
print(b.tobytes(), array('h', b.tobytes()), b * 2, 2 * b, b + b, b == array('h', [1, -2, 300]), b < array('h', [1, -1]), b == array('i', [1, -2, 300]))
b.byteswap(); print(b); b.frombytes(b'\x01\x00'); print(b); b *= 2; print(b); b += array('h', [5]); print(b)
u = array('u', 'héllo'); print(u, u.tounicode(), u.itemsize, u[1], repr(array('u'))); u.fromunicode('!'); print(u)
d = array('d', [1.5, -0.0, float('inf')]); print(d, d.tobytes()[:8], array('f', [0.1])[0], array('f', [0.1]))
print(bytes(array('i', [1, 2])), bytearray(array('H', [258])), list(array('B', b'xyz')), sum(array('i', range(5))))
import copy, struct, binascii
print(copy.copy(b), copy.deepcopy(d), array('b', [1]).buffer_info()[1], struct.unpack('<2h', array('h', [7, -7])), binascii.hexlify(array('H', [1, 2])))
print(type(a).__name__, type(a).__module__, repr(type(a)), isinstance(copy.copy(a), array), copy.copy(a) is not a)
c = array('l', [5, 1, 4]); print(sorted(c), max(c), list(reversed(c)), c[1:], array('q', [2**62]), array('Q', [2**64-1]))
