# Chained comparisons used as conditions (if/while/not/and/or/ternary and
# comprehension filters): the links are evaluated once each, the middle
# operands once, and each result's truth is tested exactly once.

calls = []

class Truth:
    def __init__(self, name, value):
        self.name, self.value = name, value
    def __bool__(self):
        calls.append("bool " + self.name)
        return self.value

class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append(f"lt {self.v} {other.v}")
        return Truth(f"{self.v}<{other.v}", self.v < other.v)
    def __le__(self, other):
        calls.append(f"le {self.v} {other.v}")
        return Truth(f"{self.v}<={other.v}", self.v <= other.v)

def val(v):
    calls.append(f"eval {v}")
    return N(v)

def show(label, result):
    print(label, result, calls)
    calls.clear()

for a, b, c in [(1, 2, 3), (2, 1, 3), (1, 3, 2), (3, 2, 1), (1, 1, 1)]:
    if val(a) < val(b) < val(c):
        show(f"if {a}<{b}<{c}", True)
    else:
        show(f"if {a}<{b}<{c}", False)
    if not val(a) < val(b) <= val(c):
        show(f"not {a}<{b}<={c}", True)
    else:
        show(f"not {a}<{b}<={c}", False)
    r = "yes" if val(a) <= val(b) < val(c) else "no"
    show(f"ternary {a}<={b}<{c}", r)
    if val(a) < val(b) < val(c) or val(c) < val(b) < val(a):
        show(f"or {a} {b} {c}", True)
    else:
        show(f"or {a} {b} {c}", False)
    if val(a) < val(b) < val(c) and val(a) <= val(a) <= val(c):
        show(f"and {a} {b} {c}", True)
    else:
        show(f"and {a} {b} {c}", False)

# Plain ints and strings, in loops hot enough to specialize.
total = 0
for i in range(300):
    if 10 < i < 20 or 100 <= i < 105 < 200:
        total += i
    while 0 < i < 3:
        i -= 1
        total += 1000
print("total", total)
words = [w for w in "alpha Bravo charlie Delta echo".split() if "a" <= w[0] <= "z"]
print(words)
x = 5
print(1 < x < 10, 1 < x > 10, [1 < x < 10 for x in (0, 5, 20)])
