# json_stdlib: the standard json module on a record-shaped document (as a
# web service or config loader uses it): dumps compact, sorted and
# indented, loads back with and without an object hook, round-trip checks.
# test-size: 2
# default-size: 220
import json
import sys

DEFAULT_SIZE = 220


def make_document(seed, records):
    out = []
    x = seed
    for i in range(records):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append({
            "id": i,
            "name": "user-%d" % (x % 9973),
            "email": "u%d@example.org" % (x % 1000),
            "score": (x % 100000) / 7.0,
            "active": x % 3 == 0,
            "tags": ["t%d" % (x % 17), "t%d" % (x % 5), "caf\u00e9"],
            "address": {"street": "%d Main St" % (x % 500), "zip": "%05d" % (x % 100000), "geo": [x % 90, -(x % 180)]},
            "notes": None if x % 4 else "line one\nline \"two\"",
        })
    return {"version": 3, "records": out}


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def main(n):
    checksum = 0
    for i in range(n):
        doc = make_document(i, 150)
        compact = json.dumps(doc)
        ordered = json.dumps(doc, sort_keys=True, separators=(",", ":"))
        pretty = json.dumps(doc, indent=2)
        if json.loads(compact) != doc or json.loads(pretty) != doc:
            raise ValueError("round trip failed for document %d" % i)
        hooked = json.loads(ordered, object_hook=lambda d: len(d))
        geo = json.loads(compact)["records"][0]["address"]["geo"]
        pts = json.dumps([Point(a, b) for a, b in zip(range(50), range(50, 100))], default=lambda p: [p.x, p.y])
        checksum = (checksum * 31 + len(compact) + 3 * len(ordered) + 7 * len(pretty) + hooked + sum(geo) + len(pts)) % 1000000007
    print(compact[:70])
    print("documents=%d checksum=%d" % (n, checksum))


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
