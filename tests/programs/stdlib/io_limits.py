# Huge sizes and offsets, bad descriptors: errors as CPython, never a crash.
import io, os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, 'big.txt')
with open(p, 'w') as f: f.write('x' * 100 + '\n' + 'y' * 50)
with open(p) as f:
    print(len(f.readline(2**60)))
with open(p, 'rb') as f:
    for bad in [lambda: f.seek(-2**63, 1), lambda: f.seek(2**63), lambda: f.seek(-5)]:
        try: bad(); print('ok')
        except (OSError, ValueError, OverflowError, TypeError) as e: print(type(e).__name__)
fd = os.open(p, os.O_RDONLY)
print(len(os.read(fd, 2**20)))
os.close(fd)
try: os.close(fd)
except OSError as e: print(e.errno, e.strerror)
try: os.read(-1, 3)
except OSError as e: print(e.errno, e.strerror)
os.unlink(p); os.rmdir(d)
