# ExceptionGroup construction, split/subgroup/derive, and except*.
def boom():
    raise ExceptionGroup("many", [ValueError(1), TypeError("t"), ValueError(2), KeyError("k")])

try:
    boom()
except* ValueError as e:
    print("values", repr(e), e.exceptions)
except* TypeError as e:
    print("types", e.exceptions)
except* KeyError:
    print("keys")

eg = ExceptionGroup("m", [KeyError("k"), ExceptionGroup("inner", [ValueError(3), OSError(4)])])
print(str(eg), eg.message, len(eg.exceptions), repr(eg))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.subgroup(ZeroDivisionError))
print(eg.split((KeyError, OSError)))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for bad in [("x", []), ("x", [1]), (1, [ValueError()])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)

# A naked exception is wrapped for the handler; a new exception raised
# there propagates as itself.
try:
    try:
        raise ValueError("plain")
    except* ValueError as e:
        print("wrapped", repr(e))
        raise RuntimeError("new")
except RuntimeError as e:
    print("got", repr(e), repr(e.__context__))

# Unhandled parts are re-raised as a group.
try:
    try:
        boom()
    except* TypeError:
        print("handled types")
except ExceptionGroup as g:
    print("rest", repr(g), g.exceptions)

# Everything handled: nothing escapes.
try:
    boom()
except* (ValueError, TypeError, KeyError) as e:
    print("all", len(e.exceptions))
print("done")

try:
    try:
        boom()
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
