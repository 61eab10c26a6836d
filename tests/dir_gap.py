# Report (not a differential program): names in dir(T) under python3 that
# are missing under tern, for each builtin type; with --dict, the keys of
# T.__dict__ (the names T defines itself), missing and extra under tern.
#
#   python3 tests/dir_gap.py [--dict] [path/to/tern]  # report per type, total
#   tern tests/dir_gap.py dump|dumpdict               # what the report runs
#
# The tern binary defaults to $TERN_BIN, then target/debug/tern.
import collections
import sys

TYPES = [
    ("int", int), ("bool", bool), ("float", float), ("complex", complex),
    ("str", str), ("bytes", bytes), ("bytearray", bytearray),
    ("list", list), ("tuple", tuple), ("dict", dict), ("set", set),
    ("frozenset", frozenset), ("range", range), ("slice", slice),
    ("object", object), ("type", type),
    ("dict_keys", type({}.keys())), ("dict_values", type({}.values())),
    ("dict_items", type({}.items())), ("memoryview", memoryview),
    ("deque", collections.deque),
]


def names(t, own):
    return sorted(t.__dict__) if own else dir(t)


def dump(own):
    for name, t in TYPES:
        for attr in names(t, own):
            print(name, attr)


def report(tern, own):
    import os
    import subprocess
    mode = "dumpdict" if own else "dump"
    out = subprocess.run([tern, os.path.abspath(__file__), mode],
                         capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr)
        sys.exit("tern failed")
    have = set()
    for line in out.stdout.splitlines():
        parts = line.split(" ")
        if len(parts) == 2:
            have.add((parts[0], parts[1]))
    total = extra_total = 0
    for name, t in TYPES:
        expected = names(t, own)
        missing = [a for a in expected if (name, a) not in have]
        extra = sorted(a for n, a in have if n == name and a not in expected)
        total += len(missing)
        extra_total += len(extra)
        line = f"{name} ({len(missing)} missing): {' '.join(missing)}"
        if own:
            line += f"\n    ({len(extra)} extra): {' '.join(extra)}"
        print(line)
    print(f"total missing: {total}")
    if own:
        print(f"total extra: {extra_total}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args in (["dump"], ["dumpdict"]):
        dump(args == ["dumpdict"])
    else:
        import os
        own = "--dict" in args
        args = [a for a in args if a != "--dict"]
        default = os.environ.get("TERN_BIN", "target/debug/tern")
        report(args[0] if args else default, own)
