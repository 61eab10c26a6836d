# raise ... from, __cause__, __context__, __suppress_context__, re-raise, exception args.
class AppError(Exception):
    pass

def load():
    try:
        {}["config"]
    except KeyError as e:
        raise AppError("could not load") from e

try:
    load()
except AppError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("no cause") from None
except AppError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("handling, then re-raise")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", repr(e))

def reraise_as_e():
    try:
        raise ValueError("v")
    except ValueError as e:
        raise e
try:
    reraise_as_e()
except ValueError as e:
    print("re-raised as e", e, e.__context__)

try:
    raise RuntimeError("x") from ValueError("cause-instance")
except RuntimeError as e:
    print(repr(e.__cause__), e.__traceback__ is not None)

try:
    raise RuntimeError("x") from KeyError
except RuntimeError as e:
    print("cause from class:", repr(e.__cause__))

try:
    raise RuntimeError("x") from 5
except TypeError as e:
    print("TypeError:", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

e = Exception("a", 2, None)
print(e.args, str(e), repr(e))
print(str(Exception()), repr(Exception()), str(Exception("one")), repr(Exception("one")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
e.args = ("changed",)
print(e)
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise WithInit(404, "not found")
except WithInit as e:
    print(e, repr(e), e.code, e.args)
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyboardInterrupt, Exception))
print([c.__name__ for c in IndexError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__] if False else [c.__name__ for c in RecursionError.__mro__])
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
nested_ctx = None
try:
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise KeyError(2)
    except KeyError:
        raise IndexError(3)
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
e = ValueError("with tb")
print(e.__traceback__, e.__cause__, e.__context__)
try:
    raise e
except ValueError:
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno > 0)
e2 = ValueError("x").with_traceback(None)
print(repr(e2))
