# memoryview over bytes, bytearray (writes through), array.array and other
# views: attributes, indexing, slicing, assignment errors, release, cast,
# and views read as buffers by base64, struct and bytearray().
m = memoryview(b'abcdef')
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.obj, m.c_contiguous, m.contiguous, m.f_contiguous)
print(m[0], m[-1], m[1:3].tobytes(), bytes(m[::2]), m.tolist(), m.hex(), m.hex(':'), len(m), list(m[:2]), m == b'abcdef', m[1:] == b'bcdef', m.cast('b').format)
b = bytearray(b'xyz'); w = memoryview(b); w[0] = 65; w[1:3] = b'BC'; print(b, w.readonly)
for f in [lambda: m.__setitem__(0, 1), lambda: w.__setitem__(0, 300), lambda: w.__setitem__(slice(0, 2), b'x'), lambda: memoryview('s'), lambda: m[10]]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
with memoryview(b'q') as q: print(q.tobytes())
try: q.tobytes()
except Exception as e: print(type(e).__name__, e)
import array; a = array.array('i', [1, 2, 3]); am = memoryview(a); print(am.format, am.itemsize, am.nbytes, am[1], am.tolist(), am.tobytes()[:4]); am[0] = 9; print(a)
print(memoryview(b'ab').cast('c').tolist(), memoryview(b'\x01\x00\x02\x00').cast('H').tolist(), type(m).__name__, isinstance(m, memoryview), hash(m) == hash(b'abcdef'))
import base64, struct
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\neHh4\n"), struct.unpack("<h", memoryview(b"\x01\x02")), bytearray(memoryview(b"ab")[::-1]))
print(memoryview(bytearray(b"hello"))[1:4].tobytes(), m[::-1].tolist(), len(m[10:]), memoryview(m)[2])
