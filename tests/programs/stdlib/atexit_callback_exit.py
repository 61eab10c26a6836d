# sys.exit() inside an atexit callback is reported and ignored: the other
# callbacks still run and the exit status stays 0.
import atexit, sys
def f():
    print("f runs")
    sys.exit(5)
atexit.register(print, "last")
atexit.register(f)
print("main")
