"""Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
"""

# tern: the Struct class and struct.error over the native `_tern_struct`
# (format parsing, packing and unpacking; see modules/tern_struct.rs).

import _tern_struct as _n


class error(Exception):
    pass


error.__module__ = "struct"
_n.set_error(error)

calcsize = _n.calcsize
pack = _n.pack
pack_into = _n.pack_into
unpack = _n.unpack
unpack_from = _n.unpack_from
_clearcache = _n.clearcache


def _buffer_bytes(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return bytes(buffer)
    raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'")


class unpack_iterator:
    __slots__ = ("_fmt", "_data", "_pos", "_size")

    def __init__(self, fmt, size, buffer):
        if size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        data = _buffer_bytes(buffer)
        if len(data) % size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {size} bytes")
        self._fmt = fmt
        self._data = data
        self._pos = 0
        self._size = size

    def __iter__(self):
        return self

    def __next__(self):
        if self._data is None or self._pos >= len(self._data):
            self._data = None
            raise StopIteration
        pos = self._pos
        self._pos = pos + self._size
        return _n.unpack_from(self._fmt, self._data, pos)

    def __length_hint__(self):
        if self._data is None:
            return 0
        return (len(self._data) - self._pos) // self._size


unpack_iterator.__module__ = "_struct"


def iter_unpack(format, buffer, /):
    return unpack_iterator(format, _n.calcsize(format), buffer)


_setattr = object.__setattr__


class Struct:
    """Struct(fmt) --> compiled struct object

"""

    __slots__ = ("_format", "_size", "__weakref__")

    def __init__(self, format):
        size = _n.calcsize(format)
        if isinstance(format, bytes):
            format = format.decode("ascii")
        _setattr(self, "_format", format)
        _setattr(self, "_size", size)

    def __setattr__(self, name, value):
        if name in ("format", "size"):
            raise AttributeError(f"attribute '{name}' of '_struct.Struct' objects is not writable")
        raise AttributeError(f"'_struct.Struct' object has no attribute '{name}'")

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def pack(self, *values):
        return _n.pack(self._format, *values)

    def pack_into(self, *args):
        return _n.pack_into(self._format, *args)

    def unpack(self, buffer, /):
        return _n.unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return _n.unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer, /):
        return unpack_iterator(self._format, self._size, buffer)

    def __sizeof__(self):
        return 48 + self._size
