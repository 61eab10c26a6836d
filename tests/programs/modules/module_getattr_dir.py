# A module's own __getattr__ and __dir__ (PEP 562): attribute access,
# getattr/hasattr, from-import, the error for a missing name, and dir().
import _lazy

print(_lazy.computed_x, getattr(_lazy, "computed_yz"), hasattr(_lazy, "missing"))
from _lazy import computed_q

print(computed_q)
try:
    _lazy.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _lazy import nothing_here
except ImportError as e:
    print("ImportError:", e)
print(dir(_lazy))
print(_lazy.calls)
# Names the module defines never reach __getattr__.
print(_lazy.calls is _lazy.calls, len(_lazy.calls))
