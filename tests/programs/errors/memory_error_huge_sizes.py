# Sizes no machine can hold raise MemoryError (never a crash); empty
# sequences repeated any number of times stay empty at once.
def show(label, f):
    try:
        r = len(f())
    except MemoryError as e:
        r = f"MemoryError {e.args!r}"
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r)


show("list", lambda: [1] * (2**62))
show("list2", lambda: [1, 2] * (2**61))
show("rmul", lambda: (2**62) * [None])
show("tuple", lambda: (1,) * (2**62))
show("str", lambda: "ab" * (2**61))
show("bytes", lambda: b"ab" * (2**61))
show("bytearray", lambda: bytearray(b"ab") * (2**61))
show("bytes(n)", lambda: bytes(2**62))
show("bytearray(n)", lambda: bytearray(2**62))
show("center", lambda: "a".center(2**62))
show("ljust", lambda: "a".ljust(2**62, "*"))
show("zfill", lambda: "1".zfill(2**62))
show("zfill str", lambda: "1".zfill("3"))


def imul(seq):
    seq *= 2**62
    return seq


show("list imul", lambda: imul([1]))
show("bytearray imul", lambda: imul(bytearray(b"x")))
for empty in ([], (), "", b"", bytearray()):
    show(f"empty {type(empty).__name__}", lambda: empty * (2**62))
show("empty list imul", lambda: imul([]))
show("index overflow", lambda: [1] * (2**63))
show("str overflow", lambda: "a" * (2**64))
