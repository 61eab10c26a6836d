# Single and multiple inheritance, C3 MRO, method resolution, isinstance.
class A:
    def who(self): return "A"
    def hello(self): return "hello from A"
class B(A):
    def who(self): return "B"
class C(A):
    def who(self): return "C"
    def hello(self): return "hello from C"
class D(B, C):
    pass
d = D()
print(d.who(), d.hello())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__, D.__base__, A.__bases__)
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(A, D), isinstance(d, C))

class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class C2(Dd, F): pass
class B2(Dd, E): pass
class A2(B2, C2): pass
print([k.__name__ for k in A2.__mro__])

class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    greeting = "base"
    def __init__(self):
        self.init_calls = ["Base"]
    def greet(self):
        return self.greeting + " " + self.name()
    def name(self):
        return "Base"
class Child(Base):
    greeting = "child"
    def name(self):
        return "Child"
print(Child().greet(), Base().greet(), Child().init_calls)

class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal): sound = "woof"
class Puppy(Dog): pass
class Cat(Animal): sound = "meow"
for a in (Animal(), Dog(), Puppy(), Cat()):
    print(a.speak(), isinstance(a, Dog))

class Int2(int):
    def double(self):
        return self * 2
i = Int2(21)
print(i, i.double(), i + 1, type(i + 1).__name__, isinstance(i, int))
class MyList(list):
    def first(self):
        return self[0]
ml = MyList([3, 1, 2])
ml.append(0)
ml.sort()
print(ml, ml.first(), len(ml), type(ml).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["zz"], md)
class MyStr(str):
    pass
print(MyStr("abc").upper(), type(MyStr("abc").upper()).__name__)
print(object.__mro__, int.__mro__, bool.__mro__)
print(type.__mro__, issubclass(type, object), isinstance(type, type), isinstance(object, type))
