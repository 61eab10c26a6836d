# io base classes: user raw/buffered/text streams, wrapping a user raw stream in BufferedReader/TextIOWrapper, ABC checks.
import io


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
print("hello", "there", file=u)
u.writelines(["a", "b"])
print(u.parts, u.closed, u.readable(), u.seekable(), u.encoding, u.newlines)
u.close()
print(u.closed)
try:
    u.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    with u:
        pass
except ValueError as e:
    print("ValueError", e)


class Counter(io.RawIOBase):
    """Reads the bytes b'0'..b'9' repeatedly, n bytes in all."""

    def __init__(self, n):
        self.left = n
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        k = min(len(b), self.left, 7)
        for i in range(k):
            b[i] = 48 + (self.left - i) % 10
        self.left -= k
        return k


c = Counter(25)
print(c.read(5), c.read(), c.read(), c.calls)
br = io.BufferedReader(Counter(30), buffer_size=8)
print(br.read(3), br.peek(1)[:1], br.read1(4), br.readline(), br.read())
tw = io.TextIOWrapper(io.BufferedReader(Counter(12)), encoding="ascii")
print(repr(tw.read()))


class Lines(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + 3]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


text = io.TextIOWrapper(io.BufferedReader(Lines("ä\nbb\r\nccc\rd".encode())), encoding="utf-8", newline=None)
print(list(text), text.newlines)
text = io.TextIOWrapper(io.BufferedReader(Lines(b"x\ry\r\nz")), encoding="utf-8", newline="")
print([text.readline() for _ in range(4)])


class Sink(io.BufferedIOBase):
    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.data += b
        return len(b)


s = Sink()
w = io.TextIOWrapper(s, encoding="utf-8", newline="\r\n")
w.write("one\ntwo ü\n")
w.flush()
print(bytes(s.data), w.encoding, w.errors, w.line_buffering)

for obj in [io.StringIO(), io.BytesIO(), u, c, s, w]:
    print(type(obj).__name__, isinstance(obj, io.IOBase), isinstance(obj, io.TextIOBase),
          isinstance(obj, io.BufferedIOBase), isinstance(obj, io.RawIOBase))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError), io.DEFAULT_BUFFER_SIZE, io.SEEK_END)
print(io.text_encoding(None), io.text_encoding("latin-1"), io.open is open)
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines)
