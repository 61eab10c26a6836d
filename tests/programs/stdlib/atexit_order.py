# atexit: callbacks run at normal exit in LIFO order with their arguments,
# unregister removes every registration of a function, callbacks added
# while exiting are not run, a failing callback does not stop the others,
# and _run_exitfuncs runs (and clears) them early.
import atexit

base = atexit._ncallbacks()


def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))


def gone():
    print("never printed")


def failing():
    print("failing runs")
    raise ValueError("boom in atexit")


def late():
    print("late registration runs?")


def registers_more():
    print("registers_more")
    atexit.register(late)


print(atexit.register(say, 1) is say)
atexit.register(gone)
atexit.register(say, 2, key="v")
atexit.register(gone)
atexit.register(failing)
atexit.register(registers_more)


@atexit.register
def decorated():
    print("decorated (registered last, runs first)")


atexit.unregister(gone)
print(atexit._ncallbacks() - base)
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError:", e)

early = []
atexit.register(early.append, "ran")
atexit.register(print, "early print")
atexit._run_exitfuncs()
print("after _run_exitfuncs", early, atexit._ncallbacks())
atexit.register(say, 3)
atexit.register(say, 4)
atexit.register(failing)
atexit.register(registers_more)
atexit.register(decorated)
atexit.unregister(gone)
print("main done")
