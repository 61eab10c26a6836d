# importlib.import_module / util.find_spec over tern's meta path finder (_imp).
# Known failure only because `import importlib` needs `_io` (being written on the
# io branch): with a stand-in `_io` this passes; move it to tests/programs/stdlib/.
import importlib, importlib.util, sys
m = importlib.import_module("json")
print(m.dumps([1]), m.__name__)
d = importlib.import_module("json.decoder")
print(d.__name__, "json.decoder" in sys.modules)
print(importlib.import_module(".encoder", "json").__name__)
print(importlib.util.find_spec("colorsys").origin.endswith("colorsys.py"), importlib.util.find_spec("nonexistent_mod_x"))
try:
    importlib.import_module("nonexistent_mod_x")
except ModuleNotFoundError as e:
    print("MNF", e)
cs = importlib.import_module("colorsys")
print(cs.rgb_to_hsv(1, 0, 0))
print(importlib.import_module("math").sqrt(4))
