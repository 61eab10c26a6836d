# Defaults, *args, **kwargs, keyword-only and positional-only parameters.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3))
print(f(1, b=9, c=3, d=0, e=5, g=6))
print(f(*[1, 2, 3], **{"c": 10, "z": 26}))

def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)

def pos_kw_same_name(a, /, **kw):
    return a, kw
print(pos_kw_same_name(1, a=2))

def defaults(x, y=[], z={"k": 1}):
    y.append(x)
    return y, z
print(defaults(1))
print(defaults(2))  # mutable default is shared
print(defaults(3, []))
print(defaults.__defaults__)

def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults(a=5, b=6))
print(kwonly_defaults.__kwdefaults__)

def errors():
    cases = [
        lambda: f(),
        lambda: f(1),
        lambda: f(1, 2, c=3, a=1),
        lambda: kwonly_defaults(1, b=2),
        lambda: pos_only(1, 2, 3, 4),
        lambda: defaults(),
        lambda: defaults(1, 2, 3, 4),
        lambda: (lambda x: x)(y=1),
        lambda: (lambda: 0)(1),
    ]
    for case in cases:
        try:
            case()
        except TypeError as e:
            print("TypeError:", e)
errors()

def star_only(*args):
    return len(args), args
print(star_only(), star_only(1), star_only(*range(5)))

def kw_only_star(**kw):
    return sorted(kw.items())
print(kw_only_star(b=1, a=2))

evaluated = []
def default_time(x=evaluated.append("evaluated") or 5):
    return x
print(evaluated, default_time(), default_time(6), evaluated)

def annotated(a: int, b: "str" = "x") -> list:
    return [a, b]
print(annotated(1), annotated.__annotations__)
print(f.__name__, f.__qualname__)
