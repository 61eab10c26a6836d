# match: literal patterns, capture, wildcard, value (dotted) patterns, or-patterns, guards, as.
class Color:
    RED = "red"
    GREEN = "green"

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True (identity match)"
        case None:
            return "None"
        case Color.RED:
            return "red via value pattern"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case int(n) if n < 0:
            return f"negative {n}"
        case (int() | float()) as num:
            return f"number {num}"
        case _:
            return f"other {x!r}"

for v in [0, 1, 3, -1, 1.5, "hello", b"bytes", True, False, None, "red", "green", "longer string", -7, 42, 2.5, [1], "hi", 1.0, 0.0]:
    print(repr(v), "->", describe(v))

def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as redirect:
            return f"redirect {redirect}"
        case 404:
            return "not found"
        case code if 500 <= code < 600:
            return f"server error {code}"
        case unknown:
            return f"unknown {unknown}"
for s in (200, 204, 302, 404, 503, 999):
    print(s, http(s))

x = "outer"
match 5:
    case x:
        pass
print("capture binds in the enclosing scope:", x)
match "no match":
    case "something":
        print("never")
print("no case matched, no error")
