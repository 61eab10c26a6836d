# bytes and bytearray searching, splitting and replacing: int needles,
# start/end as slice bounds, keyword arguments, counts, and the errors.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r))

for kind in (bytes, bytearray):
    data = kind(b"abcabcab")
    print("==", kind.__name__)
    for name in ("find", "rfind", "count", "index", "rindex"):
        for label, needle in (("ab", b"ab"), ("98", 98), ("empty", b""), ("zz", b"zz"), ("mv", memoryview(b"ca")),
                              ("ba", bytearray(b"c"))):
            for bounds in ((), (1,), (2, 6), (-3,), (None, -2), (9,), (8,), (5, 2), (-100, 100)):
                show(f"{name} {label} {bounds}", lambda: getattr(data, name)(needle, *bounds))
    for needle in ("a", 3.0, 256, -1, [97], 2**70):
        show(f"find({needle!r})", lambda: data.find(needle))
    show("find bad start", lambda: data.find(b"a", "x"))
    show("count kw", lambda: data.count(b"a", start=1))
    show("bound count kw", lambda: getattr(data, "count")(b"a", start=1))
    for pre in (b"ab", (b"x", b"abc"), b"", bytearray(b"a"), "ab", [b"a"], (b"a", "b")):
        for bounds in ((), (1,), (3, 5), (9,), (8,), (-2,)):
            show(f"startswith({pre!r}, {bounds})", lambda: data.startswith(pre, *bounds))
            show(f"endswith({pre!r}, {bounds})", lambda: data.endswith(pre, *bounds))

    text = kind(b"  one two\tthree\x0bfour\x0c five  ")
    for args, kw in [((), {}), ((None,), {}), ((None, 1), {}), ((), {"maxsplit": 2}), ((None, 0), {}),
                     ((b" ",), {}), ((b"o",), {"maxsplit": 1}), ((), {"sep": b"e"}), ((b"",), {}), (("o",), {}),
                     ((b"o", "x"), {}), ((), {"bogus": 1})]:
        show(f"split{args}{kw}", lambda: text.split(*args, **kw))
        show(f"rsplit{args}{kw}", lambda: text.rsplit(*args, **kw))
    show("split empty", lambda: kind(b"").split())
    show("split empty sep", lambda: kind(b"").split(b","))
    show("rsplit one", lambda: kind(b"a,b,,c,").rsplit(b",", 2))

    for sep in (b"b", b"ca", b"zz", b"", "b", bytearray(b"a")):
        show(f"partition({sep!r})", lambda: data.partition(sep))
        show(f"rpartition({sep!r})", lambda: data.rpartition(sep))

    for args in ((b"ab", b"X"), (b"ab", b"X", 1), (b"ab", b"", 2), (b"", b"-"), (b"", b"-", 3), (b"", b"-", 0),
                 (b"ab", b"X", -1), (b"zz", b"y"), (b"a", "b"), (b"a", b"b", "1")):
        show(f"replace{args}", lambda: data.replace(*args))
    show("replace memoryview", lambda: data.replace(memoryview(b"c"), bytearray(b"C")))

    show("center", lambda: kind(b"ab").center(6, b"*"))
    show("center str fill", lambda: kind(b"ab").center(6, "*"))
    show("ljust long fill", lambda: kind(b"ab").ljust(6, b"**"))
    show("rjust bytearray fill", lambda: kind(b"ab").rjust(5, bytearray(b"-")))
    show("join", lambda: kind(b", ").join([b"x", bytearray(b"y"), memoryview(b"z")]))
    show("join str item", lambda: kind(b", ").join([b"x", "y"]))
    show("join int item", lambda: kind(b"").join([b"x", 5]))

class Sub(bytes):
    pass

s = Sub(b"a-b-c")
for r in (s.split(b"-"), s.partition(b"-"), [s.replace(b"-", b"+")]):
    print([type(x).__name__ for x in r], r)
print(b"" in b"abc", 98 in b"abc", b"bc" in bytearray(b"abc"), memoryview(b"ab") in b"cab", b"ac" in b"abc")
for item in (300, -1, "a", 1.0):
    show(f"{item!r} in bytes", lambda: item in b"abc")
