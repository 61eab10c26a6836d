# One call site calling a fresh closure (a new function object from the
# same `def`) each time: functions of one code object share their CALL
# guard. Their cells, defaults and globals still come from each function.

def make_adder(n):
    def add(x, y=n * 10):
        return x + n + y
    return add

def run(count):
    total = 0
    for i in range(count):
        f = make_adder(i)
        total += f(1)          # CALL_PY_WITH_DEFAULTS: y from this closure
        total += f(1, 2)       # CALL_PY_EXACT_ARGS
    return total

for _ in range(3):
    print(run(50))

# A function whose __defaults__ or __code__ changes reaches the same site.
def call_all(funcs):
    return [g(3) for g in funcs]

fs = [make_adder(k) for k in range(5)]
print(call_all(fs))
fs[2].__defaults__ = (1000,)
print(call_all(fs))
def other_code(x, y=7):
    return x * y
fs[3].__code__ = other_code.__code__ if False else fs[3].__code__
try:
    fs[4].__code__ = other_code.__code__
except ValueError as e:
    print("ValueError:", e)
def plain(x, y=2):
    return x - y
def plain2(x, y=5):
    return x * 100
plain.__code__ = plain2.__code__
print(call_all([plain] + fs[:2] + [plain]))

# Lambdas made in a loop, called through one site, with late binding.
lams = [lambda v, k=k: v * k for k in range(6)]
print([h(2) for h in lams])
late = [lambda v: v + k for k in range(3)]
print([h(1) for h in late])

# A generator function and a plain function sharing a call site.
def gen(x):
    yield x
def ordinary(x):
    return x
print([type(fn(1)).__name__ for fn in [ordinary, gen, ordinary, gen] * 10][:4])
