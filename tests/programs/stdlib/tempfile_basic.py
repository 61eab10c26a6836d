# tempfile: TemporaryFile, NamedTemporaryFile, SpooledTemporaryFile, mkstemp, mkdtemp, TemporaryDirectory.
import os
import tempfile

with tempfile.TemporaryFile() as f:
    f.write(b"binary data\n")
    f.seek(0)
    print(f.read(), type(f).__name__)
with tempfile.TemporaryFile("w+") as f:
    f.write("text data\nline 2\n")
    f.seek(0)
    print(f.readlines())
with tempfile.NamedTemporaryFile("w+", suffix=".txt", prefix="tern_", delete=True) as f:
    name = f.name
    base = os.path.basename(name)
    print(base.startswith("tern_"), base.endswith(".txt"), os.path.exists(name))
    f.write("named")
    f.flush()
    with open(name) as g:
        print(g.read())
print(os.path.exists(name))
fd, path = tempfile.mkstemp(suffix=".dat")
os.write(fd, b"via fd")
os.close(fd)
with open(path, "rb") as f:
    print(f.read(), path.endswith(".dat"))
os.unlink(path)
d = tempfile.mkdtemp(prefix="tdir")
print(os.path.isdir(d), os.path.basename(d).startswith("tdir"))
os.rmdir(d)
with tempfile.TemporaryDirectory() as td:
    p = os.path.join(td, "inner.txt")
    with open(p, "w") as f:
        f.write("x" * 10)
    os.mkdir(os.path.join(td, "sub"))
    with open(os.path.join(td, "sub", "deep.txt"), "w") as f:
        f.write("deep")
    print(sorted(os.listdir(td)), os.path.getsize(p))
print(os.path.exists(td))
with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as s:
    s.write("short")
    print(s._rolled)
    s.write(" and now longer than ten")
    print(s._rolled)
    s.seek(0)
    print(s.read())
print(tempfile.gettempdir() == tempfile.gettempdir(), isinstance(tempfile.gettempdir(), str))
