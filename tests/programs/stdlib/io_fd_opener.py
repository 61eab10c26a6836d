# Files opened with an opener, from descriptors (os.fdopen, closefd=False), BufferedRWPair, readinto, detach, reconfigure.
import io, os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, 'o.txt')
calls = []
def opener(path, flags):
    calls.append(os.path.basename(path))
    return os.open(path, flags, 0o600)
with open(p, 'w', opener=opener) as f:
    f.write('opened\n')
print(calls, oct(os.stat(p).st_mode & 0o777))
fd = os.open(p, os.O_RDONLY)
with os.fdopen(fd) as f:
    print(f.read(), f.name == fd)
try:
    os.fstat(fd)
except OSError as e:
    print('closed', e.errno)
fd = os.open(p, os.O_RDONLY)
f = open(fd, closefd=False)
print(f.readline().strip(), f.closefd if hasattr(f, 'closefd') else f.buffer.raw.closefd)
f.close()
print(os.read(fd, 3), os.lseek(fd, 0, 0), os.read(fd, 6))
os.close(fd)
r = io.BytesIO(b'abc\ndef\n'); w = io.BytesIO()
pair = io.BufferedRWPair(r, w)
print(pair.read(2), pair.peek(1)[:1], pair.write(b'xy'), pair.readable(), pair.writable())
pair.flush()
print(w.getvalue())
raw = io.FileIO(p, 'r')
b = io.BufferedReader(raw, 4)
buf = bytearray(5)
print(b.readinto(buf), bytes(buf), b.raw is raw, b.name == p, b.mode, repr(b).startswith('<_io.BufferedReader name='))
b.close()
print(raw.closed, b.closed)
t = open(p)
print(t.buffer.raw.closefd, t.buffer.raw.fileno() == t.fileno(), t.isatty(), t.readable(), t.writable(), t.seekable())
det = t.detach()
print(type(det).__name__, det.read())
try:
    t.read()
except ValueError as e:
    print(e)
det.close()
with open(p, 'w') as f:
    f.reconfigure(newline='\r\n')
    f.write('a\nb\n')
with open(p, 'rb') as f:
    print(f.read())
os.unlink(p); os.rmdir(d)
