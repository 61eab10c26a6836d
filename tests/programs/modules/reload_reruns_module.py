# importlib.reload runs the module's source again in the same module
# object (keeping names the new run does not rebind).
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _reload_counter as rc

print(rc.runs, rc.version())
rc.extra = "kept"
again = importlib.reload(rc)
print(again is rc, rc.runs, rc.version(), rc.extra)
importlib.reload(rc)
print(rc.runs)
import importlib.util
spec = importlib.util.find_spec("_reload_counter")
print(spec.name, spec.origin.endswith("_reload_counter.py"))
try:
    importlib.reload(42)
except TypeError as e:
    print(e)


class A:
    def f(self):
        return super().__class__, __class__, super().__thisclass__


print(A().f())
