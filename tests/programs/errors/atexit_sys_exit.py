# atexit callbacks run (LIFO) after sys.exit() with the exit status kept.
import atexit
import sys

atexit.register(print, "first registered, runs last")
atexit.register(lambda: print("second"))
atexit.register(sys.stdout.write, "third\n")
print("exiting")
sys.exit(3)
