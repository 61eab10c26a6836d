# cmath: every function over a grid of finite, tiny, huge and special values (results, signs of zeros, errors).
import cmath
import math

VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, -2.0, 1e-310, -1e-200, 1e300, -1.7e308,
          math.inf, -math.inf, math.nan, 0.9, 710.0, -3.5]
FUNCS = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp",
         "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh"]


def show(x):
    if isinstance(x, complex):
        return "(%r, %r)" % (x.real, x.imag)
    if isinstance(x, tuple):
        return "(" + ", ".join(show(v) for v in x) + ")"
    return repr(x)


def run(f, *args):
    try:
        return show(f(*args))
    except (ValueError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)


for name in FUNCS:
    f = getattr(cmath, name)
    out = []
    for x in VALUES:
        for y in VALUES:
            out.append(run(f, complex(x, y)))
    print(name, " | ".join(out))

for name in ["phase", "polar", "isfinite", "isnan", "isinf"]:
    f = getattr(cmath, name)
    print(name, " | ".join(run(f, complex(x, y)) for x in VALUES for y in VALUES))

print("rect", " | ".join(run(cmath.rect, x, y) for x in VALUES for y in VALUES))
print("logbase", " | ".join(run(cmath.log, complex(x, 1.0), complex(y, 0.0)) for x in VALUES for y in VALUES))
