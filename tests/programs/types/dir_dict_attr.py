# dir() lists __dict__ only for objects that have an instance dict.
class A:
    pass


class S:
    __slots__ = ('x',)


class E(Exception):
    pass


def f():
    pass


def g():
    yield 1


objs = [A(), S(), Exception(), E(), 3, 2.5, f, object(), [], {}, property(), staticmethod(f), iter([]), range(3), g(), len, A, E, type, S, int, type(None), Exception]
print([('__dict__' in dir(o)) for o in objs])
print([hasattr(o, '__dict__') for o in objs])
