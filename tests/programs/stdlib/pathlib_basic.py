# pathlib: pure path operations, and file operations (write/read text and bytes, mkdir, iterdir, glob, rename, unlink, stat).
import os
import tempfile
from pathlib import Path, PurePosixPath

p = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(p.name, p.stem, p.suffix, p.parent, p.parts[:3], p.anchor)
print(p.with_suffix(".txt"), p.with_name("x.py"), p.relative_to("/usr/local"), p.is_absolute())
print(PurePosixPath("a") / "b" / "c.tar.gz", PurePosixPath("a/b/c.tar.gz").suffixes, PurePosixPath("a/./b//c"))
print(PurePosixPath("a/b").match("*/b"), PurePosixPath("/a/b").match("/a/*"), sorted([PurePosixPath("b"), PurePosixPath("a")]))
print(repr(PurePosixPath("x/y")), str(PurePosixPath("x", "y", "..", "z")), PurePosixPath("a/b").as_posix())

root = Path(tempfile.mkdtemp())
print(root.exists(), root.is_dir(), root.is_file())
d = root / "data"
d.mkdir()
(d / "sub").mkdir(parents=True, exist_ok=True)
(root / "deep" / "er").mkdir(parents=True)
try:
    d.mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno)
f = d / "notes.txt"
print(f.write_text("first line\nsecond line\n"), f.read_text().splitlines())
print(f.write_bytes(b"\x00\x01"), f.read_bytes(), f.stat().st_size)
f.write_text("héllo", encoding="utf-8")
print(f.read_text(encoding="utf-8"), f.stat().st_size)
with f.open("a") as fh:
    fh.write(" world")
print(f.read_text())
with f.open() as fh:
    print(fh.readline())
for name in ["a.py", "b.py", "c.txt"]:
    (d / name).write_text(name)
(d / "sub" / "d.py").write_text("d")
print(sorted(x.name for x in d.iterdir()))
print(sorted(x.name for x in d.glob("*.py")))
print(sorted(str(x.relative_to(d)) for x in d.rglob("*.py")))
print(sorted(str(x.relative_to(d)) for x in d.glob("**/*.py")))
g = d / "c.txt"
h = g.rename(d / "renamed.txt")
print(g.exists(), h.exists(), h.name, h.read_text())
h.unlink()
print(h.exists())
try:
    h.unlink()
except FileNotFoundError:
    print("FileNotFoundError")
h.unlink(missing_ok=True)
(d / "touched").touch()
print((d / "touched").exists(), (d / "touched").stat().st_size)
print(Path(".").resolve() == Path.cwd(), f.resolve().name, f.absolute().name)
print(f.with_suffix(".md").suffix, f.samefile(str(f)), (d / "sub").is_dir())
for x in sorted(root.rglob("*"), key=str, reverse=True):
    if x.is_dir():
        x.rmdir()
    else:
        x.unlink()
root.rmdir()
print(root.exists())
