# Sites that alternate between two kinds of operands for a long time.
def add(a, b):
    return a + b
def get_attr(o):
    return o.x
def subscr(c, i):
    return c[i]
def call(f):
    return f()

class A:
    def __init__(self):
        self.x = "A.x"
class B:
    x = "B.x (class attr)"
class C:
    __slots__ = ("x",)
    def __init__(self):
        self.x = "C.x (slot)"

objs = [A(), B(), C()]
attr_counts = {}
for i in range(6000):
    v = get_attr(objs[i % 2])
    attr_counts[v] = attr_counts.get(v, 0) + 1
for i in range(3000):
    v = get_attr(objs[i % 3])
    attr_counts[v] = attr_counts.get(v, 0) + 1
print(attr_counts)

results = {}
for i in range(6000):
    if i % 2:
        r = add(i, 1)
    else:
        r = add("s", str(i % 3))
    key = type(r).__name__
    results[key] = results.get(key, 0) + 1
print(results, add("x", "y"), add(1, 2), add([1], [2]), add((1,), (2,)), add(1.5, 1))

containers = [[10, 20, 30], (40, 50, 60), {0: "d0", 1: "d1", 2: "d2"}, "xyz", range(70, 80)]
picked = []
for i in range(5000):
    picked.append(subscr(containers[i % len(containers)], i % 3))
print(picked[:10], len(picked))

def f1(): return 1
f2 = lambda: 2
class K:
    def __call__(self): return 3
k = K()
class Meth:
    def m(self): return 4
bm = Meth().m
callables = [f1, f2, k, bm, int, (lambda: 6), "q".upper]
total = []
for i in range(7000):
    total.append(call(callables[i % len(callables)]))
print(total[:7], len(total))

def compare(a, b):
    return a < b
cmp = []
for i in range(4000):
    if i % 2:
        cmp.append(compare(i, 2000))
    else:
        cmp.append(compare("abc"[i % 3], "b"))
print(cmp.count(True), cmp.count(False))

def unpack(seq):
    a, b = seq
    return a
un = 0
for i in range(4000):
    s = (i, 1) if i % 2 else [i, 2]
    un += unpack(s)
print("unpack", un)
try:
    unpack("abc")
except ValueError as e:
    print("ValueError:", e)
print(unpack("ab"), unpack({1: 2, 3: 4}), unpack(x for x in (7, 8)))

def truth(v):
    return "T" if v else "F"
vals = [0, 1, "", "a", [], [0], None, 0.0, 2 ** 70, (), {1: 1}]
out = "".join(truth(vals[i % len(vals)]) for i in range(5500))
print(out[:22], out.count("T"), out.count("F"))
