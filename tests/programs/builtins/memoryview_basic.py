# memoryview over bytes and bytearray: indexing, slicing, writes through to a bytearray, release, errors.
m = memoryview(b"hello")
print(len(m), m[1], bytes(m[1:3]), m.tobytes(), m.tolist()[:2], m.nbytes, m.readonly, m.format, m == b"hello")
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
v[1:3] = b"XY"
print(ba, v.readonly, bytes(v[::2]), list(v[4:]))
with memoryview(b"xy") as w:
    print(w.hex())
try:
    w.tobytes()
except ValueError as e:
    print(e)
try:
    memoryview("s")
except TypeError as e:
    print(e)
import io
b = io.BytesIO()
b.write(memoryview(b"mv"))
print(b.getvalue(), bytes(b.getbuffer()))
