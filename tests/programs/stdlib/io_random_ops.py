# Random mixes of read/write/seek/tell/truncate/flush on binary and text files (a fixed seed), checked against CPython.
import os
import random
import tempfile

rng = random.Random(1234)
d = tempfile.mkdtemp()
p = os.path.join(d, "mix.bin")
with open(p, "wb") as f:
    f.write(bytes(range(48, 122)) * 3)
log = []
for mode, buffering in [("r+b", -1), ("r+b", 16), ("r+b", 0), ("a+b", 7), ("w+b", 5)]:
    with open(p, mode, buffering=buffering) as f:
        for step in range(120):
            op = rng.choice(["read", "read", "write", "seek", "tell", "readline", "truncate", "flush"])
            if op == "read":
                r = f.read(rng.choice([-1, 0, 1, 3, 10, 40]))
            elif op == "write":
                r = f.write(bytes([rng.randrange(65, 91)]) * rng.randrange(0, 30) + (b"\n" if rng.random() < 0.3 else b""))
            elif op == "seek":
                whence = rng.choice([0, 1, 2])
                off = rng.randrange(0, 60) if whence == 0 else rng.randrange(-20, 5)
                try:
                    r = f.seek(off, whence)
                except (OSError, ValueError) as e:
                    r = type(e).__name__
            elif op == "tell":
                r = f.tell()
            elif op == "readline":
                r = f.readline(rng.choice([-1, 5]))
            elif op == "peek":
                r = len(f.peek(1)) > 0 if hasattr(f, "peek") else None
            elif op == "truncate":
                if rng.random() < 0.2:
                    r = f.truncate(rng.randrange(0, 200))
                else:
                    r = None
            elif op == "read1":
                r = f.read1(rng.choice([1, 8, 50])) if hasattr(f, "read1") else None
            else:
                r = f.flush()
            log.append((mode, buffering, step, op, r, f.tell()))
    with open(p, "rb") as f:
        log.append((mode, "content", f.read()))
for entry in log:
    print(entry)
t = os.path.join(d, "mix.txt")
with open(t, "w") as f:
    f.write("".join(f"line {i}\n" for i in range(30)))
with open(t, "r+") as f:
    for step in range(150):
        op = rng.choice(["readline", "read", "write", "seek", "tell", "iter"])
        if op == "readline":
            r = f.readline(rng.choice([-1, -1, 3]))
        elif op == "read":
            r = f.read(rng.choice([0, 2, 7, 20]))
        elif op == "write":
            r = f.write(rng.choice(["x", "yy\n", "zzz", "\n"]))
            try:
                f.seek(f.tell())  # reading right after writing is undefined
            except OSError:
                f.seek(0)
        elif op == "seek":
            r = f.seek(rng.choice([0, 5, 40, 77]))
        elif op == "iter":
            r = next(f, None)
        else:
            try:
                r = f.tell()
            except OSError as e:
                r = str(e)
        print(step, op, repr(r))
with open(t) as f:
    print(repr(f.read()))
for name in os.listdir(d):
    os.unlink(os.path.join(d, name))
os.rmdir(d)
