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


def _tern_warn_unawaited_coroutine(coro):
    """What CPython does when a coroutine that never started is destroyed:
    `warnings._warn_unawaited_coroutine(coro)` ("coroutine 'f' was never
    awaited", a RuntimeWarning with the coroutine as source)."""
    import warnings

    msg = f"coroutine '{coro.__qualname__}' was never awaited"
    if coro.cr_origin is not None:
        import linecache
        import traceback

        frames = [(f, n, fn, linecache.getline(f, n)) for f, n, fn in reversed(coro.cr_origin)]
        msg += "\nCoroutine created at (most recent call last)\n" + "".join(traceback.format_list(frames))
        msg = msg.rstrip("\n")
    # Level 2: the frame that was running when the coroutine went away.
    warnings.warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


def _fix_warning_message(warnings):
    # The pure-Python `warn_explicit` (which tern runs; CPython runs its C
    # twin) makes `WarningMessage(message, category, filename, lineno,
    # source)`: the source lands in `file`, and showing the warning then
    # writes to it. A WarningMessage that takes a `file` that cannot be
    # written for the source keeps the message intact.
    base = warnings.WarningMessage
    if getattr(base, "_tern_fixed", False):
        return

    class WarningMessage(base):
        _tern_fixed = True

        def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
            if file is not None and source is None and not hasattr(file, "write"):
                file, source = None, file
            super().__init__(message, category, filename, lineno, file, line, source)

    WarningMessage.__qualname__ = base.__qualname__
    WarningMessage.__module__ = base.__module__
    warnings.WarningMessage = WarningMessage
