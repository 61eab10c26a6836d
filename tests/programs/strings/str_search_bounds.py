# str searching with start/end past the end, negative and None bounds,
# and bad bound types; isidentifier over Unicode identifier classes.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r))

s = "abcab"
class Two:
    def __index__(self):
        return 2
    def __repr__(self):
        return "Two()"
for name in ("find", "rfind", "count", "index", "rindex", "startswith", "endswith"):
    for sub in ("", "ab", "b", "zz", "é"):
        for bounds in ((), (4,), (5,), (6,), (100,), (-1,), (-100,), (2, 1), (5, 5), (None, 3), (1, None), (Two(),)):
            show(f"{name}({sub!r}, {bounds})", lambda: getattr(s, name)(sub, *bounds))
    show(f"{name} bad start", lambda: getattr(s, name)("a", "x"))
    show(f"{name} bad end", lambda: getattr(s, name)("a", 0, 1.5))
u = "ßéa€b"
for sub in ("", "a", "€b", "é"):
    for bounds in ((), (2,), (5,), (6,), (-2,), (1, 3)):
        show(f"unicode find({sub!r}, {bounds})", lambda: (u.find(sub, *bounds), u.rfind(sub, *bounds), u.count(sub, *bounds)))
show("list.index bad start", lambda: [1, 2].index(2, "x"))
show("list.index None", lambda: [1, 2].index(2, None))
show("tuple.index", lambda: (1, 2, 3).index(3, -1))

for word in ("abc", "_x", "x1", "1x", "", "a b", "a\u00b7", "\u00b7a", "\u2118x", "\u212e", "x\u0300", "\u0300x",
             "\u2160", "\u00aa", "\u309b", "\u00b2", "x\u00b2", "\u0660", "a\u0660", "\uff3f", "a\u200c", "\u1885"):
    print(repr(word), word.isidentifier())
print(hash("") == 0, hash(b"") == 0, hash("a") == hash(b"a"))
