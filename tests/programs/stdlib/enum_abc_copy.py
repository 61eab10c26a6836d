# enum, abc and copy
import enum, abc, copy
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
for c in Color:
    print(c.name, c.value, end=' | ')
print()
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, sorted([Num.TWO, Num.ONE]), int(Num.TWO))
class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
print(Color.__members__.keys())

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
print(Sq(3).describe(), isinstance(Sq(1), Shape))
class Reg(abc.ABC):
    pass
Reg.register(int)
print(isinstance(5, Reg), issubclass(int, Reg), issubclass(str, Reg))

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, b, c)
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Pt({self.x}, {self.y})'
p = Pt(1, [2])
q = copy.deepcopy(p)
p.y.append(3)
print(p, q, copy.copy(p).y is p.y)
r = [1]
r.append(r)
s = copy.deepcopy(r)
print(s[1] is s, s[0])
