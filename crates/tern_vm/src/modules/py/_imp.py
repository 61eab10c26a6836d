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
    # importlib's _setup asks this about every module already imported:
    # the moment to give tern's modules their __spec__.
    module = sys.modules.get(name)
    if module is not None and "_TernFinder" in globals():
        _tern_spec(module)
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


class _TernLoader:
    """Loads a module with tern's own import system. create_module runs
    the module (tern's import); exec_module runs its source again only for
    a module it did not just create: importlib.reload."""

    _created = set()

    @staticmethod
    def create_module(spec):
        module = sys.modules.get(spec.name)
        if module is None:
            __import__(spec.name)
            module = sys.modules[spec.name]
            _TernLoader._created.add(id(module))
        return module

    @staticmethod
    def exec_module(module):
        if id(module) in _TernLoader._created:
            _TernLoader._created.discard(id(module))
            return None
        spec = getattr(module, '__spec__', None)
        origin = getattr(spec, 'origin', None)
        if not isinstance(origin, str) or not origin.endswith('.py'):
            return None
        with open(origin, 'rb') as f:
            source = f.read()
        exec(compile(source, origin, 'exec'), module.__dict__)


def _is_file(path):
    import posix

    try:
        return posix.stat(path).st_mode & 0o170000 == 0o100000
    except OSError:
        return False


class _TernFinder:
    """The meta path finder for importlib's machinery (importlib.import_module,
    importlib.util.find_spec): it finds what tern's import would load."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        spec_type = sys.modules["importlib._bootstrap"].ModuleSpec
        if fullname in sys.builtin_module_names:
            return spec_type(fullname, _TernLoader, origin="built-in")
        last = fullname.rpartition(".")[2]
        for entry in sys.path if path is None else path:
            base = entry or "."
            init = f"{base}/{last}/__init__.py"
            if _is_file(init):
                spec = spec_type(fullname, _TernLoader, origin=init, is_package=True)
                spec.submodule_search_locations = [f"{base}/{last}"]
                spec.has_location = True
                return spec
            file = f"{base}/{last}.py"
            if _is_file(file):
                spec = spec_type(fullname, _TernLoader, origin=file)
                spec.has_location = True
                return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        return None


def _tern_spec(module):
    """Gives a module tern's import loaded a `__spec__` (tern calls this for
    each new module once importlib's machinery is in use)."""
    name = getattr(module, "__name__", None)
    if not isinstance(name, str) or getattr(module, "__spec__", None) is not None:
        return
    if "importlib._bootstrap" not in sys.modules:
        return
    parent, _, _ = name.rpartition(".")
    path = getattr(sys.modules.get(parent), "__path__", None) if parent else None
    try:
        spec = _TernFinder.find_spec(name, path)
    except Exception:
        return
    if spec is not None:
        try:
            module.__spec__ = spec
            if getattr(module, "__loader__", None) is None:
                module.__loader__ = spec.loader
        except (AttributeError, TypeError):
            pass


class _TernPathFinder:
    """The path entry finder `sys.path_hooks` makes for a folder: finds
    modules in it as tern's import does, and lists them for
    `pkgutil.iter_modules` (the role of importlib's FileFinder)."""

    def __init__(self, path):
        import posix

        try:
            is_dir = posix.stat(path or ".").st_mode & 0o170000 == 0o040000
        except OSError:
            is_dir = False
        if not is_dir:
            raise ImportError("only directories are supported", path=path)
        self.path = path

    def find_spec(self, fullname, target=None):
        return _TernFinder.find_spec(fullname, [self.path])

    def invalidate_caches(self):
        return None

    def iter_modules(self, prefix=""):
        import posix

        base = self.path or "."
        try:
            names = sorted(posix.listdir(base))
        except OSError:
            return
        seen = set()
        for fn in names:
            if fn.endswith(".py"):
                modname, ispkg = fn[:-3], False
            elif "." not in fn and _is_file(f"{base}/{fn}/__init__.py"):
                modname, ispkg = fn, True
            else:
                continue
            if modname == "__init__" or "." in modname or modname in seen:
                continue
            seen.add(modname)
            yield prefix + modname, ispkg

    def __repr__(self):
        return f"_TernPathFinder({self.path!r})"


if _TernFinder not in sys.meta_path:
    sys.meta_path.append(_TernFinder)
if _TernPathFinder not in sys.path_hooks:
    sys.path_hooks.append(_TernPathFinder)
if not hasattr(sys, "path_importer_cache"):
    sys.path_importer_cache = {}
