# `x in s` for strs: the substring member, and what must leave it.

def count_in(items, hay):
    n = 0
    for x in items:
        if x in hay:
            n += 1
    return n


ws = " \t\n\r"
print(count_in(list("a b\tc\nd") * 40, ws))
print(count_in(["", "lo", "hel", "xyz", "é", "ü", "llo w"] * 30, "hello wörld é"))


class Loose(str):
    def __contains__(self, item):
        return True


print(count_in(["q", "z"] * 40, Loose("abc")))


class Sub(str):
    pass


print(count_in(["a", "bc", Sub("c"), "zz"] * 20, Sub("abc")))

# A non-str item at a warmed-up site.
def test(x, s):
    return x in s, x not in s


for _ in range(60):
    test("a", "abc")
for bad in (1, None, b"a", ["a"]):
    try:
        test(bad, "abc")
    except TypeError as e:
        print("TypeError:", e)

# The container changes kind at the same site.
for hay in ("abc", ["a", "b"], {"a": 1}, ("b",), {"c"}, b"abc"):
    try:
        print(test("a" if not isinstance(hay, bytes) else b"a", hay))
    except TypeError as e:
        print("TypeError:", e)
