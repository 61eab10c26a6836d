# types.ModuleType: module(name, doc), subclasses, the repr from
# __spec__ / __file__ / __loader__ / __name__, AttributeError messages.
import types, sys
M = types.ModuleType
m = M('m')
print(m, m.__name__, m.__doc__, m.__dict__)
m2 = M('m2', 'docstr')
print(repr(m2.__doc__), sorted(m2.__dict__))
m.x = 1
print(m.x, m.__dict__['x'])
class Sub(M):
    def hello(self):
        return 'hi ' + self.__name__
s = Sub('subm')
print(s.hello(), s, type(s).__name__, isinstance(s, M))
try:
    M()
except TypeError as e:
    print(e)
try:
    M(1)
except TypeError as e:
    print(e)
m3 = M.__new__(M)
print(repr(m3.__dict__))
try:
    print(m3)
except Exception as e:
    print(type(e).__name__, e)
m.__init__('renamed')
print(m, m.x)
print(M('k', doc=None).__doc__)
z = M('zz')
print(repr(z))
z.__name__ = 'b'
print(z)
z.__file__ = '/x.py'
print(z)
del z.__name__
print(z)
try:
    z.nope
except AttributeError as e:
    print(e)
z.__name__ = 5
try:
    z.nope
except AttributeError as e:
    print(e)
class Loader:
    def __repr__(self):
        return 'LOADER'
y = M('y')
y.__loader__ = Loader()
print(y)
class Spec:
    name = 'specname'
    origin = None
    loader = None
    has_location = False
y.__spec__ = Spec()
print(y)
Spec.loader = Loader()
print(y)
Spec.origin = 'somewhere'
print(y)
Spec.has_location = True
print(y)
print(sys)
w = M("it's")
print(w)
