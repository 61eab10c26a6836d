# Builtin functions and methods pickle by reference (len as builtins.len,
# methods as getattr(owner, name)), so Enum members and partials of
# builtins pickle too; so do type(None), Ellipsis and NotImplemented.
import pickle, enum, functools, collections, datetime, decimal, fractions
class Color(enum.Enum):
    RED = 1
def t(x):
    try:
        b = pickle.dumps(x)
        y = pickle.loads(b)
        print(repr(y)[:60], y == x or y is x)
    except Exception as e:
        print("ERR", type(e).__name__, e)
for x in [len, Color.RED, Color, functools.partial(pow, 2), collections.OrderedDict(a=1), collections.Counter("ab"),
          datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4), decimal.Decimal("1.5"), fractions.Fraction(1, 3),
          collections.namedtuple("P", "x y")(1, 2) if False else None, range(3), slice(1, 2), complex(1, 2), {1, 2}, frozenset(), 
          type(None), Ellipsis, NotImplemented, int, str.upper, max, print, collections.deque([1])]:
    t(x)
bound = [3, 1, 2].sort
print(pickle.loads(pickle.dumps(bound)).__name__)
print(len.__reduce__(), str.upper.__reduce__()[1], len.__module__, [].append.__module__, type.__module__)
print(pickle.loads(pickle.dumps(functools.partial(max, 3)))(1, 2))
