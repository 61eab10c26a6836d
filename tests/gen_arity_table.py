# Writes crates/tern_vm/src/methods/arity_table.rs: how many positional
# arguments each method of the builtin types (and each function of
# `builtins`) takes, and the TypeError CPython raises otherwise. It is
# learned by calling each method under CPython with 0..8 zero arguments
# and keeping the calls that fail with an argument-count message. Run with
# CPython 3.11 from the workspace root:
#
#   python3 tests/gen_arity_table.py
import builtins
import collections
import re
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"


class K:
    pass


SAMPLES = {
    int: lambda: 5,
    bool: lambda: True,
    float: lambda: 1.5,
    complex: lambda: 1j,
    str: lambda: "ab",
    bytes: lambda: b"ab",
    bytearray: lambda: bytearray(b"ab"),
    list: lambda: [1],
    tuple: lambda: (1,),
    dict: lambda: {1: 2},
    set: lambda: {1},
    frozenset: lambda: frozenset({1}),
    range: lambda: range(3),
    slice: lambda: slice(1),
    object: lambda: object(),
    type: lambda: K,
    type({}.keys()): lambda: {1: 2}.keys(),
    type({}.values()): lambda: {1: 2}.values(),
    type({}.items()): lambda: {1: 2}.items(),
    type(None): lambda: None,
    collections.deque: lambda: collections.deque([1]),
}
# Methods whose argument rules depend on more than a count.
SKIP = {"__init__", "__new__", "__init_subclass__", "__subclasshook__", "__getattribute__", "__setattr__", "__delattr__"}
SKIP_BUILTINS = {"input", "breakpoint", "help", "exit", "quit", "print", "exec", "eval", "compile", "open", "__import__",
                 "__build_class__", "iter", "next", "vars", "locals", "globals", "dir", "copyright", "credits", "license",
                 "getattr", "setattr", "delattr", "min", "max", "range"}

# Argument-count messages; group `n` is the count given.
COUNT_MESSAGES = [
    r"takes no arguments \((?P<n>\d+) given\)",
    r"takes exactly one argument \((?P<n>\d+) given\)",
    r"expected \d+ arguments?, got (?P<n>\d+)",
    r"expected at most \d+ arguments?, got (?P<n>\d+)",
    r"expected at least \d+ arguments?, got (?P<n>\d+)",
    r"takes at most \d+ (positional )?arguments? \((?P<n>\d+) given\)",
    r"takes at least \d+ (positional )?arguments? \((?P<n>\d+) given\)",
    r"takes exactly \d+ (positional )?arguments? \((?P<n>\d+) given\)",
    r"missing required argument '\w+' \(pos \d+\)",
    r"takes (\d+|no) positional arguments? but (?P<n>\d+) (was|were) given",
]


def count_error(f, n, kw=None):
    """The argument-count message of `f(*[0]*n)`, as a template with {n}
    for the count, or None when the call gets past the count check."""
    try:
        f(*([0] * n), **(kw or {}))
    except TypeError as e:
        msg = str(e)
        for pat in COUNT_MESSAGES:
            m = re.search(pat, msg)
            if m:
                if "n" in m.groupdict() and m.group("n") is not None:
                    return msg[: m.start("n")] + "{n}" + msg[m.end("n") :]
                return msg
        return None
    except Exception:
        return None
    return None


def arity(get):
    """(min, max, few messages, many template) or None."""
    errs = [count_error(get(), n) for n in range(9)]
    ok = [n for n in range(9) if errs[n] is None]
    if not ok or 8 in ok:
        return None
    lo, hi = ok[0], ok[-1]
    if any(errs[n] is not None for n in range(lo, hi + 1)):
        return None
    many = errs[hi + 1]
    if any(errs[n] != many for n in range(hi + 1, 9)):
        return None
    few = [errs[n] for n in range(lo)]
    return lo, hi, few, many


def no_kw(get, lo):
    try:
        get()(*([0] * lo), zzz=1)
    except TypeError as e:
        if str(e).endswith("takes no keyword arguments"):
            return str(e)
    except Exception:
        pass
    return None


rows = []
for t, make in SAMPLES.items():
    for name in sorted(vars(t)):
        d = vars(t)[name]
        kind = type(d).__name__
        if name in SKIP or kind not in ("method_descriptor", "wrapper_descriptor", "classmethod_descriptor"):
            continue
        get = (lambda: getattr(t, name)) if kind == "classmethod_descriptor" else (lambda: getattr(make(), name))
        a = arity(get)
        if a:
            # CPython names the receiver's type (the class itself for a
            # class method): "{t}" stands for it.
            lo, hi, few, many = a
            sample = make()
            prefixes = (t.__name__ + ".", (sample if isinstance(sample, type) else type(sample)).__name__ + ".")
            own = lambda m: None if m is None else next(("{t}." + m[len(p):] for p in prefixes if m.startswith(p)), m)
            rows.append((t.__name__, name, True, lo, hi, [own(m) for m in few], own(many), own(no_kw(get, lo))))
for name in sorted(vars(builtins)):
    f = vars(builtins)[name]
    if name in SKIP_BUILTINS or type(f).__name__ != "builtin_function_or_method":
        continue
    get = lambda: f
    a = arity(get)
    if a:
        rows.append(("builtins", name, False) + a + (no_kw(get, a[0]),))


def lit(s):
    return "None" if s is None else '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


out = [
    "//! How many positional arguments each method of the builtin types (and",
    "//! each function of `builtins`) takes, and the TypeError CPython 3.11",
    "//! raises otherwise (`{n}` the count given, `{t}` the receiver's type);",
    "//! generated by `tests/gen_arity_table.py`, do not edit.",
    "",
    "use super::arity::Arity;",
    "",
    "/// Sorted by (owner, name); the owner of a builtin function is `builtins`.",
    "pub const ARITIES: &[(&str, &str, Arity)] = &[",
]
rows.sort(key=lambda r: (r[0], r[1]))
for owner, name, is_method, lo, hi, few, many, kw in rows:
    few_lit = "&[" + ", ".join(lit(m) for m in few) + "]"
    out.append(f'    ("{owner}", "{name}", Arity {{ min: {lo}, max: {hi}, few: {few_lit}, many: {lit(many)}, no_kw: {"None" if kw is None else "Some(" + lit(kw) + ")"} }}),')
out.append("];")
with open("crates/tern_vm/src/methods/arity_table.rs", "w") as fh:
    fh.write("\n".join(out) + "\n")
print(f"{len(rows)} arities")
