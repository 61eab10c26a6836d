# detach() and rewrapping sys.stdout, tell/seek on unseekable streams, reading a writer, deleting exception fields.
import io
import sys

for name in ['tell', 'readline', 'read']:
    try:
        print(name, getattr(sys.stdout, name)())
    except io.UnsupportedOperation as e:
        print(name, 'UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
for args in [(0, 1), (0, 2), (1, 1), (5, 2), (-1, 0), (0, 7)]:
    try:
        print('seek', args, sys.stdout.seek(*args))
    except (io.UnsupportedOperation, ValueError) as e:
        print('seek', args, type(e).__name__, e)
try:
    sys.stdin.write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
print(sys.stdin.tell(), sys.stdin.seek(0), sys.stdin.seek(0, 2))

e = OSError(2, 'x')
del e.errno
print(e.errno, e.strerror)
s = StopIteration(5)
del s.value
print(s.value, s.args)

print('before detach')
old = sys.stdout
buf = old.detach()
print(isinstance(buf, (io.BufferedWriter, io.FileIO)), file=sys.stderr)
try:
    old.write('x')
except ValueError as e:
    sys.stderr.write('ValueError %s\n' % e)
sys.stdout = io.TextIOWrapper(buf, encoding='latin-1', line_buffering=True)
print('after detach caf\xe9', sys.stdout.encoding, sys.stdout.line_buffering)
sys.stdout.write('written\n')
buf.write(b'raw\n')
print('last line, not flushed explicitly')
