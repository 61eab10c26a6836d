# Generators exhausted mid-loop, and generators that finish while a FOR_ITER is hot.
def gen(n):
    for i in range(n):
        yield i

total = 0
for rep in range(300):
    for v in gen(rep % 7):
        total += v
print("total", total)

g = gen(5000)
first = []
for v in g:
    first.append(v)
    if v == 1999:
        break
rest = list(g)
print(len(first), rest[:3], len(rest), list(g))

shared = gen(10)
pairs = []
for a in shared:
    for b in shared:  # the inner loop exhausts the shared generator
        pairs.append((a, b))
print(pairs)

def interrupted():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("generator finalised")
for rep in range(3):
    for v in interrupted():
        if v == 2:
            break
    print("after break", rep)

def returns_early(n):
    for i in range(n):
        if i == 3:
            return "early"
        yield i
counts = [len(list(returns_early(k))) for k in range(2000)]
print(counts[:6], sum(counts))

def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
s = 0
for v in it:
    s += v
    if v >= 3000:
        break
print("s", s, next(it))

# zip stops at the shortest, leaving the longer generator partly consumed
long_gen = gen(100)
short = list(zip(range(3), long_gen))
print(short, next(long_gen))
# A list iterator and a generator alternating at one for-loop site
def iterate(it):
    out = 0
    for x in it:
        out += x
    return out
tot = 0
for k in range(2000):
    tot += iterate([1, 2, 3] if k % 2 else gen(4))
print("alternating", tot)
# Generator raising inside a hot for loop
def bad(n):
    for i in range(n):
        if i == 1500:
            raise ValueError("broke at %d" % i)
        yield i
try:
    for v in bad(3000):
        pass
except ValueError as e:
    print("ValueError:", e, "last", v)
# A list mutated while being iterated at a hot site
lst = list(range(10))
seen = []
for x in lst:
    seen.append(x)
    if x == 3:
        lst.extend([100, 101])
    if x == 5:
        del lst[7:]
print(seen, lst)
