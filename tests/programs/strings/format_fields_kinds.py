# str.format fields over every kind of value: builtins format straight into
# the text; user __format__, __str__ and subclasses keep their own rules.

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return "$%d.%02d%s" % (self.cents // 100, self.cents % 100, "[" + spec + "]" if spec else "")


class Named:
    def __str__(self):
        return "named!"


class Tag(str):
    def __format__(self, spec):
        return "<" + str.__format__(self, spec) + ">"


class Count(int):
    pass


class BadFormat:
    def __format__(self, spec):
        return 42


print("{} {:>10} {:x}".format(Money(1234), Money(5), Money(99)))
print("[{}] [{:^9}]".format(Named(), "mid"))
print("{} {:>6}".format(Tag("ab"), Tag("cd")))
print("{:05d} {:x} {}".format(Count(42), Count(255), Count(7)))
print("{:{w}.{p}f}|{:>{w}}".format(3.14159, True, w=8, p=3))
print("{0!r:>8} {0!s:<8}|".format("q"))
print("{:,} {:_b} {:+.1e} {:%}".format(10**12, 10, -12345.678, 0.25))
for bad, spec in ((Named(), "x"), (object(), ">3"), (BadFormat(), "")):
    try:
        print(("{:" + spec + "}").format(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    "{:d}".format("text")
except ValueError as e:
    print("ValueError:", e)
