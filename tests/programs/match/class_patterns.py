# match: class patterns with positional (__match_args__) and keyword sub-patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point():
            return f"point {shape.x},{shape.y}"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(_, r):
            return f"circle r={r}"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(w=w, h=h):
            return f"rect {w}x{h}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"string {s}"
        case list([int(), *_]):
            return "list starting with int"
        case dict({"k": v}):
            return f"dict with k={v}"
        case bool(b):
            return "unreachable: bool is an int"
        case _:
            return "unknown"

shapes = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 1),
          Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), Rect(3, 3), Rect(2, 5), 7, 2.5, "s",
          [1, "a"], ["a"], {"k": 9}, True, None]
for s in shapes:
    print(type(s).__name__, "->", describe(s))

try:
    match Rect(1, 2):
        case Rect(1, 2):
            print("never")
except TypeError as e:
    print("TypeError:", e)

class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(x, y):
            print("never")
except TypeError as e:
    print("TypeError:", e)

from_obj = None
match Point(4, 5):
    case Point(x=4) as p:
        from_obj = p.y
print(from_obj)
