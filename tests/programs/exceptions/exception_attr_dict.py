# Exception attributes set by __init__, by assignment and by add_note live
# in the instance dict, made when first needed; __dict__ is assignable.
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


e = E("bad", 3)
print(e.code, e.__dict__, vars(e), e.args, str(e))
try:
    raise KeyError("k")
except KeyError as k:
    print(k.__dict__, hasattr(k, "x"))
    k.x = 1
    print(k.__dict__, k.x)
v = ValueError("x")
v.add_note("n1")
v.add_note("n2")
print(v.__notes__, v.__dict__)
e.__dict__ = {"code": 4}
print(e.code, vars(e))
try:
    e.__dict__ = 5
except TypeError as t:
    print(t)
fresh = [RuntimeError(i) for i in range(3)]
print([f.__dict__ for f in fresh], [getattr(f, "missing", None) for f in fresh])
try:
    del fresh[0].missing
except AttributeError as a:
    print(a)
