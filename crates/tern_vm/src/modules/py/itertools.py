"""Functional tools for creating and using iterators.

tern's itertools, written in Python: each iterator is a class (as in
CPython, where each is a type) driving a generator.
"""


class _Iter:
    __slots__ = ('_it',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


def _check_iter(obj):
    return iter(obj)


def _index(n, name, msg):
    if not isinstance(n, int):
        try:
            n = n.__index__()
        except AttributeError:
            raise ValueError(msg) from None
    return n


class count(_Iter):
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class cycle(_Iter):
    __slots__ = ()

    def __init__(self, iterable):
        it = iter(iterable)
        self._it = self._gen(it)

    @staticmethod
    def _gen(it):
        saved = []
        for x in it:
            yield x
            saved.append(x)
        if not saved:
            return
        while True:
            yield from saved


class repeat(_Iter):
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = _index(times, 'repeat', 'times') if not isinstance(times, int) else times
            if times < 0:
                times = 0
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'


class chain(_Iter):
    __slots__ = ()

    def __init__(self, *iterables):
        self._it = self._gen(iterables)

    @staticmethod
    def _gen(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._it = cls._gen(iterable)
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class islice(_Iter):
    __slots__ = ()

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError('islice expected at least 2 arguments, got 1')
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        s = slice(*args)
        start, stop, step = s.start, s.stop, s.step
        msg_ss = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        if start is None:
            start = 0
        elif not isinstance(start, int) or start < 0:
            raise ValueError(msg_ss)
        if stop is not None and (not isinstance(stop, int) or stop < 0):
            raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        elif not isinstance(step, int) or step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = self._gen(iter(iterable), start, stop, step)

    @staticmethod
    def _gen(it, start, stop, step):
        i = 0
        nexti = start
        if stop is not None and stop <= start:
            for _ in range(stop):
                try:
                    next(it)
                except StopIteration:
                    return
            return
        for x in it:
            if i == nexti:
                yield x
                nexti += step
                if stop is not None and nexti >= stop:
                    # Consume up to stop like CPython.
                    for _ in range(i + 1, stop):
                        try:
                            next(it)
                        except StopIteration:
                            return
                    return
            i += 1


class accumulate(_Iter):
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = self._gen(iter(iterable), func, initial)

    @staticmethod
    def _gen(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for x in it:
            total = total + x if func is None else func(total, x)
            yield total


class starmap(_Iter):
    __slots__ = ()

    def __init__(self, function, iterable):
        self._it = self._gen(function, iter(iterable))

    @staticmethod
    def _gen(function, it):
        for args in it:
            yield function(*args)


class takewhile(_Iter):
    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._it = self._gen(predicate, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class dropwhile(_Iter):
    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._it = self._gen(predicate, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class filterfalse(_Iter):
    __slots__ = ()

    def __init__(self, function, iterable):
        self._it = self._gen(function, iter(iterable))

    @staticmethod
    def _gen(function, it):
        if function is None:
            function = bool
        for x in it:
            if not function(x):
                yield x


class compress(_Iter):
    __slots__ = ()

    def __init__(self, data, selectors):
        self._it = (d for d, s in zip(data, selectors) if s)


class pairwise(_Iter):
    __slots__ = ()

    def __init__(self, iterable):
        self._it = self._gen(iter(iterable))

    @staticmethod
    def _gen(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class zip_longest(_Iter):
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._it = self._gen([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _gen(its, fillvalue):
        n = len(its)
        if not n:
            return
        active = n
        done = [False] * n
        while True:
            row = []
            for i, it in enumerate(its):
                if done[i]:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(it))
                except StopIteration:
                    done[i] = True
                    active -= 1
                    if not active:
                        return
                    row.append(fillvalue)
            yield tuple(row)


class product(_Iter):
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._it = self._gen(pools)

    @staticmethod
    def _gen(pools):
        for p in pools:
            if not p:
                return
        n = len(pools)
        idx = [0] * n
        while True:
            yield tuple(pools[i][idx[i]] for i in range(n))
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    break
                idx[i] = 0
                i -= 1
            if i < 0:
                return


class permutations(_Iter):
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        elif r < 0:
            raise ValueError('r must be non-negative')
        self._it = self._gen(pool, n, r)

    @staticmethod
    def _gen(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_Iter):
    __slots__ = ()

    def __init__(self, iterable, r):
        if not isinstance(r, int):
            raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
        if r < 0:
            raise ValueError('r must be non-negative')
        self._it = self._gen(tuple(iterable), r)

    @staticmethod
    def _gen(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Iter):
    __slots__ = ()

    def __init__(self, iterable, r):
        if not isinstance(r, int):
            raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
        if r < 0:
            raise ValueError('r must be non-negative')
        self._it = self._gen(tuple(iterable), r)

    @staticmethod
    def _gen(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


class _Grouper(_Iter):
    __slots__ = ('_parent', '_key')

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __next__(self):
        p = self._parent
        if p._cur is not self:
            raise StopIteration
        if p._tgtkey is _MARK:
            p._step()
        if p._tgtkey is _MARK or p._tgtkey != self._key:
            raise StopIteration
        v = p._curval
        p._tgtkey = _MARK
        return v


_MARK = object()


class groupby(_Iter):
    __slots__ = ('_keyfunc', '_tgtkey', '_curval', '_cur', '_src', '_done')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._src = iter(iterable)
        self._tgtkey = _MARK
        self._curval = None
        self._cur = None
        self._done = False

    def _step(self):
        try:
            v = next(self._src)
        except StopIteration:
            self._done = True
            self._tgtkey = _MARK
            raise
        self._curval = v
        self._tgtkey = v if self._keyfunc is None else self._keyfunc(v)

    def __next__(self):
        if self._cur is not None:
            # Skip what is left of the current group.
            key = self._cur._key
            while True:
                if self._tgtkey is _MARK:
                    self._step()
                if self._tgtkey != key:
                    break
                self._tgtkey = _MARK
        elif self._tgtkey is _MARK:
            self._step()
        key = self._tgtkey
        self._cur = _Grouper(self, key)
        return key, self._cur


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


# The iterators programs use most are native types (tern's iter_tools.rs).
from _tern_itertools import (chain, islice, count, repeat, product,  # noqa: E402,F811
                             permutations, combinations, combinations_with_replacement)
