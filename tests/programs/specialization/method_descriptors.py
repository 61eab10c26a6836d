# CALL_METHOD_DESCRIPTOR and CALL_BUILTIN: native methods of builtin types
# called through LOAD_METHOD and as plain functions; wrong receivers and
# arguments must raise the generic path's messages.


def call2(m, a, b):
    return m(a, b)


def starts(s, x):
    return s.startswith(x)


def get(d, k):
    return d.get(k)


def run():
    for i in range(100):
        call2(str.startswith, "abc", "a")
    for a, b in [(5, "a"), ("abc", 5), ("abc", ("x", "a")), (b"abc", "a"), (None, None)]:
        try:
            print(call2(str.startswith, a, b))
        except TypeError as e:
            print("TypeError:", e)
    for i in range(100):
        starts("abc", "a")
    for s, x in [("abc", 5), ("abc", "b"), (b"abc", b"a"), (["a"], "a")]:
        try:
            print(starts(s, x))
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)

    class D(dict):
        def get(self, k):
            return "D.get " + str(k)
    d = {1: "one"}
    for i in range(100):
        get(d, i % 3)
    for obj, k in [(d, 1), (D(), 2), ({}, [1]), ({(1,): 2}, (1,))]:
        try:
            print(get(obj, k))
        except TypeError as e:
            print("TypeError:", e)
    try:
        get(d, 1, *[])
    except TypeError as e:
        print("TypeError:", e)
    for i in range(60):
        call2(dict.get, d, 1)
    for a in [d, [], "x"]:
        try:
            print(call2(dict.get, a, 1))
        except TypeError as e:
            print("TypeError:", e)
    for i in range(60):
        call2(divmod, 7, 2)
    for a, b in [(7, 0), ("a", 1), (7.5, 2)]:
        try:
            print(call2(divmod, a, b))
        except (TypeError, ZeroDivisionError) as e:
            print(type(e).__name__, e)


run()
