# LOAD_ATTR_PROPERTY: a property getter run as a frame; properties added,
# replaced or shadowed after warm-up; __getattr__; __class__ changes.


class P:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 2


class Q(P):
    v = "plain in subclass"


class Base:
    @property
    def name(self):
        return "base"


class Derived(Base):
    @property
    def name(self):
        return "derived/" + super().name


class WithGetattr:
    @property
    def x(self):
        raise AttributeError("x is broken")

    def __getattr__(self, name):
        return "fallback for " + name


class Broken:
    @property
    def x(self):
        raise AttributeError("no x here")


class Defaults:
    @property
    def d(self, extra=5):
        return extra


def get_v(o):
    return o.v


def get_name(o):
    return o.name


def get_x(o):
    return o.x


def run():
    p = P(3)
    t = 0
    for i in range(50):
        t += get_v(p)
    print(t)
    p.__dict__["v"] = "instance"
    print(get_v(p), p.__dict__)
    print(get_v(Q(1)))
    P.v = property(lambda self: "replaced")
    print(get_v(p))
    P.v = "class attr"
    print(get_v(p))
    del P.v
    try:
        get_v(P(1))
    except AttributeError as e:
        print("AttributeError:", e)
    P.v = property(lambda self: self._v + 1000)
    print(get_v(P(1)))

    # A property added to a class after the site warmed up on instance attrs.
    class Late:
        def __init__(self):
            self.v = 1
    late = Late()
    for i in range(30):
        get_v(late)
    Late.v = property(lambda self: "late property")
    print(get_v(late))

    d = Derived()
    print([get_name(o) for o in [d] * 20][-1], get_name(Base()))

    for i in range(30):
        get_x(WithGetattr())
    print(get_x(WithGetattr()))
    try:
        get_x(Broken())
    except AttributeError as e:
        print("AttributeError:", e)
    o = Broken()
    for i in range(20):
        try:
            get_x(o)
        except AttributeError:
            pass
    Broken.__getattr__ = lambda self, name: "added getattr"
    print(get_x(o))

    print(get_v(P(7)), getattr(Defaults(), "d"))

    # __class__ assignment, and the getter's code replaced.
    class R:
        @property
        def v(self):
            return "R"

    class S:
        @property
        def v(self):
            return "S"
    r = R()
    for i in range(30):
        get_v(r)
    r.__class__ = S
    print(get_v(r))

    def new_getter(self):
        return "new code"
    R.v.fget.__code__ = new_getter.__code__
    print(get_v(R()))

    # A getter that recurses without end.
    class Deep:
        @property
        def v(self):
            return self.v
    try:
        get_v(Deep())
    except RecursionError as e:
        print("RecursionError:", e)
    # A getter that raises.
    class Raises:
        @property
        def v(self):
            return 1 / 0
    for i in range(3):
        try:
            get_v(Raises())
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)


run()


def mid_loop():
    class C:
        def __init__(self):
            self.a = 1
    c = C()
    seen = []
    for i in range(90):
        if i == 30:
            C.a = property(lambda self: "prop")
        if i == 60:
            del C.a
        seen.append(c.a)
    print(seen[29], seen[30], seen[59], seen[60])


mid_loop()
