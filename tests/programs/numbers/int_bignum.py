# Arbitrary-precision integers: overflow past 64 bits, arithmetic, conversions.
big = 2 ** 64
print(big, big - 1, -big, big * big, big // 3, big % 1000, big ** 2, 2 ** 200)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2, (-9223372036854775808) * -1)
print(-9223372036854775808 // -1, abs(-9223372036854775808), -(-9223372036854775808), 4611686018427387904 * 2)
f = 1
for i in range(1, 31):
    f *= i
    print(i, f)
print(f // (2 ** 20), f % 997, f.bit_length(), (-f).bit_length(), f > 10 ** 32, f == f + 0)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, a * b, b // a, b % a, divmod(b, a), divmod(-b, a), -b // a, -b % a)
print(a & b, a | b, a ^ b, ~a, a << 70, b >> 50, -a >> 3, (-a) & 0xFFFF)
print(pow(3, 200), pow(3, 200, 10 ** 9 + 7), pow(2, -2), pow(-2, 63), pow(7, 0), 0 ** 0)
print(hex(a), oct(a), bin(2 ** 70), hex(-a), int("123456789012345678901234567890"), int("-ffffffffffffffffffff", 16))
print(str(10 ** 50), repr(-10 ** 40), len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63, 2 ** 63 < 1e19, 2 ** 63 == 2.0 ** 63, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(float(2 ** 64), float(2 ** 100), int(1e20), int(2.0 ** 70), 10 ** 20 / 10 ** 10, 2 ** 64 / 3)
print((2 ** 64) // 2.5, (2 ** 64) * 0.5, 2 ** 100 % 7, -(2 ** 100) % 7, (2 ** 100) % -7)
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 15, max(2 ** 70, 2 ** 69), min(-2 ** 70, 5))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(2 ** 100), hash(0), hash(123))
print(int.bit_length(255), (2 ** 64 - 1).bit_length(), (12345).to_bytes(4, "little"), int("1" * 40))
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(fib[90:95], fib[-1])
n = 1
for k in range(80):
    n = n * 3 + 1
print(n, n.bit_length(), n % (2 ** 64))
x = 2 ** 62
for k in range(5):
    x += x
    print(k, x, type(x).__name__)
x = -(2 ** 62)
for k in range(4):
    x = x * 2
    print(k, x)
print(int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("  42  "), int("-0"), int("1_000"), int(True), int(-3.9), int(3.9))
print(divmod(7, -2), divmod(-7, 2), 7 // -2, -7 // 2, 7 % -2, -7 % 2, round(2 ** 70, -20))
print(abs(-2 ** 80), (-2) ** 81, 3 ** 3 ** 3, (10 ** 30) // (10 ** 15), 10 ** 30 // -(10 ** 15) )
print(isinstance(2 ** 100, int), type(2 ** 100).__name__, (2 ** 100).real, (2 ** 100).imag if False else 0, bool(2 ** 100))
