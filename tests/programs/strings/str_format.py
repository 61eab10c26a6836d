# str.format and format() with the format-spec mini-language.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=25))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "val"}))
class O:
    attr = "attribute"
    inner = [10, 20]
print("{0.attr} {0.inner[1]}".format(O()))
print("{:>8}|{:<8}|{:^8}|{:*^8}|{:08}".format("r", "l", "c", "s", 42))
print("{:.3f} {:10.2e} {:,} {:_x} {:%}".format(2 / 3, 12345.6789, 10 ** 9, 2 ** 32, 0.25))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{:{}{}}".format(3.14159, 8, ".2f"), "{0:{1}}".format("x", 5) + "|")
print("{{}} {{{}}}".format("in braces"))
print(format(42), format(42, "b"), format(3.5, "08.3f"), format("s", ">3"), format(True), format(None))
print(format(1234567.891, ",.1f"), format(-42, "=+8d"), format(42, "#06x"), format(0.000012345, ".3g"))
print(format(255, "c") if False else format(9731, "c"), format(1e100, ".2e"), format(123, ""), format(1.0, ""))
print("{:5}|{:<5}|{:>5}".format(True, 1.5, None) if False else "{:5}|{:<5}".format(7, 1.5))
print("{0:>{1}}".format("dyn", 6), "{:.{}f}".format(2.718281828, 3))
print("{:s}".format("plain"), "{:d}".format(True), "{:f}".format(1), "{:e}".format(5))
print("{:g} {:g} {:g} {:g} {:g}".format(0.1, 1e-4, 1e-5, 123456, 1234567))
print("{:.2g} {:.10g} {:#g} {:.0e} {:#.0f}".format(123.456, 1 / 3, 1.0, 5000, 3.0))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "g"), format(-0.0, "f"), format(0.0, "+"))
print("{0!r:>10}".format("r"), "{:^+9.2f}".format(3.14159), "{: }".format(5), "{: }".format(-5))
print("{:,d}".format(-1234567), "{:_d}".format(1234567), "{:,.3f}".format(-1234.5678))
print("{:x} {:X} {:o} {:b}".format(-255, 255, -8, -5))
print("{:10.4}|{:.1}|{:<7.3}|".format("truncate", "xy", "abcdef"))
print(str.format("{}+{}", 1, 2), "{a}{b}{a}".format(a="A", b="B"))
print("{:>10}".format(12345678901234567890), "{:e}".format(12345678901234567890))
print(format(2 ** 64, ","), format(-2 ** 70, "x"), format(10 ** 20, "e"))
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
