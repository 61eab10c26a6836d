# sys basics: argv, version, maxsize, recursion limit, modules, path, streams, intern.
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.version).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError:
    print("RecursionError at the lowered limit")
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
print("sys" in sys.modules, "__main__" in sys.modules, type(sys.modules).__name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
sys.stdout.write("stdout.write\n")
sys.stderr.write("stderr.write (not compared)\n")
print(sys.stdout is not None, sys.stdin is not None, hasattr(sys.stdout, "write"))
a = sys.intern("interned string")
b = sys.intern("interned " + "string")
print(a is b, a == b)
print(sys.modules["__main__"].__name__)
print(type(sys.exit).__name__, callable(sys.exit))
mod = sys.modules[__name__]
mod.dynamic = "set through sys.modules"
print(dynamic)
