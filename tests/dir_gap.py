# Report (not a differential program): names in dir(T) under python3 that
# are missing under tern, for each builtin type.
#
#   python3 tests/dir_gap.py [path/to/tern]     # report, per type and total
#   tern tests/dir_gap.py dump                   # what the report runs
#
# The tern binary defaults to $TERN_BIN, then target/debug/tern.
import sys

TYPES = [
    ("int", int), ("bool", bool), ("float", float), ("complex", complex),
    ("str", str), ("bytes", bytes), ("bytearray", bytearray),
    ("list", list), ("tuple", tuple), ("dict", dict), ("set", set),
    ("frozenset", frozenset), ("range", range), ("slice", slice),
    ("object", object), ("type", type),
    ("dict_keys", type({}.keys())), ("dict_values", type({}.values())),
    ("dict_items", type({}.items())), ("memoryview", memoryview),
]


def dump():
    for name, t in TYPES:
        for attr in dir(t):
            print(name, attr)


def report(tern):
    import os
    import subprocess
    out = subprocess.run([tern, os.path.abspath(__file__), "dump"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr)
        sys.exit("tern failed")
    have = set()
    for line in out.stdout.splitlines():
        parts = line.split(" ")
        if len(parts) == 2:
            have.add((parts[0], parts[1]))
    total = 0
    for name, t in TYPES:
        missing = [a for a in dir(t) if (name, a) not in have]
        total += len(missing)
        print(f"{name} ({len(missing)} missing): {' '.join(missing)}")
    print(f"total missing: {total}")


if __name__ == "__main__":
    if sys.argv[1:] == ["dump"]:
        dump()
    else:
        import os
        default = os.environ.get("TERN_BIN", "target/debug/tern")
        report(sys.argv[1] if len(sys.argv) > 1 else default)
