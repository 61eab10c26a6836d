# Instance attributes live inline in the object until the __dict__ object
# is asked for; then the dict object takes them over. Identity, mutation
# through __dict__, copies, pickling, __class__ assignment and warmed-up
# attribute sites must all see one consistent set of attributes.
import copy, pickle
class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def norm(self): return self.x * self.x + self.y * self.y
ps = [P(i, i + 1) for i in range(50)]
print(sum(p.norm() for p in ps))
p = ps[3]
d = p.__dict__
print(d, d is p.__dict__, vars(p) is d)
d['z'] = 5
print(p.z, p.norm())
p.w = 7
print(d)
del p.x
print(d, hasattr(p, 'x'))
for q in ps:
    q.x = 1
print(sum(q.norm() for q in ps if hasattr(q, 'x')))
q = ps[5]
q.__dict__ = {'x': 3, 'y': 4}
print(q.norm(), q.__dict__)
c = copy.copy(ps[7]); c.x = 100
print(ps[7].x, c.x, c.__dict__)
dc = copy.deepcopy(ps[8]); print(dc.__dict__)
r = pickle.loads(pickle.dumps(ps[9])); print(r.__dict__)
class Q(P): pass
s = P(1, 2); s.__class__ = Q; print(type(s).__name__, s.norm(), s.__dict__)
print(dir(P(0, 0))[-3:])
class S:
    __slots__ = ('a',)
try:
    S().__dict__
except AttributeError as e:
    print(e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
class D(dict): pass
dd = D(); dd.attr = 1; print(dd.__dict__)
e = P(0,0)
print(getattr(e, '__dict__'))
e.__doc__ = 'hi'
print(e.__doc__, e.__dict__)
import weakref
class W: pass
w = W(); w.a = 1; r = weakref.ref(w); print(r() is w, w.__dict__)


# A warmed-up site reading and writing attributes while instances switch
# from inline attributes to a dict object half-way.
class Acc:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n = self.n + k
        return self.n


accs = [Acc() for _ in range(4)]
total = 0
for i in range(400):
    a = accs[i % 4]
    if i == 200:
        a.__dict__["n"] = -1000
    if i == 300:
        vars(accs[(i + 1) % 4])["extra"] = i
    total += a.bump(i)
print(total, [sorted(vars(a).items()) for a in accs])
