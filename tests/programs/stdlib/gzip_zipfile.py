# gzip and zipfile with compression: files on disk, streams, multi-member gzip, CPython-made archives, cp437 names.
import gzip
import io
import os
import tempfile
import zipfile

text = "".join("line %d: %s\n" % (i, "abc" * (i % 7)) for i in range(400)).encode()
print(gzip.decompress(gzip.compress(text)) == text, gzip.decompress(gzip.compress(text, 1, mtime=0)) == text)
member = bytes.fromhex("1f8b08000000000002034bafca2c50c84dcd4d4a2d52c8cf4be50200390c84dd10000000")
print(gzip.decompress(member), gzip.decompress(member + gzip.compress(b"member two\n")))
try:
    gzip.decompress(member[:-4])
except EOFError as e:
    print("EOFError", e)
try:
    gzip.decompress(b"not gzip data at all")
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "t.gz")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("héllo\n" * 100)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    print(len(lines), lines[0], end="")
    with gzip.open(path, "rb") as f:
        f.seek(7)
        print(f.read(6), f.tell())
    with gzip.open(path, "ab") as f:
        f.write(b"appended\n")
    with gzip.open(path) as f:
        print(f.read()[-9:])

    zpath = os.path.join(d, "t.zip")
    with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("text.txt", text)
        z.writestr("stored.bin", bytes(range(256)), compress_type=zipfile.ZIP_STORED)
        z.writestr("dir/ünï.txt", "unicode name")
        z.write(path, "nested/t.gz")
    with zipfile.ZipFile(zpath) as z:
        print(z.namelist())
        print([(i.filename, i.compress_type, i.file_size) for i in z.infolist() if i.filename != "nested/t.gz"])
        print(z.read("text.txt") == text, z.read("stored.bin")[:4], z.read("dir/ünï.txt"), z.testzip())
        with z.open("text.txt") as f:
            print(f.readline(), f.read(10))
        z.extractall(os.path.join(d, "out"))
    print(sorted(os.listdir(os.path.join(d, "out"))), os.path.getsize(os.path.join(d, "out", "text.txt")))
    with zipfile.ZipFile(zpath, "a") as z:
        z.writestr("later.txt", b"added later", compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    with zipfile.ZipFile(zpath) as z:
        print(z.namelist()[-1], z.read("later.txt"))

# A deflated archive written by CPython, with a cp437 file name.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    info = zipfile.ZipInfo("caf\x82.txt", (2020, 1, 2, 3, 4, 6))
    info.flag_bits = 0
    z.writestr(info, "coffee " * 30)
print(zipfile.is_zipfile(buf))
with zipfile.ZipFile(buf) as z:
    print([(i.filename, i.date_time) for i in z.infolist()], z.read(z.namelist()[0])[:14])
try:
    zipfile.ZipFile(io.BytesIO(b"PK\x03\x04 not really"))
except zipfile.BadZipFile as e:
    print("BadZipFile", e)
