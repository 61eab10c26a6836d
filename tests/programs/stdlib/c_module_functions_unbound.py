# Functions of the modules CPython writes in C do not bind as methods
# when stored on a class (logging's Formatter.converter = time.localtime).
import operator, time, os, logging, io, struct
class C:
    add = operator.add
    conv = time.gmtime
    gp = os.getpid
print(C().add(2, 3), C().conv(0).tm_year, C().gp() == os.getpid())
s = io.StringIO()
h = logging.StreamHandler(s); h.setFormatter(logging.Formatter("%(asctime)s|%(levelname)s|%(message)s"))
lg = logging.getLogger("t"); lg.addHandler(h); lg.warning("hi")
print(s.getvalue().split("|")[1:])
class D:
    it = struct.iter_unpack
print(list(D().it('b', b'\x01\x02')))
import operator as o
print(o.add(1, 2), o.iadd([1], [2]), o.lt(1, 2), o.not_(0), o.truth([]), o.abs(-3), o.inv(5), o.neg(2), o.is_(None, None),
      o.contains([1], 1), o.getitem('ab', 1), o.concat('a', 'b'), o.countOf([1, 1, 2], 1), o.indexOf('abc', 'c'), o.index(5),
      o.call(len, 'xy'), o.ipow(2, 5), o.imatmul.__name__, o.__add__(1, 1), o.add.__doc__, o.length_hint([1]))
for f in [lambda: o.index(1.5), lambda: o.concat(1, 2), lambda: o.indexOf([1], 5)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(sorted([(1, 'b'), (0, 'a')], key=o.itemgetter(1)), list(map(o.mul, [1, 2], [3, 4])))
import functools; print(functools.reduce(o.add, range(5)))
