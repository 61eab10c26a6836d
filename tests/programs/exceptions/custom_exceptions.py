# User exception hierarchies, catching by base class, exceptions as values.
class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
class Forbidden(AppError):
    pass
class Fatal(BaseException):
    pass

def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return f"not found: {e} ({e.code})"
    except AppError as e:
        return f"app error {type(e).__name__}: {e} ({e.code})"
    except Exception as e:
        return f"generic: {e!r}"

print(handle(NotFound("page", 404)))
print(handle(Forbidden("admin", 403)))
print(handle(AppError("plain")))
print(handle(ValueError("other")))
try:
    handle(Fatal("escapes Exception"))
except BaseException as e:
    print("BaseException caught:", repr(e))

errors = [ValueError("v"), KeyError("k"), NotFound("n", 1)]
for err in errors:
    print(type(err).__name__, isinstance(err, Exception), isinstance(err, LookupError), err.args)

def collect():
    results = []
    for fn in (lambda: 1, lambda: 1 / 0, lambda: [][1], lambda: "ok"):
        try:
            results.append(fn())
        except (ZeroDivisionError, IndexError) as e:
            results.append(e)
    return results
for r in collect():
    print(repr(r))

class Retry(Exception):
    attempts = 0
def flaky():
    Retry.attempts += 1
    if Retry.attempts < 3:
        raise Retry(Retry.attempts)
    return "success after %d" % Retry.attempts
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying", r)

class ReprErr(Exception):
    def __repr__(self):
        return "ReprErr!"
print(repr(ReprErr("x")), str(ReprErr("x")))
e = NotFound("msg", 7)
e.extra = "attr"
print(e.extra, vars(e))
print(Exception("a") == Exception("a"), NotFound.__mro__[1].__name__, NotFound.__mro__[-2].__name__)
try:
    raise NotFound
except TypeError as t:
    print("TypeError:", t)
