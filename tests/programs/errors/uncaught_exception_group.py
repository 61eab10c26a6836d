# An exception group nobody handles: CPython's boxed traceback format.
def work():
    raise ExceptionGroup("batch failed", [ValueError("bad value"), KeyError("missing")])

try:
    work()
except* KeyError:
    print("handled the key error")
