"""allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.
"""

# tern: tern's runner calls `_run_exitfuncs()` at exit (after the program,
# its uncaught exception or SystemExit) when this module was imported.
# As in CPython, unregistered callbacks leave holes that are skipped, and
# callbacks registered while the exit functions run are not called.

import _tern

_callbacks = []


def register(func, /, *args, **kwargs):
    """register(func, *args, **kwargs) -> func

Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """unregister(func) -> None

Unregister an exit function which was previously registered using
atexit.register

    func - function to be unregistered"""
    for i, cb in enumerate(_callbacks):
        if cb is not None and cb[0] == func:
            _callbacks[i] = None


def _run_exitfuncs():
    """_run_exitfuncs() -> None

Run all registered exit functions.

If a callback raises an exception, it is logged with sys.unraisablehook."""
    for i in range(len(_callbacks) - 1, -1, -1):
        if i >= len(_callbacks):
            continue
        cb = _callbacks[i]
        if cb is None:
            continue
        func, args, kwargs = cb
        try:
            func(*args, **kwargs)
        except BaseException as e:
            _tern.print_unraisable(f"Exception ignored in atexit callback: {func!r}", e)
    _callbacks.clear()


def _clear():
    """_clear() -> None

Clear the list of previously registered exit functions."""
    _callbacks.clear()


def _ncallbacks():
    """_ncallbacks() -> int

Return the number of registered exit functions."""
    return len(_callbacks)
