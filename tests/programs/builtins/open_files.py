# open() for reading text files from the script's folder.
with open("_data.txt") as f:
    content = f.read()
print(repr(content))
with open("_data.txt") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
with open("_data.txt") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"), len(line))
with open("_data.txt", "r", encoding="utf-8") as f:
    lines = f.read().splitlines()
print(lines, len(lines))
f = open("_data.txt")
print(f.closed, f.read(5), repr(f.read(3)))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("_does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
except OSError as e:
    print("OSError", e)
print(isinstance(FileNotFoundError(), OSError))
with open(__file__) as me:
    first = me.readline()
print(first.strip())
with open("_data.txt", "rb") as fb:
    raw = fb.read()
print(raw[:12], len(raw), type(raw).__name__)
