# Helper for module_getattr_dir.py: a module with PEP 562 hooks.
calls = []


def __getattr__(name):
    calls.append(name)
    if name.startswith("computed_"):
        return name[len("computed_"):].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["computed_b", "computed_a", "calls"]
