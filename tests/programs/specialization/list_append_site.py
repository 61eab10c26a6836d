# CALL_LIST_APPEND: lst.append(x) through LOAD_METHOD; subclasses with and
# without their own append, other objects with an append, errors.


class L(list):
    pass


class Logged(list):
    def append(self, x):
        print("  Logged.append", x)
        super().append(x * 10)


class NotAList:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(-x)


class InstAttr:
    def __init__(self):
        self.append = lambda x: print("  instance append", x)


def push(target, x):
    return target.append(x)


def run():
    a = []
    for i in range(100):
        r = push(a, i)
    print(len(a), a[-3:], r)
    for t in [L(), Logged(), NotAList(), InstAttr(), a, bytearray(), set()]:
        try:
            push(t, 7)
            print(type(t).__name__, t if not isinstance(t, (NotAList, InstAttr)) else getattr(t, "items", "-"), len(a))
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        a.append()
    except TypeError as e:
        print("TypeError:", e)
    try:
        a.append(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    # The list appended to itself, and append through a saved bound method.
    b = []
    ap = b.append
    for i in range(50):
        ap(i)
        push(b, b) if i == 49 else None
    print(len(b), b[-1] is b)
    try:
        list.append = None
    except TypeError as e:
        print("TypeError:", e)
    # Unbound method descriptor called directly.
    c = []
    for i in range(40):
        list.append(c, i)
    print(sum(c))


run()
