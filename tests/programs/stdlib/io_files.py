# open() on real files: text and binary modes r/w/a/x/+, seek/tell, truncate, newline and encoding, errors.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "data.txt")

with open(p, "w") as f:
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__, f.mode, f.buffer.mode, f.encoding)
    print(f.write("line one\n"), f.write("línea dos\n"), f.writelines(["3\n", "4"]))
    print(f.writable(), f.readable(), f.seekable(), f.closed, f.name == p, f.line_buffering)
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p, encoding="utf-8") as f:
    print(f.readline(), end="")
    print(f.tell())
    print(repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.read(4)), f.tell())
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))
with open(p) as f:
    print([line for line in f])
with open(p, "a") as f:
    f.write("\nappended\n")
with open(p, "rb") as f:
    data = f.read()
    print(data, len(data), f.tell(), f.mode)
    f.seek(5)
    print(f.read(3), f.tell(), f.peek(2)[:2], f.read1(4))
    f.seek(-3, 2)
    print(f.read(), f.seek(2, 0), f.seek(2, 1), f.readline())
    buf = bytearray(4)
    print(f.readinto(buf), buf)
with open(p, "r+") as f:
    print(f.read(4))
    f.seek(0)
    f.write("LINE")
    f.seek(0)
    print(repr(f.readline()))
with open(p, "w+") as f:
    f.write("fresh\ncontent\n")
    f.seek(0)
    print(f.read(), f.tell())
    f.seek(3)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(p, "wb") as f:
    print(f.write(b"\x00\x01binary\xff"), f.tell(), type(f).__name__)
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(), f.read(), f.mode, f.closefd)
with open(p, "ab+") as f:
    f.write(b"++")
    f.seek(0)
    print(f.read(), type(f).__name__)
with open(p, "r+b") as f:
    f.seek(1)
    f.write(b"Z")
    print(f.read(2), f.tell())
    print(f.truncate(4), f.seek(0, 2))

q = os.path.join(d, "new.txt")
with open(q, "x") as f:
    f.write("created")
try:
    open(q, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename == q)
os.unlink(q)

# newline handling
with open(p, "w", newline="") as f:
    f.write("a\nb\r\nc\rd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
with open(p, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(p, "rb") as f:
    print(f.read())

# encodings and errors
with open(p, "w", encoding="latin-1") as f:
    f.write("café ñ")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(f.read())
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", isinstance(e, ValueError))
with open(p, encoding="utf-8", errors="replace") as f:
    print(f.read())
with open(p, encoding="ascii", errors="ignore") as f:
    print(f.read(), f.errors)
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", str(e))

# multi-byte characters split across read chunks
text = "ü" * 9000 + "\nend\n"
with open(p, "w", encoding="utf-8") as f:
    f.write(text)
with open(p, encoding="utf-8") as f:
    got = f.readline()
    print(len(got), got == "ü" * 9000 + "\n", f.tell(), repr(f.read()))
with open(p, encoding="utf-8") as f:
    n = 0
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        n += len(chunk)
    print(n, len(text))

# many lines
with open(p, "w") as f:
    for i in range(5000):
        f.write(f"row {i}\n")
with open(p) as f:
    total = sum(1 for _ in f)
with open(p) as f:
    f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(total, pos, second == f.readline())

# unbuffered writes and fd
fd = os.open(p, os.O_WRONLY | os.O_TRUNC)
with open(fd, "w") as f:
    print(f.name == fd, f.fileno() == fd)
    f.write("via fd")
with open(p) as f:
    print(f.read())
with io.open(p, "rb") as f, io.FileIO(p) as r:
    print(f.read(3), r.read(2), r.readall(), r.name == p)

# error cases
for args, kw in [((p, "rw"), {}), ((p, "q"), {}), ((p, "rbt"), {}), ((p, "rb"), {"encoding": "utf-8"}),
                 ((p, "r"), {"buffering": 0}), ((p, "r"), {"newline": "x"}), ((3.5,), {}),
                 ((os.path.join(d, "missing", "x"),), {}), ((d,), {}), ((p, "r"), {"encoding": "no-such-codec"})]:
    try:
        open(*args, **kw)
    except (ValueError, TypeError, LookupError, OSError) as e:
        msg = str(e).replace(d, "<tmp>")
        print(type(e).__name__, msg)
f = open(p)
f.close()
for op in [f.read, f.readline, lambda: f.write("x"), f.tell, lambda: f.seek(0), f.fileno, lambda: iter(f)]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
with open(p) as f:
    for op in [lambda: f.write("x"), lambda: f.seek(1, 1), lambda: f.seek(1, 2), lambda: f.seek(-1)]:
        try:
            op()
        except (io.UnsupportedOperation, ValueError) as e:
            print(type(e).__name__, e, isinstance(e, OSError))
with open(p, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError", e)
with open(p, "wb") as f:
    try:
        f.write("str")
    except TypeError as e:
        print("TypeError", e)
for name in os.listdir(d):
    os.unlink(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
for args, kw in [((), {}), (('a','r',-1,None,None,None,True,None,1), {}), (('a',), {'bogus': 1}), ((None,), {})]:
    try: open(*args, **kw)
    except TypeError as e: print(e)
