# Concatenating bytes-like objects of different kinds, and bytes.fromhex.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r))

show("bytes + bytearray", lambda: b"a" + bytearray(b"b"))
show("bytearray + bytes", lambda: bytearray(b"a") + b"b")
show("bytes + memoryview", lambda: b"a" + memoryview(b"xy"))
show("bytearray + memoryview", lambda: bytearray(b"a") + memoryview(b"xy"))
show("memoryview + bytes", lambda: memoryview(b"a") + b"b")
show("bytes + str", lambda: b"a" + "b")
show("bytes + list", lambda: b"a" + [1])
show("bytearray + int", lambda: bytearray(b"a") + 1)
ba = bytearray(b"x")
ba += memoryview(b"yz")
ba += b"!"
print(ba)
show("bytearray += str", lambda: ba.__iadd__("s"))

class Tail:
    def __radd__(self, other):
        return ("radd", other)
show("bytes + user radd", lambda: b"a" + Tail())

for text in ("ab cd", " ab", "ab ", "a b", "abc", "zz", "ab\tcd\n", "AbCd", "", "  ", "ab\x0bcd", "é1", "ab c"):
    show(f"fromhex({text!r})", lambda: bytes.fromhex(text))
show("bytearray.fromhex", lambda: bytearray.fromhex("01 ff"))
show("fromhex(bytes)", lambda: bytes.fromhex(b"ab"))
class B(bytes):
    pass
show("subclass fromhex", lambda: type(B.fromhex("00")).__name__)
