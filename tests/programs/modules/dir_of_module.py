# dir(module) lists the module's namespace (sorted), not the attributes
# of the module type; a module-level __dir__ overrides it.
import math
import types

m = types.ModuleType("made")
m.b = 1
m.a = 2
print(dir(m))
print([n for n in dir(math) if n.startswith("__") and n not in ("__file__", "__spec__", "__loader__")])
print("sqrt" in dir(math), "__class__" in dir(math), "__dict__" in dir(m))
m.__dir__ = lambda: ["z", "y"]
print(dir(m))


class Sub(types.ModuleType):
    def __dir__(self):
        return ["from_type"]


print(dir(Sub("s")))
