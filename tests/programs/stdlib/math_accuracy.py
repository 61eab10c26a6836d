# math: every function bit for bit (float.hex) on special values and pseudo-random floats of all
# magnitudes, with CPython's exceptions (V = ValueError, O = OverflowError, Z = ZeroDivisionError).
# A compact version of tests/math_fuzz.py.
import math

state = 0x9E3779B97F4A7C15


def bits(k):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> (64 - k)


def unit():
    return bits(53) / 2**53


def rfloat():
    kind = bits(3)
    sign = -1.0 if bits(1) else 1.0
    if kind == 0:
        return sign * unit()
    if kind == 1:
        return sign * unit() * 10.0
    if kind == 2:
        return sign * unit() * 1000.0
    if kind == 3:
        return sign * (1.0 + unit()) * 2.0 ** (bits(11) - 1074)
    if kind == 4:
        return sign * (1.0 + unit()) * 2.0 ** (bits(6) - 32)
    if kind == 5:
        return sign * float(bits(8)) / 4.0
    if kind == 6:
        return sign * (bits(8) + unit() * 2.0 ** -bits(5))
    return sign * unit() * 2.0 ** (bits(4) - 8)


CODES = {ValueError: "V", OverflowError: "O", ZeroDivisionError: "Z", TypeError: "T"}


def show(v):
    if isinstance(v, float):
        return v.hex()
    if isinstance(v, tuple):
        return "(" + ",".join(show(x) for x in v) + ")"
    return repr(v)


def res(name, *args):
    try:
        return show(getattr(math, name)(*args))
    except Exception as e:
        return CODES.get(type(e), type(e).__name__)


def full(name, *args):
    try:
        r = repr(getattr(math, name)(*args))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    shown = ", ".join("<%d-bit int>" % a.bit_length() if isinstance(a, int) and a > 2**70 else repr(a) for a in args)
    print(name + "(" + shown + ") -> " + r)


# The cases that once were wrong.
full("erf", 0.0)
full("erfc", 0.0)
full("erf", 0.5)
full("erfc", 0.5)
full("gamma", 5)
full("gamma", 0.5)
full("gamma", -20.0)
full("lgamma", -20.0)
full("gamma", 171.5)
full("gamma", -0.0)
full("lgamma", 0.5)
full("remainder", 28.0, -4.607927429525623)
full("log1p", -1.0)
full("log2", 3.0)
full("cbrt", 27.0)
full("asinh", 0.5)
full("acosh", 1.5)
full("atanh", 0.5)
full("hypot", 1.0, 1.0, 1.0)
full("log", 10**400)
full("log", 2**1024, 2)
full("log10", 10**400)
full("exp", 1000.0)
full("ldexp", 1e300, -2000)
full("fsum", [1e308, 1e308])
full("fsum", [math.inf, -math.inf])
full("factorial", 2**64)
full("modf", -0.0)
full("nextafter", 1.0, 2.0)
full("sin", 1.0, 2.0)

SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, -0.5, 2.0, 3.0, 1e-300, 5e-324, -5e-324,
           1.7976931348623157e308, 1e-20, 1e-16, 0.1, 1.5, 2.5, 6.0, 23.0, 24.0, 30.0, 140.5, 171.0, 171.7, 200.5,
           -19.5, -20.0, -170.5, -200.5, -201.5, 709.78, 710.0, -745.0, -746.0, 1e16, 1e300, 27.0, 7, 10**20]
UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp", "exp2",
         "expm1", "fabs", "gamma", "lgamma", "log1p", "sin", "sinh", "sqrt", "tan", "tanh", "degrees", "radians",
         "frexp", "modf", "ulp", "log", "log2", "log10"]
for name in UNARY:
    print(name, " ".join(res(name, x) for x in SPECIAL))
for name in ["ceil", "floor", "trunc", "isfinite", "isinf", "isnan"]:
    print(name, " ".join(res(name, x) for x in SPECIAL))

for i in range(100):
    x = rfloat()
    print(i, x.hex(), " ".join(res(name, x) for name in UNARY))

BINARY = ["atan2", "copysign", "fmod", "remainder", "pow", "hypot", "nextafter", "log"]
B = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 2.0, 0.5, -3.0, 1e-300, 1e300]
for name in BINARY:
    print(name, " ".join(res(name, x, y) for x in B for y in B))
for i in range(60):
    x, y = rfloat(), rfloat()
    if i % 4 == 0:
        y = float(bits(6) - 32)
    print(i, x.hex(), y.hex(), " ".join(res(name, x, y) for name in BINARY), res("dist", (x, y), (y, x + 1.0)))

for n in range(6):
    row = []
    for _ in range(8):
        v = [rfloat() for _ in range(n)]
        row.append(res("hypot", *v) + "/" + res("fsum", v) + "/" + res("prod", v))
    print("n=%d" % n, " ".join(row))
for e in [0, 1, -1, -1074, -1075, 1023, 1024, 2**31, -2**31, 2**64]:
    print("ldexp", e, " ".join(res("ldexp", x, e) for x in [0.75, -1.5, 1e300, 5e-324, math.inf]))

print([res("factorial", n) for n in [-1, 0, 1, 5, 20, 21, 30, 1.0]])
print([res("isqrt", n) for n in [-1, 0, 1, 15, 16, 10**30, 2**128 - 1]])
print([res("comb", n, k) for n in [0, 5, 10, 67, 100] for k in [-1, 0, 2, 5, 34, 101]])
print([res("perm", n, k) for n in [0, 5, 10, 20] for k in [-1, 0, 2, 5, 21]])
print([res("gcd", *a) for a in [(), (12,), (-12, 18), (12, 18, 30), (2**100, 2**80 * 3), (1.0, 2)]])
print([res("lcm", *a) for a in [(), (12,), (-12, 18), (12, 18, 30), (0, 5), (1.0, 2)]])
print([res("isclose", a, b) for a in [1.0, 1.0 + 1e-10, math.inf, math.nan] for b in [1.0, 1.0 + 1e-8, math.inf]])
