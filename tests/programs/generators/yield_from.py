# yield from: delegation, return values, send/throw passthrough, nested.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-done"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration:
    print("stopped")

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))

def tree(n):
    if n == 0:
        yield "leaf"
        return 1
    left = yield from tree(n - 1)
    right = yield from tree(n - 1)
    return left + right
t = tree(3)
out = []
while True:
    try:
        out.append(next(t))
    except StopIteration as e:
        print("leaves", len(out), "count", e.value)
        break

def catcher():
    while True:
        try:
            v = yield
            print("catcher got", v)
        except KeyError as e:
            print("catcher handled KeyError", e)
def delegator():
    yield from catcher()
d = delegator()
next(d)
d.send(1)
d.throw(KeyError("k"))
d.send(2)
try:
    d.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated ValueError:", e)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def outer_closer():
    try:
        yield from closer()
    finally:
        print("outer finally")
oc = outer_closer()
print(next(oc))
oc.close()
print("closed")

def yf_iter():
    r = yield from [1, 2, 3]
    print("list result", r)
print(list(yf_iter()))

def depth(n):
    if n:
        yield n
        yield from depth(n - 1)
print(list(depth(50))[-5:])
def gen_return_in_yf():
    v = yield from (lambda: (yield 5))()
    yield ("lambda returned", v)
g = gen_return_in_yf()
print(next(g), g.send("sent"))
