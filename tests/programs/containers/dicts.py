# dict operations, ordering, views, methods.
d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"], d.get("four"), d.get("four", 4), "one" in d, 1 in d)
d["four"] = 4
d["one"] = 11
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["two"]
d["two"] = 2  # re-inserted at end
print(d)
print(d.pop("three"), d.pop("missing", "default"), d)
print(d.setdefault("five", 5), d.setdefault("one", 100), d)
d.update({"six": 6}, seven=7)
d.update([("eight", 8)])
print(d)
print(d.popitem(), d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])), dict({"k": "v"}, k2="v2"))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0))
keys = d.keys()
d["new"] = 0
print(keys, len(keys), "new" in keys)
print(d.items() | {("z", 1)} == set(d.items()) | {("z", 1)}, keys & {"one", "zzz"}, keys - {"one"} == set(d) - {"one"})
e = {1: "a", 2: "b"}
f = e.copy()
f[3] = "c"
print(e, f, e == f, e == {2: "b", 1: "a"})
print({**e, **{3: "x"}}, e | {3: "z"}, {1: 1} | {1: 2})
e |= {9: "nine"}
print(e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"b": {"c": [1, 2, {"d": None}]}}}
print(nested, nested["a"]["b"]["c"][2]["d"])
print({1: 1, 1.0: 2, True: 3})  # equal keys merge, first key object kept
print({(1, 2): "tuple key", None: "none key", 2.5: "float key", -1: "neg", 10**20: "big"})
for k, v in {"x": 1, "y": 2}.items():
    print(k, v, end="; ")
print()
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())))
sd = dict(sorted({"b": 2, "c": 3, "a": 1}.items()))
print(sd, max(sd), min(sd.values()), sum(sd.values()))
try:
    d = {"a": 1}
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
rec = {}
rec["self"] = rec
print(rec)
print({}.get(1), dict(), type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(repr({"q": "it's", "n": 1.5, "l": [1], "t": (2,)}))
big = {i: i * i for i in range(100)}
for i in range(0, 100, 3):
    del big[i]
print(len(big), list(big)[:10], sum(big.values()))
for i in range(0, 100, 3):
    big[i] = -i
print(list(big)[-5:], big[99])
print({1: 2}.values() == {1: 2}.values(), {"a": 1}.keys() == {"a"}, list({"a": 1}.values()))
