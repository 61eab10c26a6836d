# Dict watchers behind LOAD_GLOBAL: every way the module or builtins dict
# can change under a specialized global load must be seen at once.
import builtins
import types

X = 10


def read_x(n):
    out = []
    for i in range(n):
        out.append(X)
    return out


print(sum(read_x(50)))
X = 11                      # value replaced: same keys
print(sum(read_x(50)))
del globals()["X"]          # key deleted: the next load raises
try:
    read_x(5)
except NameError as e:
    print("NameError:", e)
X = 12                      # key back, at a new position
print(sum(read_x(50)))


def lengths(n):
    total = 0
    for i in range(n):
        total += len("abc")
        if i == 20:
            builtins.len = lambda s: 100      # rebound in builtins
        if i == 40:
            globals()["len"] = lambda s: -1   # shadowed by a global
        if i == 60:
            del globals()["len"]              # shadow removed
        if i == 80:
            del builtins.len                  # builtin deleted
            try:
                len("x")
            except NameError as e:
                print("NameError:", e)
            builtins.len = ORIGINAL_LEN
    return total


ORIGINAL_LEN = len
print(lengths(100))


# The same code object run with other globals.
def uses_y():
    return [Y for _ in range(30)]


Y = "module"
other = {"Y": "other", "__builtins__": builtins}
clone = types.FunctionType(uses_y.__code__, other)
for k in range(3):
    print(uses_y()[0], clone()[0], len(uses_y()), len(clone()))


# Many globals added while a hot loop runs (resizes of the module dict).
def hot(n):
    t = 0
    for i in range(n):
        t += X
        globals()["g%d" % i] = i
    return t


print(hot(300), g299)


# A module dict cleared and refilled under a function defined in it.
ns = {}
exec("Z = 1\ndef f():\n    return [Z for _ in range(20)]\n", ns)
print(ns["f"]()[-1])
f = ns["f"]
ns.clear()
try:
    f()
except NameError as e:
    print("NameError:", e)
ns["Z"] = 2
ns["__builtins__"] = builtins
print(f()[-1])
print(f.__globals__ is ns)
