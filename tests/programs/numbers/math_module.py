# math module basics.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(16), math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2), math.trunc(-3.7))
print(math.fabs(-3), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.tan(math.pi / 4), 12), math.atan2(1, 1), math.hypot(3, 4))
print(math.factorial(20), math.factorial(30), math.gcd(48, 18), math.gcd(0, 5), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.isfinite(1.0), math.isinf(math.inf), math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0), math.fmod(7, -3), math.remainder(7, 3))
print(math.degrees(math.pi), math.radians(180), math.isqrt(99), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.floor(2 ** 70 + 0.5) == 2 ** 70, type(math.floor(2.5)).__name__)
print(math.sqrt(2) ** 2, math.exp(-1), math.asin(1), math.acos(0), math.sinh(1), math.cosh(0), math.tanh(0.5))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
from math import sqrt as s, pi
print(s(pi * pi), math.dist((0, 0), (3, 4)), math.ceil(1e300) > 0)
