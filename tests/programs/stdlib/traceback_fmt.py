# traceback: format_exc, print_exc, format_exception, extract_tb and TracebackException on caught errors.
import io
import sys
import traceback


def inner(n):
    if n == 0:
        raise ValueError("bad value")
    inner(n - 1)


def outer():
    inner(2)


def clean(text):
    # File paths differ between runs: keep the file's base name only.
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            path, rest = line[8:].split('"', 1)
            line = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
        out.append(line)
    return "\n".join(out)


try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == traceback.format_exc())
    etype, value, tb = sys.exc_info()
    frames = traceback.extract_tb(tb)
    print(len(frames), [f.name for f in frames], [f.lineno for f in frames])
    print([f.line for f in frames])
    print(traceback.format_exception_only(etype, value))
    print(clean("".join(traceback.format_exception(value))))
    print(clean("".join(traceback.format_tb(tb, limit=1))))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("while handling") from e
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(clean("".join(te.format())))
    print(list(te.format_exception_only()))

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("second")
except TypeError:
    print(clean(traceback.format_exc()))


class Custom(Exception):
    def __str__(self):
        return "custom text"


try:
    raise Custom()
except Custom as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
print(repr(traceback.format_exc()))
