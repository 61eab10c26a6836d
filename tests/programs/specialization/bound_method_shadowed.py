# Methods replaced by instance attributes (callables stored on the instance).
class Worker:
    def work(self):
        return "method"
    def other(self):
        return "other method"
w = Worker()
def do_work(o):
    return o.work()

log = [do_work(w) for _ in range(2000)]
w.work = lambda: "instance lambda"
log.append(do_work(w))
w.work = w.other  # a bound method of another method
log.append(do_work(w))
del w.work
log.append(do_work(w))
print(log[0], log[-3:])

class Callable:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self):
        return "callable object " + self.tag
w2 = Worker()
for _ in range(2000):
    do_work(w2)
w2.work = Callable("x")
print(do_work(w2), do_work(w))

# Bound method object stored and called repeatedly, then the class method changes.
w3 = Worker()
bound = w3.work
res = [bound() for _ in range(2000)]
Worker.work = lambda self: "class changed"
print(res[-1], bound(), w3.work(), do_work(w3))

# list.append bound method cached in a local vs the real method
items = []
append = items.append
for i in range(2000):
    append(i)
print(len(items), items[-1])
class MyList(list):
    def append(self, x):
        super().append(x * 10)
ml = MyList()
def add_to(lst, x):
    lst.append(x)
plain = []
for i in range(2000):
    add_to(plain, i)
add_to(ml, 1)
add_to(plain, -1)
print(ml, plain[-2:])

# A method that is a staticmethod at first and a plain function later
class Flip:
    @staticmethod
    def f(*args):
        return ("static", len(args))
fl = Flip()
def call_f(o):
    return o.f()
out = [call_f(fl) for _ in range(2000)]
Flip.f = lambda *args: ("function", len(args))
out.append(call_f(fl))
print(out[0], out[-1])
