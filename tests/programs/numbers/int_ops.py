# int conversions, bases, bit operations, builtins on ints.
for n in (0, 1, -1, 7, 255, -255, 1024, 2 ** 31 - 1):
    print(n, hex(n), oct(n), bin(n), n.bit_length(), abs(n), -n, ~n, n >> 1, n << 1, n & 0xF, n | 0x10, n ^ 0x55)
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2), int("z", 36), int("0xff", 0), int("11", 3))
print(int(" -12 "), int("+7"), int(4.99), int(-4.99), int("0"), int(), int("1_2_3"))
for bad in ("1.5", "", "0x", "12 3", "1__2", "abc"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3), pow(2, 0.5), pow(0, 0))
print(abs(-5), abs(5), max(1, 5, 3), min(1, 5, 3), sum([1, 2, 3], 10), round(17, -1), round(15, -1), round(25, -1))
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 6 / 3, type(6 / 3).__name__, 1 / 3 * 3)
print(True + 1, True & False, True | False, True ^ True, ~True, -True, True << 3, int(True), bool(-1))
print(isinstance(True, int), type(True + True).__name__, True == 1, hash(True) == hash(1), {True: "a", 1: "b"})
print((5).__add__(3), (5).__radd__(3), int.__mul__(6, 7), (10).__floordiv__(3), (3).__neg__())
print(0 == -0, 5 % 1, 0 // 5, (-5) % 1, -(-5), (-5) ** 2, -5 ** 2)
print(int.from_bytes(b"\xff\xff", "big", signed=True), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(sum(range(1, 101)), sum(i * i for i in range(10)), sum([], 0), sum([0.5, 0.5]), sum([1, 2.5]))
print(format(10, "b"), format(-10, "x"), f"{2**40:,}", 0b1010, 0o777, 0xDEAD_BEEF, 1_000_000)
print(12 .bit_count() if hasattr(int, "bit_count") else 2, (6).conjugate(), (6).numerator, (6).denominator, (6).real)
x = 0
for i in range(100):
    x = (x * 31 + i) % 1000003
print(x)
print([n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
print(1 < 2 < 3.5, 10 == 10.0, 2 ** 53 == 2 ** 53 + 0.0, 7 // 2.0, 7 % 2.5, -7 // 2.0)
