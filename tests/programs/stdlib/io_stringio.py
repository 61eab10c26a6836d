# io.StringIO: write/read/seek/tell/truncate, readline and iteration, newline modes, errors.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.write(""))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read()), repr(s.read()))

t = io.StringIO("a\nbb\n\nccc")
print(list(t))
t.seek(0)
print(t.readlines())
t.seek(0)
print(t.readline(1), t.readline(5), repr(t.readline(-1)))
print(t.readable(), t.writable(), t.seekable(), t.isatty(), t.closed)
print(t.encoding, t.errors, t.line_buffering, t.newlines)

for nl in [None, "", "\n", "\r", "\r\n"]:
    u = io.StringIO(newline=nl)
    u.write("a\nb\r\nc\rd")
    print(repr(nl), repr(u.getvalue()), u.newlines)
    u.seek(0)
    print("  ", [line for line in u])

init = io.StringIO("x\r\ny", newline=None)
print(repr(init.getvalue()), repr(init.read()))

with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
for op in [c.getvalue, c.read, lambda: c.write("x"), c.tell, lambda: c.seek(0)]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)

w = io.StringIO()
for bad in [lambda: w.write(b"x"), lambda: w.seek(1, 1), lambda: w.seek(-1), lambda: w.seek(0, 5),
            lambda: io.StringIO(5), lambda: io.StringIO(newline="x"), lambda: w.truncate(-1)]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)

w.writelines(["a", "b", "c\n"])
print(repr(w.getvalue()))
print("x", "y", sep="-", end="!\n", file=w)
print(repr(w.getvalue()))

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
print("shout", 42, file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase))

big = io.StringIO()
for i in range(2000):
    big.write(f"{i},")
v = big.getvalue()
print(len(v), v[:20], v[-10:])
