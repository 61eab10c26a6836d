# pprint: pformat/pprint of nested containers at several widths, depths
# and options (sort_dicts, compact, indent, underscore_numbers), saferepr,
# recursion, isreadable/isrecursive, dataclasses and long strings/bytes.
# Known failure only because `import io` needs `_io` (being written on the io
# branch): with a stand-in `_io` this passes; move it to tests/programs/stdlib/.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field

data = {
    "name": "tern",
    "numbers": list(range(30)),
    "nested": {"a": [1, 2, {"b": (3, 4, [5, 6, {"c": "deep" * 5}])}], "z": None, "m": {1, 2, 3}},
    "tuple": tuple("abcdefghij"),
    "empty": [[], {}, (), set(), frozenset()],
    "float": [0.1, 1e100, -2.5, float("inf")],
    "text": "the quick brown fox jumps over the lazy dog " * 3,
    "bytes": b"0123456789" * 10,
    "frozen": frozenset({5, 1, 3}),
}
pprint.pprint(data)
for width in (20, 40, 60, 120):
    print(f"--- width {width}")
    print(pprint.pformat(data, width=width, sort_dicts=(width != 60)))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data["numbers"], compact=True, width=30))
print(pprint.pformat(data["nested"], indent=4, width=30))
print(pprint.pformat({"big": 12345678901234567890, "n": [10**6, 2**40]}, underscore_numbers=True))
print(pprint.pformat([[1, 2, [3, 4, [5, [6, [7]]]]]], depth=3))

rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
print(pprint.pformat(rec).split(" with id=")[0], pprint.pformat(d).split(" with id=")[0], pprint.saferepr(rec)[:30])
print(pprint.isreadable(data), pprint.isreadable(rec), pprint.isrecursive(rec), pprint.isrecursive(data))
print(pprint.saferepr({"b": 1, "a": [2, 3]}), pprint.saferepr("x" * 5))

print(pprint.pformat(OrderedDict([("z", 1), ("a", list(range(20)))]), width=40))
print(pprint.pformat(defaultdict(list, {"k": list(range(25))}), width=50))
print(pprint.pformat(Counter("abracadabra" * 3), width=30))
print(pprint.pformat(deque(range(30), maxlen=40), width=40))
print(pprint.pformat(ChainMap({"a": 1}, {"b": list(range(20))}), width=40))


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


tree = Node("root", [Node("left", [Node("leaf" * 4)], {"k": list(range(12))}), Node("right")])
pprint.pprint(tree, width=50)
print(pprint.pformat(tree, width=200))

pp = pprint.PrettyPrinter(indent=2, width=50, depth=3, compact=True)
pp.pprint(data["nested"])
print(pp.pformat([list(range(40))]))
long_list = [{"id": i, "tags": ["t%d" % j for j in range(i % 4)]} for i in range(8)]
pprint.pprint(long_list)
pprint.pprint(["a" * 30, "b" * 30, "c" * 30], width=40)
pprint.pprint("a long string that needs wrapping because it is longer than the width " * 2, width=30)
pprint.pprint(b"bytes that need wrapping as well, quite long indeed" * 2, width=30)
pprint.pprint(bytearray(b"xyz" * 30), width=40)
pprint.pp({"b": 2, "a": 1})
pprint.pprint({3: "c", 1: "a", 2: "b", -1: "z"}, width=10)
pprint.pprint({(1, 2): "t", (0, 5): "u"}, width=10)
pprint.pprint({1: "a", "b": 2, None: 3, 2.5: 4}, width=10)
