# Lone surrogates in attribute names: setattr/getattr/hasattr/delattr,
# __dict__, vars, dir, AttributeError messages, class names.
class C:
    pass

o = C()
setattr(o, '\ud800', 1)
print(getattr(o, '\ud800'))
print(hasattr(o, '\ud800'), hasattr(o, '\U000f0000'))
print(ascii(o.__dict__))
print(ascii(vars(o)))
print(ascii([n for n in dir(o) if not n.startswith('__')]))
setattr(o, '\U000f0000', 2)
print(ascii(o.__dict__))
print(getattr(o, '\ud800'), getattr(o, '\U000f0000'))
delattr(o, '\ud800')
print(ascii(o.__dict__))
try:
    getattr(o, '\ud800')
except AttributeError as e:
    print(ascii(str(e)), ascii(e.name))
try:
    delattr(o, '\udc80x')
except AttributeError as e:
    print(ascii(str(e)))
print(getattr(o, '\ud800', 'dflt'))
setattr(C, '\udfff', 'cls')
print(getattr(o, '\udfff'), getattr(C, '\udfff'))
try:
    getattr(C, '\udc00')
except AttributeError as e:
    print(ascii(str(e)))
o.__dict__['\udc01'] = 5
print(getattr(o, '\udc01'))
import types
ns = types.SimpleNamespace(**{'\ud801': 3})
print(ascii(ns))
print(getattr(ns, '\ud801'))
def f(**kw):
    return kw
print(ascii(f(**{'\ud802': 1})))
m = types.ModuleType('m')
setattr(m, '\ud803', 4)
print(getattr(m, '\ud803'))
try:
    getattr(m, '\ud804')
except AttributeError as e:
    print(ascii(str(e)))
try:
    getattr(1, '\ud805')
except AttributeError as e:
    print(ascii(str(e)))
class S:
    __slots__ = ('a',)
try:
    setattr(S(), '\ud806', 1)
except AttributeError as e:
    print(ascii(str(e)))
try:
    type('T\ud807', (), {})
except UnicodeEncodeError as e:
    print(e.reason, e.start)
T = type('T', (), {'\ud808': 9})
print(ascii(T.__name__), getattr(T, '\ud808'), ascii(T.__dict__.get('\ud808')))
print(ascii(repr(T)))
g = {}
exec("x = 1", g)
g['\ud809'] = 10
print(eval("1", g))
import operator
print(operator.attrgetter('\ud800')(type('A', (), {'\ud800': 'ag'})))
for bad in ('a\udc00', '\ud800\udc00x', 'a\x00'):
    try:
        type(bad, (), {})
    except (UnicodeEncodeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        C.__name__ = bad
    except (UnicodeEncodeError, ValueError) as e:
        print(type(e).__name__, e)
print(C.__name__)
