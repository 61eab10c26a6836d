# bytes(), bytearray() and bytearray.__init__: every argument form and
# CPython's errors for the wrong ones.
class Idx:
    def __index__(self):
        return 3


class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"


cases = [
    ((), {}), (("x",), {}), ((b"x", "utf-8"), {}), ((-1,), {}), ((1.5,), {}), (("x", "ascii", "strict", 4), {}),
    ((), {"source": "ab", "encoding": "ascii"}), ((), {"zz": 1}), (([1, 255],), {}), (([1, 300],), {}), (([1, -1],), {}),
    ((["a"],), {}), ((2**70,), {}), ((memoryview(b"ab"),), {}), ((3,), {"encoding": "x"}), (("é", "ascii"), {}),
    (("é", "ascii", "ignore"), {}), (("a", 5), {}), (("a", "ascii", 5), {}), ((iter([65, 66]),), {}), ((None,), {}),
    ((Idx(),), {}), ((HasBytes(),), {}), ((b"ab",), {"source": b"c"}), ((), {"errors": "strict"}),
    ((b"x",), {"errors": "strict"}), (("x",), {"errors": "strict"}), ((range(70, 73),), {}), (((1, 2),), {}),
]
for args, kw in cases:
    for t in (bytes, bytearray):
        try:
            print(t.__name__, repr(t(*args, **kw)))
        except Exception as e:
            print(t.__name__, type(e).__name__, e)

b = bytearray(b"zz")
b.__init__(b"abc")
print(b)
b.__init__()
print(b)
b.__init__("hé", "utf-8")
print(b)
try:
    b.__init__(1, 2, 3, 4)
except TypeError as e:
    print(e)


class Packet(bytearray):
    def __init__(self, payload, pad):
        super().__init__(payload)
        self.extend(b"\0" * pad)


p = Packet(b"hi", 2)
print(p, len(p), type(p).__name__, isinstance(p, bytearray))
print(repr(Packet(b"", 0)))
