import abc, collections.abc as cabc
class A:
    def m(self): pass
a, x = A(), []
print(a.m == a.m, x.append == x.append, a.m == A().m, [].append == [].append, a.m != a.m, a.m in [a.m], {a.m: 1}[a.m])
print(hash(a.m) == hash(a.m), (5).__add__ == (5).__add__, len == len)
print((lambda: 0).__call__(), len.__call__([1]), a.m.__call__(), isinstance(lambda: 0, cabc.Callable), isinstance(len, cabc.Callable), isinstance([].append, cabc.Callable))
print(staticmethod(len)([1, 2]), callable(staticmethod(len)))
class B(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
    @staticmethod
    @abc.abstractmethod
    def s(): ...
    @classmethod
    @abc.abstractmethod
    def c(cls): ...
try: B()
except TypeError as e: print(e)
print(B.__abstractmethods__ == {'p', 's', 'c'}, property(lambda s: 1).__isabstractmethod__)
import types
import contextlib


class Box:
    pass


b = Box()
m = types.MethodType(lambda self, x: (type(self).__name__, x + 1), b)
print(m(1), m.__self__ is b, type(m).__name__, m == types.MethodType(m.__func__, b))
for bad in (lambda: types.MethodType(1, 2), lambda: types.MethodType(len), lambda: types.MethodType(len, None),
            lambda: types.MethodType(len, 1, 2), lambda: types.MethodType(func=len, instance=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class CM:
    def __enter__(self):
        print("enter")
        return "value"

    def __exit__(self, *exc):
        print("exit", exc[0])


with contextlib.ExitStack() as stack:
    print(stack.enter_context(CM()))
    stack.callback(print, "callback ran")


# Handlers registered and removed by bound-method equality.
class Emitter:
    def __init__(self):
        self.handlers = []

    def on(self, h):
        self.handlers.append(h)

    def off(self, h):
        self.handlers.remove(h)


class Listener:
    def __init__(self, name):
        self.name = name

    def handle(self):
        return self.name


e, l1, l2 = Emitter(), Listener("a"), Listener("b")
e.on(l1.handle)
e.on(l2.handle)
e.off(l1.handle)
print([h() for h in e.handlers], l1.handle in e.handlers, {l2.handle: 1}.get(l2.handle))
