# Importing a .py module from the script's folder: import, from-import, aliases, caching.
import sys
print("main: before import")
import _helper
print("main: after import")
print(_helper.CONSTANT, _helper.greet("world"), _helper.Widget(3), _helper.__name__)
import _helper as h2
print(h2 is _helper, "_helper" in sys.modules, sys.modules["_helper"] is _helper)
from _helper import greet, Widget as W, CONSTANT
print(greet("again"), W(7), CONSTANT)
print(_helper.bump(), _helper.bump(), _helper.counter)
from _helper import counter
print(counter)  # a copy of the binding at import time
_helper.bump()
print(counter, _helper.counter)
_helper.CONSTANT = 100
import _helper
print(_helper.CONSTANT, h2.CONSTANT)
print(type(_helper).__name__, _helper.__file__.endswith("_helper.py"), sorted(n for n in dir(_helper) if not n.startswith("__")))
try:
    import _module_that_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from _helper import nothing_here
except ImportError as e:
    print("ImportError caught:", type(e).__name__)
def lazy():
    import _helper as inner
    return inner.greet("lazy")
print(lazy())
print(__name__)
