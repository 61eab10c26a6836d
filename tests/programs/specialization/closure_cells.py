# Hot calls of functions whose arguments live in cells (captured by inner
# functions), and of __init__ methods that capture self: the fast call
# paths must build the cells exactly as the generic path does.
def make(a, b=10):
    def inner(c):
        return a + b + c
    return inner

total = 0
for i in range(3000):
    f = make(i)
    total += f(1)
    if i % 1000 == 0:
        g = make(i, b=i)
        print("kw", g(0))
print("total", total)

def counter(start):
    count = start
    def bump():
        nonlocal count
        count += 1
        return count
    return bump

bumps = [counter(i) for i in range(5)]
for _ in range(2000):
    for b in bumps:
        b()
print([b() for b in bumps])

class Node:
    def __init__(self, value):
        self.value = value
        self.get = lambda: value * 2

nodes = [Node(i) for i in range(2500)]
print(sum(n.get() for n in nodes), nodes[-1].get())

def late_binding(n):
    fs = []
    for i in range(n):
        fs.append(lambda: i)
    return [f() for f in fs]
for _ in range(300):
    r = late_binding(3)
print(r)
