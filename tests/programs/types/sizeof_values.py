# __sizeof__ and sys.getsizeof report CPython's 64-bit sizes for values
# whose size does not depend on allocation history.
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


values = [0, 1, -5, 2**30, 2**62, -2**100, True, 1.5, 1j, "", "abc", "é", "ab€", "😀x", b"", b"abc",
          bytearray(), bytearray(b"abc"), (), (1, 2, 3), {}, {"a": 1}, {str(i): i for i in range(6)},
          {i: i for i in range(11)}, dict.fromkeys(range(50)), set(), {1}, set(range(5)), set(range(100)),
          frozenset(), range(10), None, Plain(), Slotted(), len, object()]
for v in values:
    print(type(v).__name__, v.__sizeof__(), sys.getsizeof(v))


class Custom:
    def __sizeof__(self):
        return 100


class Bad:
    def __sizeof__(self):
        return -1


print(sys.getsizeof(Custom()), sys.getsizeof(1, "default"))
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print(e)
