# The standard streams are io.TextIOWrapper objects over binary buffers; reconfigure, encodings, and ordering of writes.
import io
import sys

for s in (sys.stdout, sys.stderr, sys.stdin):
    print(type(s).__name__, type(s).__module__, repr(type(s)), isinstance(s, io.TextIOWrapper), isinstance(s, io.TextIOBase),
          isinstance(s, io.IOBase))
    print(' ', s.name, s.mode, s.encoding, s.closed, s.newlines, s.fileno(), s.readable(), s.writable(), s.isatty())
    b = s.buffer
    print(' ', isinstance(b, (io.BufferedWriter, io.BufferedReader, io.FileIO)), isinstance(b, io.BufferedIOBase) or isinstance(b, io.RawIOBase),
          b is s.buffer, b.fileno(), b.name, b.mode, b.readable(), b.writable())
print(sys.stdout.errors, sys.stdin.errors, sys.stderr.errors, sys.stderr.write_through)
print(repr(sys.stdout), repr(sys.stdin))
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)

# writes through every path keep their order once flushed
print('one')
sys.stdout.write('two\n')
sys.stdout.flush()
sys.stdout.buffer.write(b'three\n')
sys.stdout.buffer.flush()
print('four', flush=True)
n = sys.stdout.write('h\xe9\n')
print(n, sys.stdout.buffer.write(bytearray(b'xyz\n')))
sys.stdout.writelines(['a\n', 'b\n'])
sys.stdout.flush()

# reconfigure
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(line_buffering=False, write_through=False)
print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(errors='replace')
print(sys.stdout.errors, sys.stdout.encoding)
sys.stdout.reconfigure(encoding='latin-1')
print(sys.stdout.encoding, sys.stdout.errors, 'caf\xe9')
sys.stdout.flush()
sys.stdout.reconfigure(encoding='ascii', errors='backslashreplace')
print(sys.stdout.encoding, sys.stdout.errors, 'caf\xe9 \u20ac')
sys.stdout.reconfigure(errors='xmlcharrefreplace')
print('caf\xe9 \u20ac')
sys.stdout.reconfigure(errors='strict')
try:
    print('caf\xe9')
except UnicodeEncodeError as e:
    sys.stdout.reconfigure(encoding='utf-8')
    print('UnicodeEncodeError', e)
sys.stdout.reconfigure(encoding='UTF8')
print(sys.stdout.encoding, sys.stdout.errors, 'caf\xe9')
for bad in [dict(encoding='no-such-codec'), dict(newline='x'), dict(foo=1)]:
    try:
        sys.stdout.reconfigure(**bad)
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure('utf-8')
except TypeError as e:
    print('TypeError', e)
try:
    print('text', file=sys.stdout.buffer)
except TypeError as e:
    print('TypeError', e)
try:
    sys.stdout.write(b'x')
except TypeError as e:
    print('TypeError', e)
try:
    sys.stdout.buffer.write('x')
except TypeError as e:
    print('TypeError', e)
print(sys.stdin.read(), sys.stdin.readline() == '', sys.stdin.buffer.read(), list(sys.stdin))
print(sys.stdin.seekable())
print('done')
