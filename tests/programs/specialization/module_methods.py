# LOAD_METHOD_MODULE: `module.func(x)`; the attribute rebound, deleted
# and re-added, and other receivers at the same site.
import math
import sys


class FakeModule:
    def sqrt(self, x):
        return "fake sqrt %r" % (x,)


def root(m, x):
    return m.sqrt(x)


def run():
    t = 0.0
    for i in range(100):
        t += root(math, i)
    print(round(t, 6))
    saved = math.sqrt
    for i in range(60):
        if i == 20:
            math.sqrt = lambda x: -x
        if i == 40:
            del math.sqrt
            try:
                root(math, 4)
            except AttributeError as e:
                print("AttributeError:", e)
            math.sqrt = saved
        t += root(math, i)
    print(round(t, 6))
    for m in [FakeModule(), math, sys.modules[__name__]]:
        try:
            print(root(m, 9))
        except AttributeError as e:
            print("AttributeError:", e)
    this = sys.modules[__name__]
    for i in range(30):
        root(this, i)
    this.sqrt = lambda x: ("rebound", x)
    print(root(this, 2))
    globals()["extra"] = 1
    print(root(this, 3))


def sqrt(x):
    return "module-level sqrt"


run()
