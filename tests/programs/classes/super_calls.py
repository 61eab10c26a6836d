# Zero-argument super(), cooperative multiple inheritance, explicit super.
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        self.log = ["Base"]
    def describe(self):
        return "Base"
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left.__init__", left)
        super().__init__(**kw)
        self.log.append("Left")
    def describe(self):
        return "Left>" + super().describe()
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right.__init__", right)
        super().__init__(**kw)
        self.log.append("Right")
    def describe(self):
        return "Right>" + super().describe()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom.__init__")
        super().__init__(**kw)
        self.log.append("Bottom")
    def describe(self):
        return "Bottom>" + super().describe()
b = Bottom(left=1, right=2, extra=3)
print(b.log)
print(b.describe())
print(super(Left, b).describe(), super(Bottom, b).describe())

class Meta:
    @classmethod
    def create(cls):
        return cls.__name__
    @staticmethod
    def util():
        return "util"
class Sub(Meta):
    @classmethod
    def create(cls):
        return "Sub+" + super().create()
print(Sub.create(), Sub().create())

class P:
    value = "P.value"
    @property
    def prop(self):
        return "P.prop"
class Q(P):
    value = "Q.value"
    @property
    def prop(self):
        return "Q.prop/" + super().prop
    def get(self):
        return super().value
print(Q().prop, Q().get())

class Outer:
    def method(self):
        def helper():
            return super(Outer, self).__repr__().startswith("<")
        return helper()
print(Outer().method())

class WithLambda(Base):
    def describe(self):
        f = lambda: super(WithLambda, self).describe()
        return "lambda>" + f()
print(WithLambda().describe())

class S(str):
    def upper(self):
        return "[" + super().upper() + "]"
print(S("abc").upper())

class Init2:
    def __init__(self):
        super().__init__()
        print("Init2 ok")
Init2()
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
print(super(Q, Q()).prop)
print(isinstance(super(Q, Q()), super))
