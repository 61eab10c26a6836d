# Errors at sites that have been specialized for the happy path.
def index(lst, i):
    return lst[i]
def attr(o):
    return o.value
def add(a, b):
    return a + b
def call(f, x):
    return f(x)

class V:
    def __init__(self):
        self.value = 1
lst = list(range(10))
for i in range(2000):
    index(lst, i % 10); attr(V()); add(i, i); call(abs, -i)

tests = [
    ("index out of range", lambda: index(lst, 10)),
    ("negative index out of range", lambda: index(lst, -11)),
    ("index with str", lambda: index(lst, "0")),
    ("index on dict", lambda: index({}, 0)),
    ("index on None", lambda: index(None, 0)),
    ("attr missing", lambda: attr(object())),
    ("attr on None", lambda: attr(None)),
    ("add int+str", lambda: add(1, "a")),
    ("add None", lambda: add(None, None)),
    ("call non-callable", lambda: call(5, 1)),
    ("call wrong arity", lambda: call(divmod, 1)),
    ("call raising", lambda: call(int, "x")),
]
for name, t in tests:
    try:
        print(name, "->", t())
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", e)
print(index(lst, -1), attr(V()), add(2, 3), call(abs, -7))

def store(lst, i, v):
    lst[i] = v
for i in range(2000):
    store(lst, i % 10, i)
print(lst)
try:
    store(lst, 10, 0)
except IndexError as e:
    print("IndexError:", e)
try:
    store((1, 2), 0, 0)
except TypeError as e:
    print("TypeError:", e)
d = {}
store(d, "k", "v")
print(d)

def loop_sum(n):
    s = 0
    for i in range(n):
        s += i
    return s
for k in range(200):
    loop_sum(50)
try:
    loop_sum("10")
except TypeError as e:
    print("TypeError:", e)
print(loop_sum(100))
