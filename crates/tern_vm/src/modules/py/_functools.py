"""tern's _functools: lru_cache's wrapper as a class whose call is native
(_tern.lru_call), cmp_to_key's keys with native comparisons, and reduce;
functools' partial is its own Python class with a native call, set
once functools is imported (_fix_functools)."""

import _tern
from types import MethodType as _MethodType
from _tern import reduce


class _lru_cache_wrapper:
    """The callable functools.lru_cache returns."""

    def __init__(self, user_function, maxsize, typed, cache_info_type):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        if maxsize is None:
            pass
        elif isinstance(maxsize, int):
            maxsize = max(maxsize, 0)
        else:
            raise TypeError('maxsize should be integer or None')
        # cache, function, typed, maxsize, hits, misses, info type, kwd mark
        self._state = [{}, user_function, bool(typed), maxsize, 0, 0, cache_info_type, object()]

    __call__ = _tern.lru_call

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        s = self._state
        return s[6](s[4], s[5], s[3], len(s[0]))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        s = self._state
        s[0].clear()
        s[4] = s[5] = 0

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_lru_cache_wrapper.__module__ = 'functools'


class KeyWrapper:
    """What cmp_to_key returns: called with an object, a key for it whose
    comparisons (native) call cmp on the two objects."""

    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    __lt__ = _tern.key_lt
    __le__ = _tern.key_le
    __gt__ = _tern.key_gt
    __ge__ = _tern.key_ge
    __eq__ = _tern.key_eq
    __ne__ = _tern.key_ne
    __hash__ = None


KeyWrapper.__module__ = 'functools'


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


def _fix_functools(module):
    """Called by tern's import after functools runs: its pure-Python
    partial gets the native call (same arguments, same result)."""
    partial = getattr(module, 'partial', None)
    if isinstance(partial, type) and partial.__module__ == 'functools':
        partial.__call__ = _tern.partial_call
