"""Functional tools for creating and using iterators.

tern's itertools: the iterators are native types (iter_tools.rs,
through _tern_itertools) but for tee, a class driving generators here.
"""


class _Iter:
    __slots__ = ('_it',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class _TeeData:
    __slots__ = ('it', 'buf', 'start')

    def __init__(self, it):
        self.it = it
        self.buf = []
        self.start = 0


class _tee(_Iter):
    __slots__ = ('_data', '_pos', '__weakref__')

    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __next__(self):
        d = self._data
        i = self._pos - d.start
        if i < len(d.buf):
            v = d.buf[i]
        else:
            v = next(d.it)
            d.buf.append(v)
        self._pos += 1
        return v

    def __copy__(self):
        return _tee(self._data, self._pos)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if isinstance(it, _tee):
        return tuple([it] + [it.__copy__() for _ in range(n - 1)]) if n else ()
    data = _TeeData(it)
    return tuple(_tee(data, 0) for _ in range(n))


from _tern_itertools import (chain, islice, count, repeat, product,  # noqa: E402
                             permutations, combinations, combinations_with_replacement,
                             cycle, accumulate, starmap, takewhile, dropwhile, filterfalse,
                             compress, pairwise, zip_longest, groupby, _grouper)
