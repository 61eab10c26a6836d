"""(Extremely) low-level import machinery bits as used by importlib and imp."""

# tern: tern's native and frozen modules are its "built-in" modules; it
# has no frozen stdlib modules, no extension modules and no import lock.

import sys

check_hash_based_pycs = "default"


def is_builtin(name, /):
    if name in ("sys", "builtins"):
        return -1
    return 1 if name in sys.builtin_module_names else 0


def create_builtin(spec, /):
    name = spec.name
    module = sys.modules.get(name)
    if module is None:
        __import__(name)
        module = sys.modules[name]
    return module


def exec_builtin(mod, /):
    return 0


def is_frozen(name, /):
    return False


def is_frozen_package(name, /):
    raise ImportError(f"No such frozen object named {name!r}", name=name)


def find_frozen(name, /, *, withdata=False):
    return None


def get_frozen_object(name, data=None, /):
    raise ImportError(f"No such frozen object named {name!r}", name=name)


def init_frozen(name, /):
    return None


def _frozen_module_names():
    return ()


def _override_frozen_modules_for_tests(override, /):
    return None


def acquire_lock():
    return None


def release_lock():
    return None


def lock_held():
    return False


def extension_suffixes():
    return []


def create_dynamic(spec, file=None, /):
    raise ImportError(f"tern cannot load extension module {spec.name!r}", name=spec.name)


def exec_dynamic(mod, /):
    return 0


def _fix_co_filename(code, path, /):
    return None


def source_hash(key, source):
    raise NotImplementedError("tern has no hash-based .pyc support")
