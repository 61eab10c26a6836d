# traceback column markers (^^^ and ~~^~~) under calls, operators, subscripts, attributes, unpacking and raise, as CPython 3.11 prints them; logging.exception.
import traceback, logging, io, sys
def clean(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            path, rest = line[8:].split('"', 1)
            line = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
        out.append(line)
    return "\n".join(out)
class Obj:
    attr = {'k': [1, 2]}
    def method(self, x):
        return self.helper(x) + 1
    def helper(self, x):
        return x['missing']
def deep(n):
    if n: return deep(n - 1)
    raise ValueError('bottom')
cases = []
def case(f):
    cases.append(f)
    return f
@case
def c1():
    total = Obj().method({'a': 1})
@case
def c2():
    value = Obj.attr['k'][5]
@case
def c3():
    s = "naïve ünïcode"; n = len(s) + s.index('z')
@case
def c4():
    deep(3)
@case
def c5():
    x = (1 +
         None)
@case
def c6():
    data = [1, 2, 3]
    return sum(d for d in data) / (len(data) - 3)
@case
def c7():
    if True: raise RuntimeError('inline')
@case
def c8():
    result = int(
        'nope'
    )
@case
def c9():
    obj = Obj()
    obj.nothing_here()
@case
def c10():
    d = {}
    d['a']['b'] = 1
@case
def c11():
    a, b = [1, 2, 3]
@case
def c12():
    for x in 5:
        pass
@case
def c13():
    import nonexistent_module_xyz
for c in cases:
    try:
        c()
    except Exception:
        print(clean(traceback.format_exc()))
buf = io.StringIO()
log = logging.getLogger('t')
log.addHandler(logging.StreamHandler(buf))
log.propagate = False
try:
    Obj().method(None)
except TypeError:
    log.exception('failed %d', 1)
print(clean(buf.getvalue()))
@case
def c14():
    n = 5
    n.attr = 1
@case
def c15():
    t = (1, 2)
    t[0] = 5
@case
def c16():
    first, *rest, last = [1]
for c in cases[13:]:
    try:
        c()
    except Exception:
        print(clean(traceback.format_exc()))
