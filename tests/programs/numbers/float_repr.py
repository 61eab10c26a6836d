# float repr: shortest round-trip form, exponent formats, inf, nan, -0.0.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-5, 1e-4, 0.0001, 0.00001, 1.5e-7, 1e22, 1e23, 1e100, 1.7976931348623157e308, 5e-324,
        2.2250738585072014e-308, 3.141592653589793, 2.718281828459045, 100.0, 1234567.0, 0.5, 1e-300 * 1e-300,
        9007199254740993.0, 0.3, 1.1, 2.675, 1e16 + 1, 12345678901234567.0, 4.35, 1e21, 1e-7, 123e-10]
for v in vals:
    print(repr(v), str(v), v)
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, repr(inf), [inf, -inf, nan], (nan,), {"k": -inf})
print(float("-inf"), float("Infinity"), float("-nan"), float("  3.5 "), float("1e3"), float("-.5"), float("1_0.5"))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, nan == nan, nan != nan, inf == inf, inf > 1e308)
print(-0.0, 0.0 == -0.0, str(-0.0), repr(-0.0 * 1), 0.0 * -1, -0.0 + 0.0, abs(-0.0), -(0.0))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075)
print(float(10 ** 16), float(10 ** 15), float(2 ** 53), float(-2 ** 53 - 1), float(10 ** 22), float(10 ** 23))
print(0.1 * 3, 1.1 * 1.1, 1 - 0.9, 100 * 1.1, 3.0 * 1.5, 1e16 / 3, 7.0 / 3)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2), round(5.5), round(-0.5))
print(round(3.14159, 3), round(1e20, 2), round(0.1 + 0.2, 10), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(int(1e16), int(-1.9), float(7), float("1e-5"), float(True), 1e16 == 10 ** 16, 0.1 == 1 / 10)
print((0.5).is_integer(), (2.0).is_integer(), (1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).hex() if False else 0)
print(3.0 // 2, -3.0 // 2, 3.0 % 2, -3.0 % 2, 3.5 % -2, divmod(7.5, 2), divmod(-7.5, 2), 2 ** 0.5, (-8) ** (1 / 3) if False else 4 ** 0.5)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5), hash(inf), hash(-inf))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), 1e-320, 1e-320 * 1e10, 4.9e-324)
x = 1.0
for i in range(12):
    x *= 7.3
    print(i, x, -x / 3)
for e in range(-8, 24, 3):
    print(e, 10.0 ** e, 2.5 * 10.0 ** e, 1 / 10.0 ** e)
