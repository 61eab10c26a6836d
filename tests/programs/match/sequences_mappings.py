# match: sequence patterns (fixed, starred, nested) and mapping patterns (with **rest).
def seq(x):
    match x:
        case []:
            return "empty"
        case [single]:
            return f"one element {single!r}"
        case [first, second]:
            return f"pair {first!r}, {second!r}"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: first {first}, {len(middle)} middle, last {last}"
        case [[a, b], [c, d]]:
            return f"2x2 matrix {a}{b}{c}{d}"
        case (a, b, c):
            return f"triple {a}, {b}, {c}"
        case _:
            return "other sequence or not a sequence"

for v in [[], [1], (2,), [1, 2], (3, 4), [0, 1, 2], [1, 2, 3, 4, 5], [[1, 2], [3, 4]], (5, 6, 7), "str", "ab", {1: 2}, range(3), [1, 2, 3, 4], 42]:
    print(repr(v), "->", seq(v))

def mapping(x):
    match x:
        case {"type": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={rest}"
        case {"type": str(t)}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1}, {"type": "circle", "r": 3, "color": "red"},
          {"type": "square"}, {"type": 5}, {}, {"a": 1}, [], "type"]:
    print(repr(v), "->", mapping(v))

def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "bad direction"
        case ["pick", "up", *items] if items:
            return f"picking up {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "nothing"
for c in ["go north", "go up", "pick up sword shield", "pick up", "quit", "exit", "dance now", ""]:
    print(repr(c), "->", command(c))

match {"k": [1, {"deep": (2, 3)}]}:
    case {"k": [1, {"deep": (a, b)}]}:
        print("deep match", a, b)
match (1, [2, 3], {"x": 4}):
    case (1, [_, *tail], {"x": 4 as four}):
        print("mixed", tail, four)
