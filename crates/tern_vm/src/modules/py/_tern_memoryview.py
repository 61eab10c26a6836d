"""tern's memoryview: one-dimensional views of bytes, bytearray and
array.array (and of other views). `_tern_boot` imports this module at
start-up, and the class below is the builtin `memoryview` from then on.
Views of a bytearray or an array write through; `cast` copies."""

import builtins


def _check(view):
    if view._released:
        raise ValueError("operation forbidden on released memoryview object")


class memoryview:
    # No instance `__dict__`, as in CPython.
    __slots__ = ("_released", "_base", "_start", "_step", "_len", "_fmt", "_itemsize", "_obj", "__weakref__")

    def __new__(cls, object):
        self = builtins.object.__new__(cls)
        self._released = False
        if isinstance(object, memoryview):
            _check(object)
            self._base, self._start, self._step, self._len = object._base, object._start, object._step, object._len
            self._fmt, self._itemsize, self._obj = object._fmt, object._itemsize, object._obj
            return self
        if isinstance(object, (bytes, bytearray)):
            self._fmt, self._itemsize = "B", 1
        elif hasattr(object, "typecode") and hasattr(object, "__tern_buffer__"):
            self._fmt, self._itemsize = object.typecode, object.itemsize
        else:
            raise TypeError(f"memoryview: a bytes-like object is required, not '{type(object).__name__}'")
        self._base = self._obj = object
        self._start, self._step, self._len = 0, 1, len(object)
        return self

    def _indices(self):
        return range(self._start, self._start + self._step * self._len, self._step)

    @property
    def obj(self):
        _check(self)
        return self._obj

    format = property(lambda self: self._fmt)
    itemsize = property(lambda self: self._itemsize)
    ndim = property(lambda self: 1)
    shape = property(lambda self: (self._len,))
    strides = property(lambda self: (self._itemsize * self._step,))
    suboffsets = property(lambda self: ())
    nbytes = property(lambda self: self._len * self._itemsize)
    c_contiguous = f_contiguous = contiguous = property(lambda self: self._step == 1 or self._len <= 1)

    @property
    def readonly(self):
        return isinstance(self._base, bytes)

    def __repr__(self):
        state = "released " if self._released else ""
        return f"<{state}memory at 0x{id(self):x}>"

    def __len__(self):
        _check(self)
        return self._len

    def __getitem__(self, key):
        _check(self)
        if isinstance(key, slice):
            start, stop, step = key.indices(self._len)
            view = memoryview(self)
            view._start = self._start + start * self._step
            view._step = self._step * step
            view._len = len(range(start, stop, step))
            return view
        if isinstance(key, tuple):
            raise TypeError("memoryview: invalid slice key")
        i = key.__index__()
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("index out of bounds on dimension 1")
        v = self._base[self._start + i * self._step]
        return bytes([v]) if self._fmt == "c" else v

    def __setitem__(self, key, value):
        _check(self)
        if self.readonly:
            raise TypeError("cannot modify read-only memory")
        if isinstance(key, slice):
            start, stop, step = key.indices(self._len)
            n = len(range(start, stop, step))
            data = memoryview(value)
            if len(data) != n or data._fmt != self._fmt:
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            items = data.tolist()
            for k, i in enumerate(range(start, stop, step)):
                self._base[self._start + i * self._step] = items[k]
            return
        i = key.__index__()
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("index out of bounds on dimension 1")
        if self._fmt == "B" and not (isinstance(value, int) and 0 <= value <= 255):
            raise ValueError("memoryview: invalid value for format 'B'")
        self._base[self._start + i * self._step] = value

    def __delitem__(self, key):
        _check(self)
        raise TypeError("cannot delete memory")

    def __iter__(self):
        _check(self)
        return iter(self.tolist())

    def __eq__(self, other):
        if self._released:
            return self is other
        try:
            other = memoryview(other)
        except TypeError:
            return NotImplemented
        return self.tolist() == other.tolist()

    def __hash__(self):
        if not self.readonly:
            raise ValueError("cannot hash writable memoryview object")
        return hash(self.tobytes())

    def __enter__(self):
        _check(self)
        return self

    def __exit__(self, *exc):
        self.release()

    def release(self):
        self._released = True

    def tolist(self):
        _check(self)
        if self._fmt == "c":
            return [bytes([self._base[i]]) for i in self._indices()]
        return [self._base[i] for i in self._indices()]

    def tobytes(self, order="C"):
        _check(self)
        if isinstance(self._base, (bytes, bytearray)):
            if self._step == 1:
                return bytes(self._base[self._start:self._start + self._len])
            return bytes(self._base[i] for i in self._indices())
        return self._base[self._start:self._start + self._step * self._len:self._step].tobytes() if self._len else b""

    __tern_buffer__ = tobytes

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def toreadonly(self):
        return memoryview(self.tobytes())

    def cast(self, format, shape=None):
        _check(self)
        import _struct

        data = self.tobytes()
        size = _struct.calcsize(format)
        if len(data) % size:
            raise TypeError("memoryview: length is not a multiple of itemsize")
        view = memoryview(data)
        if format in ("B", "c"):
            view._fmt = format
            return view
        import array

        if format not in array.typecodes or format == "u":
            raise ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
        return memoryview(array.array(format, data))


memoryview.__module__ = "builtins"
builtins.memoryview = memoryview
