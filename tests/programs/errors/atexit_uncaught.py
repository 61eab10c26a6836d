# atexit callbacks run after an uncaught exception's traceback.
import atexit

atexit.register(print, "cleanup ran")
print("about to fail")
raise KeyError("missing")
