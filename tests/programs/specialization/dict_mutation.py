# Dict keys added and removed between hits; dicts mutated from __eq__ and __hash__.
d = {"a": 1, "b": 2}
def get(m, k):
    return m[k]
def contains(m, k):
    return k in m
total = 0
for i in range(3000):
    total += get(d, "a")
    if i % 500 == 0:
        d["k%d" % i] = i
    if i % 700 == 0 and "b" in d:
        del d["b"]
    if i == 1500:
        d.clear()
        d["a"] = 10
print("total", total, sorted(d))
print(contains(d, "a"), contains(d, "b"), contains(d, "k2500"))

class Evil:
    def __init__(self, target, h):
        self.target = target
        self.h = h
        self.triggered = False
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if not self.triggered:
            self.triggered = True
            self.target.clear()
            print("  __eq__ cleared the dict")
        return False
victim = {}
k1 = Evil(victim, 1)
victim[k1] = "first"
k2 = Evil(victim, 1)
try:
    victim[k2] = "second"
    print("insert ok", len(victim))
except RuntimeError as e:
    print("RuntimeError:", e)
print(k2 in victim, len(victim))

class Mutator:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 7
    def __eq__(self, other):
        self.d["added_during_eq"] = 1
        return True
m = {}
m[7] = "seven"
probe = Mutator(m)
try:
    print("lookup result", m.get(probe))
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(m, key=str))

counter = {}
words = ["x", "y", "z"] * 1000
for w in words:
    counter[w] = counter.get(w, 0) + 1
    if counter[w] == 500 and w == "y":
        del counter["x"]
print(counter)

cache = {}
def memo(n):
    if n in cache:
        return cache[n]
    cache[n] = n * n
    if len(cache) > 100:
        cache.clear()
    return cache.get(n, -1)
print(sum(memo(i % 150) for i in range(3000)))

# Set membership at a hot site with the set mutated between hits
s = {1, 2, 3}
hits = 0
for i in range(3000):
    if (i % 10) in s:
        hits += 1
    if i == 1000:
        s.add(5)
    if i == 2000:
        s.discard(1)
print("hits", hits)
# Dict with int keys that become bigints and floats equal to them
e = {}
for i in range(2000):
    e[i] = i
print(e[1999], e[1999.0], e.get(2 ** 64), e.get(True), len(e))
e[2 ** 64] = "big"
print(e[2 ** 64], e[float(2 ** 64)])
