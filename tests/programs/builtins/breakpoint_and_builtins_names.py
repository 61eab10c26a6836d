# breakpoint() goes through sys.breakpointhook; dir(builtins) lists
# CPython's names (module attributes included).
import builtins
import sys

calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or "hooked"
print(breakpoint(1, x=2), calls)
sys.breakpointhook = sys.__breakpointhook__
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.breakpointhook = sys.__breakpointhook__
names = dir(builtins)
print([n for n in names if n.startswith("__")])
print(all(not n.startswith("__tern") for n in names), "breakpoint" in names, builtins.__package__ == "")
print(builtins.__doc__)
