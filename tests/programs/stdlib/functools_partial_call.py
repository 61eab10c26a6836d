# functools.partial (native call): stored and new arguments, keyword
# overrides, nesting, subclasses calling super().__call__, pickling, errors.
import functools, pickle
p = functools.partial(pow, 2)
print(p(5), p.func, p.args, p.keywords, repr(p))
def f(a, b, c=0, *, d=1, **kw): return (a, b, c, d, kw)
q = functools.partial(f, 1, d=5, z=9)
print(q(2), q(2, 3, d=7), q(2, z=0, y=1))
r = functools.partial(q, 10, c=4)
print(r(), r.func is f, r.args, r.keywords)
print(pickle.loads(pickle.dumps(functools.partial(max, 3, key=abs)))(-5, 2))
class P(functools.partial):
    def __call__(self, *a, **k):
        return ("sub", super().__call__(*a, **k))
print(P(pow, 3)(2), repr(P(pow, 3)))
try:
    functools.partial(5)
except TypeError as e:
    print(e)
try:
    q()
except TypeError as e:
    print(e)
print(functools.partial(dict, a=1)(b=2), functools.partial(f)(1, 2, d=0))
