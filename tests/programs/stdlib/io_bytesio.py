# io.BytesIO: bytes buffers, seek past end, readinto, getbuffer, errors and subclassing.
import io

b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.tell(), b.readline(), b.readline(), b.readline(), b.read())
b.seek(1)
print(b.write(b"XYZW"), b.getvalue(), b.tell())
b.seek(12)
b.write(b"!")
print(b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(-100, 1))
print(b.truncate(3), b.getvalue(), b.tell())
b.seek(0)
print(list(b))
buf = bytearray(2)
b.seek(0)
print(b.readinto(buf), buf, b.read1(5))
print(b.readable(), b.writable(), b.seekable(), b.isatty())
b.write(bytearray(b"++"))
b.write(b"mv")
print(b.getvalue())
b.close()
print(b.closed)
for op in [b.getvalue, b.read, lambda: b.write(b"x")]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
c = io.BytesIO()
for bad in [lambda: c.write("str"), lambda: c.seek(-1), lambda: c.seek(0, 7), lambda: io.BytesIO("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
lines = io.BytesIO(b"one\ntwo\nthree")
print(lines.readlines(), lines.readlines())
lines.seek(0)
print(lines.readlines(5))

class Counting(io.BytesIO):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def write(self, data):
        self.calls += 1
        return super().write(data)

k = Counting()
k.write(b"a")
k.writelines([b"b", b"c"])
print(k.calls, k.getvalue(), isinstance(k, io.BufferedIOBase))
wrapped = io.TextIOWrapper(io.BytesIO(b"l1\nl2\r\nl3"), encoding="utf-8")
print(wrapped.readlines())
tw = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
tw.write("a\nb\n")
tw.flush()
print(tw.buffer.getvalue())
