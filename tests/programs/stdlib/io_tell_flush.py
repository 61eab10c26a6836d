# Text files: tell() refused while iterating (as CPython) and print(flush=True) to a file object.
import os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, 'f.txt')
with open(p, 'w') as f:
    f.write('a\nb\nc\n')
with open(p) as f:
    for line in f:
        try:
            print(repr(line), f.tell())
        except OSError as e:
            print(repr(line), 'OSError', e)
    print(f.tell())
with open(p) as f:
    next(f)
    f.seek(0)
    print(f.tell(), f.readline(), f.tell())
g = open(p, 'a')
print('flushed', file=g, flush=True)
with open(p) as f:
    print(f.read().splitlines())
g.close()
os.unlink(p); os.rmdir(d)
