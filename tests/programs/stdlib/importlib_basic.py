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
import json
print(importlib.util.find_spec("json").name, importlib.util.find_spec("json").origin.endswith("json/__init__.py"), importlib.util.find_spec("json").submodule_search_locations is not None)
print(importlib.util.find_spec("sys").origin)
import colorsys
print(colorsys.__spec__.name, colorsys.__spec__.origin.endswith("colorsys.py"), json.__spec__.parent, colorsys.__spec__.parent == "")
import json.decoder
print(json.decoder.__spec__.name, json.decoder.__spec__.parent)
