# len, abs, min/max, sum, sorted, reversed, any, all, round, divmod, pow, chr/ord, hex/oct/bin, callable.
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(""))
class L:
    def __len__(self): return 7
print(len(L()))
print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 70), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1, 2], [1, 3]))
print(min([], default=0), max((), default="none"), min([3, 1], key=lambda x: -x), max(["aa", "b"], key=len))
print(max([1, 5, 5, 2], key=lambda x: x % 5), min([(1, "b"), (1, "a")]), max(1, 2.5), min(0, -0.0), max(-0.0, 0))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    min([], key=len)
except ValueError as e:
    print("ValueError:", e)
print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum(range(5), 100), sum([[1], [2]], []), sum((x for x in (1, 2)), start=1))
print(sorted([3, 1, 2]), sorted("hello"), sorted({3: 1, 1: 2}), sorted([1, 2, 3], key=lambda x: -x), sorted([], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed(range(3))), "".join(reversed("abc")), type(reversed([])).__name__)
print(any([]), any([0, None, ""]), any([0, 1]), all([]), all([1, "a"]), all([1, 0]), any(x > 2 for x in range(5)))
print(round(1.5), round(2.5), round(-1.5), round(1.23456, 2), round(1.5, None), round(123.456, -1), round(7), round(-7.5))
print(divmod(10, 3), divmod(-10, 3), divmod(10.5, 3), pow(2, 8), pow(2, 8, 10), pow(2.0, 3), pow(10, -2), pow(4, 0.5))
print(chr(65), chr(0x1F600), ord("a"), ord("😀"), ord("\n"), chr(10) == "\n")
print(hex(255), hex(-1), oct(64), bin(5), bin(-5), hex(0), oct(0), bin(0))
print(callable(len), callable(lambda: 0), callable(5), callable(int), callable("s".upper), callable(None))
print(isinstance(5, int), isinstance(5, (str, int)), isinstance(True, int), isinstance(5, float), isinstance([], (tuple, (list,))))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(KeyError, LookupError))
print(type(5), type("s"), type([]), type(None), type(type), type(print), type(1.5), type(2 ** 100), type(()))
print(int, str, float, list, dict, set, frozenset, tuple, bool, bytes, object, type, range, slice, Exception)
print(repr("x"), repr(5), repr([1, "2"]), repr(None), ascii("é"), repr(1.0), str(1.0), str("s"), repr(repr("q")))
print(bool(), bool(0), bool(1), bool("x"), int(), float(), str(), list(), tuple(), dict(), set())
print(float(5), float("1.5"), float("-inf"), str(5), str([1]), int("42"), int(3.7), int("101", 2), int("z", 36))
print(hash(5) == hash(5.0), hash(1), hash(0), hash(-1), hash(True), hash(None) == hash(None), hash((1, 2)) == hash((1, 2)))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash(1.5), hash(-3))
print(id(print) == id(print), id([]) is not None, type(id(1)).__name__)
a = []
b = a
print(id(a) == id(b), id(a) == id([]) if False else True)
print(format(3.14159, ".2f"), format(42, "05d"), format("x", "^5"), format(255, "x"))
print(list(map(abs, [-1, 2, -3])), list(zip("ab", [1, 2], (True, False))), list(enumerate("xy", 1)), list(filter(None, [0, 1, 2])))
print(slice(1, 2), range(3), iter([]).__class__.__name__, next(iter([7])))
print(dir(None) == dir(type(None)), "append" in dir([]), "__len__" in dir("s"))
print(vars(type("T", (), {"x": 1}))["x"], ord(max("hello")), chr(ord("a") + 1))
