# Text files read then written with no seek between: the write lands where CPython's chunked read left the stream.
import os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, 'rw.txt')
def fresh(n=5):
    with open(p, 'w') as f:
        f.write(''.join(f'line {i}\n' for i in range(n)))
def show():
    with open(p) as f:
        return f.read()
fresh()
with open(p, 'r+') as f:
    print(repr(f.readline()))
    f.write('W1\n')
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()), repr(f.read(3)))
    f.write('W2')
print(repr(show()))
fresh(2000)
with open(p, 'r+') as f:
    for _ in range(3):
        f.readline()
    f.write('MID\n')
    print(f.tell())
with open(p) as f:
    data = f.read()
print(len(data), data.index('MID'), repr(data[8185:8200]))
fresh(2000)
with open(p, 'r+') as f:
    for _ in range(1000):
        f.readline()
    f.write('LATE\n')
with open(p) as f:
    data = f.read()
print(data.index('LATE'))
fresh()
with open(p, 'r+') as f:
    f.read()
    f.write('END\n')
print(repr(show()))
os.unlink(p); os.rmdir(d)
