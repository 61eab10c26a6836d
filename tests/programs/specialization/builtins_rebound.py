# Builtins replaced through the builtins module while hot sites use them.
import builtins

def measure(x):
    return len(x)
def check(x):
    return isinstance(x, int)
def make(x):
    return str(x)

warm = sum(measure("abcd") for _ in range(2000))
print("warm", warm)
original_len = builtins.len
builtins.len = lambda obj: 1000
print("patched len:", measure("abcd"), measure([1, 2]))
builtins.len = original_len
print("restored len:", measure("abcd"))

for i in range(2000):
    check(i)
original_isinstance = builtins.isinstance
builtins.isinstance = lambda obj, cls: "patched isinstance"
print(check(5))
builtins.isinstance = original_isinstance
print(check(5), check("x"))

for i in range(2000):
    make(i)
original_str = builtins.str
builtins.str = lambda x: "<%r>" % (x,)
print(make(42))
del builtins.str
try:
    make(1)
except NameError as e:
    print("NameError:", e)
builtins.str = original_str
print(make(43))

# A new builtin appears and later a global shadows it.
def use_new():
    return brand_new_builtin()
builtins.brand_new_builtin = lambda: "from builtins"
res = [use_new() for _ in range(2000)]
brand_new_builtin = lambda: "from globals"
print(res[-1], use_new())
del brand_new_builtin
print(use_new())
del builtins.brand_new_builtin
try:
    use_new()
except NameError as e:
    print("NameError:", e)

# Swapping a builtin inside the hot loop itself.
def absolute(v):
    return abs(v)
original_abs = builtins.abs
acc = []
for i in range(3000):
    if i == 1500:
        builtins.abs = lambda v: "fake"
    acc.append(absolute(-i))
builtins.abs = original_abs
print(acc[1499], acc[1500], acc.count("fake"))
print(abs(-5), absolute(-6))
