# Loop bodies ending in a local store (STORE_FAST + JUMP), including
# `s += t` on strings as the last statement (the in-place str append does
# the store itself), while loops, nested loops, and calls of globals and
# builtins rebound between iterations (a global callee pushes its own NULL).

def build(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
    return s

def nested(n):
    total = 0
    for i in range(n):
        for j in range(i):
            total = total + i * j
    return total

def countdown(n):
    steps = 0
    while n > 0:
        n = n - 1
        steps = steps + 1
    return steps

def helper(x):
    return x + 1

def calls(n):
    acc = 0
    for i in range(n):
        acc = helper(acc)
        acc = abs(acc) + len("ab") - 2
    return acc

for _ in range(3):
    print(build(60), nested(30), countdown(100), calls(50))

def other(x):
    return x * 2

def rebinding(n):
    global helper
    out = []
    for i in range(n):
        out.append(helper(i))
        if i == n // 2:
            helper = other
    return out

print(rebinding(10))
import builtins
real_len = builtins.len
def shadow():
    r = []
    for i in range(6):
        r.append(len("abc"))
        if i == 2:
            builtins.len = lambda s: 42
    builtins.len = real_len
    return r
print(shadow())
try:
    undefined_function(1)
except NameError as e:
    print("NameError:", e)
