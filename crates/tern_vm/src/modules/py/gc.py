"""This module provides access to the garbage collector for reference cycles.

enable() -- Enable automatic garbage collection.
disable() -- Disable automatic garbage collection.
isenabled() -- Returns true if automatic collection is enabled.
collect() -- Do a full collection right now.
get_count() -- Return the current collection counts.
get_stats() -- Return list of dictionaries containing per-generation stats.
set_debug() -- Set debugging flags.
get_debug() -- Get debugging flags.
set_threshold() -- Set the collection thresholds.
get_threshold() -- Return the current the collection thresholds.
get_objects() -- Return a list of all objects tracked by the collector.
is_tracked() -- Returns true if a given object is tracked.
is_finalized() -- Returns true if a given object has been already finalized.
get_referrers() -- Return the list of objects that refer to an object.
get_referents() -- Return the list of objects that an object refers to.
freeze() -- Freeze all tracked objects and ignore them for future collections.
unfreeze() -- Unfreeze all objects in the permanent generation.
get_freeze_count() -- Return the number of objects in the permanent generation.
"""

# tern: tern frees objects by reference counting; its cycle collector
# (crates/tern_vm/src/gc.rs, driven through _tern) frees the cycles that
# pass through closures. The counts stay at zero and
# get_objects()/get_referrers() are empty. The thresholds are kept so that
# code that saves and restores them works.

import _tern

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_enabled = True
_debug = 0
_threshold = (700, 10, 10)
_collections = [0, 0, 0]


def _generation(generation):
    if not isinstance(generation, int):
        if hasattr(type(generation), "__index__"):
            generation = generation.__index__()
        else:
            raise TypeError(f"'{type(generation).__name__}' object cannot be interpreted as an integer")
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    return generation


def enable():
    """Enable automatic garbage collection."""
    global _enabled
    _enabled = True
    _tern.gc_enable(True)


def disable():
    """Disable automatic garbage collection."""
    global _enabled
    _enabled = False
    _tern.gc_enable(False)


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _enabled


def collect(generation=2):
    """Run the garbage collector.

With no arguments, run a full collection.  The optional argument
may be an integer specifying which generation to collect.  A ValueError
is raised if the generation number is invalid.

The number of unreachable objects is returned."""
    generation = _generation(generation)
    for cb in list(callbacks):
        cb("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    collected = _tern.gc_collect()
    _collections[generation] += 1
    for cb in list(callbacks):
        cb("stop", {"generation": generation, "collected": collected, "uncollectable": 0})
    return collected


def get_count():
    """Return a three-tuple of the current collection counts."""
    return (0, 0, 0)


def get_stats():
    """Return a list of dictionaries containing per-generation statistics."""
    return [{"collections": n, "collected": 0, "uncollectable": 0} for n in _collections]


def set_debug(flags, /):
    """Set the garbage collection debugging flags."""
    global _debug
    _debug = _int(flags)


def _int(v):
    if not isinstance(v, int):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return v


def get_debug():
    """Get the garbage collection debugging flags."""
    return _debug


def set_threshold(*args):
    """set_threshold(threshold0, [threshold1, threshold2]) -> None

Sets the collection thresholds.  Setting threshold0 to zero disables
collection.
"""
    global _threshold
    if not args:
        raise TypeError("set_threshold() takes at least 1 argument (0 given)")
    if len(args) > 3:
        raise TypeError(f"set_threshold() takes at most 3 arguments ({len(args)} given)")
    t = list(_threshold)
    for i, v in enumerate(args):
        t[i] = _int(v)
    _threshold = tuple(t)


def get_threshold():
    """Return the current collection thresholds."""
    return _threshold


def get_objects(generation=None):
    """Return a list of objects tracked by the collector (excluding the list returned)."""
    if generation is not None:
        _generation(generation)
    return []


def get_referrers(*objs):
    """get_referrers(*objs) -> list
Return the list of objects that directly refer to any of objs."""
    return []


def get_referents(*objs):
    """get_referents(*objs) -> list
Return the list of objects that are directly referred to by objs."""
    out = []
    for o in objs:
        if isinstance(o, (list, tuple, set, frozenset)):
            out.extend(o)
        elif isinstance(o, dict):
            for k, v in o.items():
                out.append(k)
                out.append(v)
    return out


def is_tracked(obj, /):
    """Returns true if the object is tracked by the garbage collector.

Simple atomic objects will return false."""
    if obj is None or isinstance(obj, (int, float, complex, str, bytes)):
        return False
    if isinstance(obj, tuple):
        return len(obj) > 0
    if type(obj) is object:
        return False
    if isinstance(obj, dict):
        return any(is_tracked(k) or is_tracked(v) for k, v in obj.items())
    return True


def is_finalized(obj, /):
    """Returns true if the object has been already finalized by the GC."""
    return False


def freeze():
    """Freeze all current tracked objects and ignore them for future collections."""


def unfreeze():
    """Unfreeze all objects in the permanent generation."""


def get_freeze_count():
    """Return the number of objects in the permanent generation."""
    return 0
