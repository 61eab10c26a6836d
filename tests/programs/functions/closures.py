# Closures, cell variables, late binding, nonlocal, global.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
print(inc(), inc(), inc(10), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

def adders():
    return [lambda x: x + i for i in range(3)]
print([a(10) for a in adders()])  # late binding: all use i == 2

def adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders_fixed()])

counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print("counter", counter)

def define_global():
    global new_global
    new_global = "created"
define_global()
print(new_global)

def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 100
            return x
        return inner
    f = middle()
    print("inner", f(), f())
    return x
print("outer", outer())

def cell_after_def():
    def get():
        return value
    value = "assigned after def"
    return get()
print(cell_after_def())

def closure_over_param(p):
    def g():
        return p * 2
    p = p + 1
    return g
print(closure_over_param(5)())

def nested_scopes():
    a = "a"
    def l1():
        b = "b"
        def l2():
            c = "c"
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(nested_scopes())

def unbound_cell():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print("NameError:", e)
    v = 1
unbound_cell()

# closure cells are shared between closures
def pair():
    shared = []
    return (lambda x: shared.append(x)), (lambda: list(shared))
push, peek = pair()
push(1); push(2)
print(peek())
print(len(push.__closure__), type(push.__closure__[0]).__name__)

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for v in range(5):
        add(v)
    return total
print(gen_closure())
