"""Debug module to trace memory blocks allocated by Python.

tern: memory is never traced (`is_tracing()` stays False and `start()`
raises), so that `warnings` can tell that tracemalloc is off and say
"Enable tracemalloc to get the object allocation traceback" as CPython."""


def is_tracing():
    return False


def start(nframe=1, /):
    if not isinstance(nframe, int):
        raise TypeError(f"'{type(nframe).__name__}' object cannot be interpreted as an integer")
    if nframe < 1 or nframe > 65535:
        raise ValueError("the number of frames must be in range [1; 65535]")
    raise RuntimeError("tern cannot trace memory allocations")


def stop():
    pass


def clear_traces():
    pass


def reset_peak():
    pass


def get_traceback_limit():
    return 1


def get_traced_memory():
    return (0, 0)


def get_tracemalloc_memory():
    return 0


def _get_object_traceback(obj, /):
    return None


def _get_traces():
    return []
