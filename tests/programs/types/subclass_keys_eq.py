# Dict and set lookups call an overridden __eq__ of a str or int subclass
# key once the hashes match, whichever side (stored or looked up) it is on.
calls = []


class Name(str):
    def __eq__(self, other):
        calls.append(("Name.__eq__", str(self), other))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Loose(int):
    def __eq__(self, other):
        calls.append(("Loose.__eq__", int(self), other))
        return int(self) == other or other == "any"

    __hash__ = int.__hash__


d = {"alpha": 1, 5: "five"}
print(d[Name("alpha")], Name("alpha") in d, d.get(Name("beta")))
print(d[Loose(5)], Loose(5) in d)
stored = {Name("key"): "value", Loose(7): "seven"}
print(stored["key"], "key" in stored, stored.get(7))
s = {Name("member"), Loose(9)}
print("member" in s, 9 in s, "other" in s)


class Never(str):
    def __eq__(self, other):
        calls.append(("Never.__eq__", str(self), other))
        return False

    __hash__ = str.__hash__


n = Never("x")
table = {"x": 1}
print(n in table, table.get(n, "missing"))
table[n] = 2
print(len(table), sorted(table.values()))
print(n in {n: 0})
# Which comparisons ran (not how often: CPython's probe may revisit a slot
# and compare again, depending on the hash seed).
for c in sorted(set(calls), key=repr):
    print(c)
