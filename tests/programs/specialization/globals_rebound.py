# Globals rebound, deleted and re-created while a hot loop reads them.
factor = 2
def scale(x):
    return x * factor

total = 0
for i in range(3000):
    if i == 1000:
        factor = 3
        print("rebound factor to 3 at", i, "total", total)
    if i == 2000:
        factor = 0.5
        print("rebound factor to 0.5 at", i, "total", total)
    total += scale(i)
print("total", total)

def helper():
    return "helper v1"
def call_helper():
    return helper()
results = []
for i in range(2500):
    if i == 1200:
        def helper():
            return "helper v2"
    if i == 2400:
        helper = lambda: "helper v3 (lambda)"
    results.append(call_helper())
print(results[0], results[1199], results[1200], results[2399], results[2400], results.count("helper v2"))

def read_global():
    return maybe_missing
maybe_missing = 1
acc = 0
for i in range(2000):
    acc += read_global()
print("acc", acc)
del maybe_missing
try:
    read_global()
except NameError as e:
    print("NameError:", e)
maybe_missing = 100
print(read_global())

# A global that shadows a builtin, then is deleted so the builtin is seen again.
def use_len(seq):
    return len(seq)
out = []
for i in range(3000):
    if i == 1000:
        len = lambda s: -1
    if i == 2000:
        del len
    out.append(use_len("abc"))
print(out[999], out[1000], out[1999], out[2000], out.count(-1), out.count(3))

# globals() dict mutated directly
def get_g():
    return gval
gval = "a"
seen = []
for i in range(2000):
    if i == 1500:
        globals()["gval"] = "b"
    seen.append(get_g())
print(seen.count("a"), seen.count("b"))

# Many new globals added (dict resize) while a site is hot
def read_x():
    return x_value
x_value = 7
s = 0
for i in range(3000):
    if i % 100 == 0:
        globals()["filler_%d" % i] = i
    s += read_x()
print("s", s, len([k for k in globals() if k.startswith("filler_")]))
