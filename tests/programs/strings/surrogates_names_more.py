# More names with lone surrogates: __getattr__, object.__setattr__,
# super(), **kwargs keys and their TypeError, namespaces, module dicts.
class G:
    def __getattr__(self, name):
        return 'ga:' + ascii(name)
g = G()
print(getattr(g, '\ud800'))
class O: pass
o = O()
object.__setattr__(o, '\udc00', 5)
print(object.__getattribute__(o, '\udc00'), o.__getattribute__('\udc00'))
object.__delattr__(o, '\udc00')
print(ascii(vars(o)))
try:
    class S:
        __slots__ = ('\ud800',)
except TypeError as e:
    print(e)
class P:
    x = 1
class Q(P):
    def get(self):
        return getattr(super(), '\ud801', 'none')
print(Q().get())
setattr(P, '\ud801', 'p')
print(Q().get(), ascii(sorted(k for k in vars(P) if not k.startswith('__'))))
import types
print(ascii(repr(types.SimpleNamespace(**{'\ud802': 1}))))
def f(**kw): return sorted(kw)
print(ascii(f(**{'\ud803': 1, 'a': 2})))
try:
    f(1)
except TypeError as e:
    print(e)
def h(a): pass
try:
    h(**{'\ud804': 1})
except TypeError as e:
    print(ascii(str(e)))
d = {}
exec("x = 5", d)
d['\ud805'] = 1
print(ascii(sorted(k for k in d if k != '__builtins__')))
print(eval("x", d))
import functools
print(functools.reduce(lambda a, b: a + b, ['\ud806', 'x']) == '\ud806x')
print(hasattr(o, '\ud807'), getattr(o, '\ud807', None))
m = types.ModuleType('m')
m.__dict__['\ud808'] = 3
print(getattr(m, '\ud808'), ascii([n for n in dir(m) if not n.startswith('__')]))
