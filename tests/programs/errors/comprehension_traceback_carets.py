# Tracebacks through comprehensions underline the comprehension in the
# calling frame and the failing expression inside it.
import traceback


def show(f, *args):
    try:
        f(*args)
    except Exception:
        text = traceback.format_exc()
        print("\n".join(line for line in text.splitlines() if not line.startswith("  File")))


def lists(items):
    return [1 / i for i in items]


def dicts(d):
    return {k: d[k] + 1 for k in ["a", "b"]}


def sets(items):
    return {len(x) for x in items}


def gens(items):
    return sum(int(x) for x in items)


def nested(rows):
    return [[1 // c for c in row] for row in rows]


show(lists, [1, 0])
show(dicts, {"a": 1})
show(sets, ["ab", 3])
show(gens, ["1", "x"])
show(nested, [[1], [0]])


def unbound():
    print(value)
    value = 1


show(unbound)
