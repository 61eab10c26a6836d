# cmath: constants, argument conversion (__complex__, __float__, __index__, bool, int), isclose and argument errors.
import cmath
import math


def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.real, math.isnan(cmath.nanj.imag))
print(sorted(n for n in dir(cmath) if not n.startswith("_")))


class Cx:
    def __complex__(self):
        return 3 + 4j


class Fl:
    def __float__(self):
        return 16.0


class Ix:
    def __index__(self):
        return 9


class BadCx:
    def __complex__(self):
        return 5


class RaisesCx:
    def __complex__(self):
        raise KeyError("inside")


class Sub(complex):
    pass


t(cmath.sqrt, Cx())
t(cmath.sqrt, Fl())
t(cmath.sqrt, Ix())
t(cmath.sqrt, True)
t(cmath.sqrt, 2**60)
t(cmath.sqrt, Sub(-4))
t(cmath.sqrt, BadCx())
t(cmath.sqrt, RaisesCx())
t(cmath.sqrt, 10**400)
t(cmath.sqrt, "4")
t(cmath.sqrt, None)
t(cmath.sqrt)
t(cmath.sqrt, 1, 2)
t(cmath.sqrt, z=1)
t(cmath.exp, 1000)
t(cmath.exp, complex(1, math.inf))
t(cmath.cosh, complex(800, 1))
t(cmath.atanh, 1)
t(cmath.atanh, -1)
t(cmath.log, 0)
t(cmath.log, 0, 2)
t(cmath.log, 0j, 1)
t(cmath.log, 8, 2)
t(cmath.log, -8, 2j)
t(cmath.log)
t(cmath.log, 1, 2, 3)
t(cmath.log, 1, None)
t(cmath.log, 1, base=2)
t(cmath.log10, 0)
t(cmath.log10, -100)
t(cmath.polar, -2)
t(cmath.polar, complex(1e308, 1e308))
t(cmath.polar, complex(math.inf, math.nan))
t(cmath.polar)
t(cmath.polar, 1, 2)
t(cmath.phase, -1)
t(cmath.phase, complex(-1, -0.0))
t(cmath.phase, 1e300 + 1e-310j)
t(cmath.rect, 2, math.pi / 2)
t(cmath.rect, -0.0, 0.0)
t(cmath.rect, math.inf, 1.0)
t(cmath.rect, 1, math.inf)
t(cmath.rect, 1j, 2)
t(cmath.rect, 1)
t(cmath.rect, 1, 2, 3)
t(cmath.rect, r=1, phi=2)
t(cmath.isfinite, complex(1, math.inf))
t(cmath.isnan, complex(math.nan, 1))
t(cmath.isinf, complex(1, -math.inf))
t(cmath.isnan, "x")
t(cmath.isclose, 1, 1 + 1e-10)
t(cmath.isclose, 1, 1.1)
t(cmath.isclose, 1, 1.1, rel_tol=0.2)
t(cmath.isclose, 0, 1e-12, abs_tol=1e-11)
t(cmath.isclose, a=1j, b=1j)
t(cmath.isclose, complex(math.inf, 0), complex(math.inf, 0))
t(cmath.isclose, complex(math.inf, 0), complex(1e308, 0))
t(cmath.isclose, complex(math.nan, 0), complex(math.nan, 0))
t(cmath.isclose, 1)
t(cmath.isclose, b=1)
t(cmath.isclose, 1, 2, 3)
t(cmath.isclose, 1, 2, rel_tol=-1)
t(cmath.isclose, 1, 2, abs_tol=1j)
t(cmath.isclose, 1, 2, rel_tol="x")
t(cmath.isclose, 1, 2, foo=1)
t(cmath.isclose, 1, 2, a=1)
print(cmath.sqrt.__name__, cmath.__name__)
