# Every comparison operator at sites that specialize for ints, floats and
# strs, both fused with a following conditional jump and producing a bool,
# with operands that later change kind (the guards must fall back).
import operator

OPS = ["<", "<=", "==", "!=", ">", ">="]
FUNCS = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]


def make(op):
    src = f"""
def as_value(a, b):
    return a {op} b

def as_branch(a, b):
    if a {op} b:
        return "yes"
    return "no"

def as_negated_branch(a, b):
    if not (a {op} b):
        return "no"
    return "yes"

def in_while(a, b):
    n = 0
    while a {op} b and n < 3:
        n += 1
    return n
"""
    ns = {}
    exec(src, ns)
    return ns


PAIRS = [
    (1, 2), (2, 2), (3, 2), (-5, 5), (2**62, -(2**62)),
    (1.5, 2.5), (2.5, 2.5), (0.0, -0.0), (float("nan"), 1.0), (1.0, float("nan")),
    (float("inf"), 1e308), ("a", "b"), ("b", "b"), ("ba", "b"), ("", "a"), ("é", "e"),
]
MIXED = [(1, 1.0), (2**70, 2.0**70), (True, 1), ("a", "a"), (None, None), ((1, 2), (1, 3))]

bad = 0
for op, fn in zip(OPS, FUNCS):
    ns = make(op)
    for _ in range(3):
        for a, b in PAIRS:
            want = fn(a, b)
            got = (ns["as_value"](a, b), ns["as_branch"](a, b), ns["as_negated_branch"](a, b))
            if got != (want, "yes" if want else "no", "yes" if want else "no"):
                bad += 1
                print("mismatch", op, repr(a), repr(b), got, want)
    for a, b in MIXED:
        if op in ("<", "<=", ">", ">=") and a is None:
            try:
                ns["as_value"](a, b)
            except TypeError as e:
                print(op, "TypeError:", e)
            continue
        print(op, repr(a), repr(b), ns["as_value"](a, b), ns["as_branch"](a, b), ns["in_while"](a, b))
print("mismatches:", bad)

# Arithmetic sites that specialize, then meet overflow and other kinds.
def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def div(a, b):
    return a / b

for _ in range(30):
    add(1, 2), sub(5, 3), mul(3, 4), add(1.5, 2.0), sub(1.0, 0.5), mul(2.0, 3.0), div(1.0, 4.0)
print(add(2**62, 2**62), sub(-(2**62), 2**62), mul(2**40, 2**40))
print(add(1.5, 2), add("ab", "cd"), add([1], [2]), mul("ab", 3), sub(2.5, True))
try:
    div(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    add(1, "x")
except TypeError as e:
    print("TypeError:", e)
flag = True
n = 0
for i in range(50):
    if flag:
        n += 1
    if not flag:
        n -= 100
    flag = i % 3 != 0
    if i == 40:
        flag = [] if i else 0
print(n)
