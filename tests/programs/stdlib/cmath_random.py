# cmath: every function at pseudo-random points of many magnitudes (bit-exact results via float.hex).
import cmath

state = 12345


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state / 2**64


def value():
    mag = 10.0 ** (rnd() * 40 - 20)
    if rnd() < 0.1:
        mag = 10.0 ** (rnd() * 600 - 300)
    return mag if rnd() < 0.5 else -mag


FUNCS = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp",
         "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar"]


def show(x):
    if isinstance(x, complex):
        return x.real.hex() + "," + x.imag.hex()
    if isinstance(x, tuple):
        return ";".join(show(v) for v in x)
    return x.hex()


for i in range(150):
    z = complex(value(), value())
    row = []
    for name in FUNCS:
        try:
            row.append(show(getattr(cmath, name)(z)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(i, " ".join(row))
w = complex(value(), value())
print(cmath.log(w, 10).real.hex(), cmath.rect(2.5, 1.25).imag.hex(), cmath.isclose(w, w * (1 + 1e-12)))
