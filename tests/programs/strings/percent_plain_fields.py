# %-formatting: plain %s and %d fields (copied straight into the text)
# next to fields with widths, flags and precisions, mappings, and the
# errors for arguments left over or missing.


class Named:
    def __str__(self):
        return "named"

    def __repr__(self):
        return "Named()"


class Tag(str):
    def __str__(self):
        return "tag!"


for v in [0, 7, -7, 2**63 - 1, -(2**63), 2**64, True, False, 3.99, -0.5]:
    print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d" % (v, v, v, v, v, v, v, v, v))
for v in ["abc", "", "é✓", Named(), Tag("x"), None, 12, 1.5, [1, 2], (3,), {"k": 1}, b"by"]:
    print("[%s] [%r] [%8s] [%-8s|] [%.2s] [%a]" % (v, v, v, v, v, v))
print("%s and %s" % ("one", "two"), "%s%%" % 50, "%%s")
print("%(a)s-%(b)d-%(a)r" % {"a": "x", "b": 4})
print("%s" % [1, 2], "%s" % {"k": 1}, "plain" % (), "plain" % {"k": 1}, "plain" % [])
for fmt, args in [("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", ("x",)), ("%(k)s", ("x",)), ("%d", None),
                  ("%s %d", ("a", 1.5)), ("%y", (1,)), ("%", ()), ("plain", 5), ("plain", "s")]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s|%d|%5b" % (b"x", 3, b"y"))
rows = ["%3d: %s=%d" % (i, "k" * (i % 3), i * i) for i in range(-2, 12)]
print(rows)
