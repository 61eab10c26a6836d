# The standard streams are instances of io's own classes, and their binary
# buffers have a raw FileIO (under PYTHONUNBUFFERED CPython's stdout.buffer
# is that FileIO itself, so `raw` is read with getattr).
import io
import sys

print(type(sys.stdout) is io.TextIOWrapper, type(sys.stderr) is io.TextIOWrapper, type(sys.stdin) is io.TextIOWrapper)
print(type(sys.stdin.buffer) is io.BufferedReader, isinstance(sys.stdout.buffer, (io.BufferedWriter, io.FileIO)))
print(type(sys.stdout).__name__, type(sys.stdout).__module__, type(sys.stdout).__qualname__)
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase), issubclass(type(sys.stdout), io.TextIOBase))
raw = getattr(sys.stdout.buffer, "raw", sys.stdout.buffer)
print(type(raw) is io.FileIO, raw.name, raw.mode, raw.closefd, raw.fileno(), raw.writable(), raw.readable(), repr(raw))
r = sys.stdin.buffer.raw
print(type(r).__name__, r.name, r.mode, r.closefd, r.fileno(), repr(r), r is sys.stdin.buffer.raw)
print(repr(sys.stdout), repr(sys.stdin.buffer))
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdout.fileno(), sys.stdout.encoding, sys.stdout.closed, sys.stdout.name)
print(sys.stdout.write("written\n"), sys.stdout.write_through == sys.stderr.write_through, sys.stdin.mode, sys.stdin.buffer.mode)
sys.stdout.flush()
raw.write(b"raw write\n")
print(sys.__stdout__ is sys.stdout, sys.stdout.buffer is sys.stdout.buffer)
print(sorted(n for n in ("write", "read", "buffer", "encoding", "reconfigure") if hasattr(sys.stdout, n)))

# The classes still make ordinary streams.
class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())

b = io.BytesIO()
t = Upper(b, encoding="utf-8", newline="\n")
t.write("héllo\nworld\n")
t.flush()
print(b.getvalue(), t.encoding, t.errors, t.line_buffering, t.closed, repr(t))
t2 = io.TextIOWrapper(io.BytesIO(b"a\r\nb\nc"), encoding="latin-1")
print(repr(t2.readline()), t2.readlines(), t2.newlines, t2.name if hasattr(t2, "name") else "no name")
bw = io.BufferedWriter(io.BytesIO())
bw.write(b"xyz")
bw.flush()
print(bw.raw.getvalue(), bw.closed, bw.writable(), repr(bw).split(" ")[0])
br = io.BufferedReader(io.BytesIO(b"line1\nline2\n"))
print(br.readline(), br.read(), br.raw.tell())
with open(__file__, encoding="utf-8") as f:
    print(type(f) is io.TextIOWrapper, type(f.buffer) is io.BufferedReader, type(f.buffer.raw) is io.FileIO, f.readline().strip())
