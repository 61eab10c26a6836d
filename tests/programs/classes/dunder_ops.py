# Operator overloading: arithmetic, reflected, in-place, comparison, container protocol.
class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "Vec(%s)" % ", ".join(map(repr, self.c))
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*[a + b for a, b in zip(self.c, o.c)])
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __iadd__(self, o):
        print("in-place add")
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(tuple(self.c))
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __delitem__(self, i):
        del self.c[i]
    def __contains__(self, v):
        print("__contains__", v)
        return v in self.c
    def __iter__(self):
        return iter(self.c)
    def __bool__(self):
        return any(self.c)

v = Vec(1, 2, 3)
w = Vec(10, 20, 30)
print(v + w, v * 2, 3 * v, -v, abs(Vec(3, 4)))
print(sum([v, w]), v == Vec(1, 2, 3), v != w, len(v), v[0], v[-1], v[1:])
v2 = v
v += w
print(v, v2 is v)
v[0] = 100
del v[1]
print(v, 100 in v, 5 in v, list(v), bool(Vec(0, 0)), {Vec(1): "one"}[Vec(1)])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)

class Num:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Num({self.n})"
    def __lt__(self, o): print("lt"); return self.n < o.n
    def __le__(self, o): print("le"); return self.n <= o.n
    def __gt__(self, o): print("gt"); return self.n > o.n
    def __eq__(self, o): print("eq"); return self.n == o.n
    def __sub__(self, o): return Num(self.n - o)
    def __rsub__(self, o): return Num(o - self.n)
    def __truediv__(self, o): return Num(self.n / o)
    def __floordiv__(self, o): return Num(self.n // o)
    def __mod__(self, o): return Num(self.n % o)
    def __pow__(self, o): return Num(self.n ** o)
    def __rpow__(self, o): return Num(o ** self.n)
    def __and__(self, o): return Num(self.n & o)
    def __or__(self, o): return Num(self.n | o)
    def __xor__(self, o): return Num(self.n ^ o)
    def __lshift__(self, o): return Num(self.n << o)
    def __rshift__(self, o): return Num(self.n >> o)
    def __invert__(self): return Num(~self.n)
    def __pos__(self): return Num(+self.n)
    def __index__(self): return self.n
    def __int__(self): return self.n
    def __float__(self): return float(self.n)
a, b = Num(1), Num(2)
print(a < b, a <= b, a > b, b < a, a == b, a >= b)  # >= reflects to b <= a
print(sorted([Num(3), Num(1), Num(2)]))
print(a - 5, 5 - a, b / 2, Num(7) // 2, Num(7) % 4, b ** 3, 2 ** Num(5))
print(Num(6) & 3, Num(6) | 1, Num(6) ^ 3, Num(1) << 4, Num(16) >> 2, ~Num(5), +Num(4))
print([10, 20, 30][Num(1)], hex(Num(255)), int(Num(3)), float(Num(3)), range(10)[Num(4)])

class Eq:
    def __eq__(self, o): return True
print(Eq() == 1, Eq() != 1, 1 == Eq(), None == Eq())
class NoEq: pass
n = NoEq()
print(n == n, n != n, n == NoEq())

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
class Call:
    def __call__(self, x): return x + 1
print(Call()(1))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
with Ctx() as c:
    print("inside", type(c).__name__)
class Str:
    def __str__(self): return "STR"
    def __repr__(self): return "REPR"
    def __format__(self, spec): return "FORMAT:" + spec
print(Str(), [Str()], f"{Str()}", f"{Str():xyz}", f"{Str()!r}", f"{Str()!s}", format(Str(), "q"))
class Rich:
    def __lt__(self, o): return NotImplemented
try:
    Rich() < Rich()
except TypeError as e:
    print("TypeError:", e)
class Hashless:
    def __eq__(self, o): return True
try:
    {Hashless()}
except TypeError as e:
    print("TypeError:", e)
