# __class__ reassigned on an instance that has been hitting specialized sites.
class Cat:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says meow"
    def kind(self):
        return "cat"
class Dog:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says woof"
    def kind(self):
        return "dog"

pet = Cat("Tom")
def talk(p):
    return p.speak()
def get_name(p):
    return p.name
log = []
for i in range(3000):
    if i == 1000:
        pet.__class__ = Dog
    if i == 2000:
        pet.__class__ = Cat
    log.append(talk(pet))
    get_name(pet)
print(log[999], log[1000], log[1999], log[2000], log.count("Tom says woof"))

class Slim:
    __slots__ = ("a",)
    def get(self):
        return self.a
class Slim2:
    __slots__ = ("a",)
    def get(self):
        return self.a * 10
s = Slim()
s.a = 3
vals = []
for i in range(2000):
    vals.append(s.get())
s.__class__ = Slim2
vals.append(s.get())
print(vals[0], vals[-1], len(vals))

class Shape:
    def area(self):
        return 0
class Square(Shape):
    def __init__(self):
        self.side = 2
    def area(self):
        return self.side ** 2
class Circleish(Shape):
    def area(self):
        return 3 * self.side ** 2
shapes = [Square() for _ in range(5)]
total = 0
for rep in range(500):
    for sh in shapes:
        total += sh.area()
    if rep == 250:
        shapes[2].__class__ = Circleish
        shapes[4].__class__ = Shape
print("total", total, [type(sh).__name__ for sh in shapes])
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
