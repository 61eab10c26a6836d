"""_warnings provides basic warning filtering support.
It is a helper module to speed up interpreter start-up."""

# tern: only `warn` and `warn_explicit`, forwarding to the pure-Python
# `warnings` module (which, not finding `filters` here, uses its own
# implementation).


def warn(message, category=None, stacklevel=1, source=None):
    import warnings

    warnings.warn(message, category, stacklevel + 1, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    import warnings

    warnings.warn_explicit(message, category, filename, lineno, module, registry, module_globals, source)
