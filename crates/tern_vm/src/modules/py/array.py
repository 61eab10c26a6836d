"""This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
"""

# tern: array.array kept as a list of Python values checked and converted
# as CPython stores them (C ranges, float32 rounding); the machine bytes
# come from `_struct` (native sizes), and `__tern_buffer__` lets bytes(),
# bytearray(), struct and binascii read an array like a buffer.

import _struct

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}
_LONG = 2**63


def _range(v, lo, hi, name):
    if v < lo:
        raise OverflowError(f"{name} is less than minimum")
    if v > hi:
        raise OverflowError(f"{name} is greater than maximum")


def _as_int(v):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return int(index(v))


def _check(tc, v):
    """The value stored for `v` in an array of typecode `tc`."""
    if tc == "f" or tc == "d":
        if not isinstance(v, float):
            if not (isinstance(v, int) or hasattr(type(v), "__float__") or hasattr(type(v), "__index__")):
                raise TypeError(f"must be real number, not {type(v).__name__}")
            v = float(v)
        if tc == "f":
            v = _struct.unpack("f", _struct.pack("f", v))[0]
        return v
    if tc == "u":
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    v = _as_int(v)
    if tc in "bBhHil":
        if not -_LONG <= v < _LONG:
            raise OverflowError("Python int too large to convert to C long")
        if tc == "b":
            _range(v, -32768, 32767, "signed short integer")
            _range(v, -128, 127, "signed char")
        elif tc == "B":
            _range(v, 0, 255, "unsigned byte integer")
        elif tc == "h":
            _range(v, -32768, 32767, "signed short integer")
        elif tc == "H":
            _range(v, -(2**31), 2**31 - 1, "signed integer")
            _range(v, 0, 65535, "unsigned short")
        elif tc == "i":
            _range(v, -(2**31), 2**31 - 1, "signed integer")
    elif tc == "I" or tc == "L":
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v >= 2**64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if tc == "I" and v >= 2**32:
            raise OverflowError("unsigned int is greater than maximum")
    elif tc == "q":
        if not -_LONG <= v < _LONG:
            raise OverflowError("int too big to convert")
    else:
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v >= 2**64:
            raise OverflowError("int too big to convert")
    return v


def _unpack(tc, data):
    if tc == "u":
        return list(data.decode("utf-32-le"))
    return list(_struct.unpack(f"@{len(data) // _SIZES[tc]}{tc}", data))


class array:
    __slots__ = ("_tc", "_items", "__weakref__")
    __hash__ = None

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == "u" and typecode != "u":
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            self._items = [_check(typecode, v) for v in initializer._items]
        else:
            self._items = [_check(typecode, v) for v in initializer]
        return self

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _SIZES[self._tc]

    def __tern_buffer__(self):
        return self.tobytes()

    def __repr__(self):
        if not self._items:
            return f"array('{self._tc}')"
        if self._tc == "u":
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._tc}', {self._items!r})"

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        a = object.__new__(type(self))
        a._tc = self._tc
        a._items = items
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            items = list(v._items)
            if i.step not in (None, 1):
                n = len(range(*i.indices(len(self._items))))
                if len(items) != n:
                    raise ValueError(f"attempt to assign array of size {len(items)} to extended slice of size {n}")
            self._items[i] = items
            return
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def _same(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return other._items

    def __eq__(self, other):
        o = self._same(other)
        return NotImplemented if o is NotImplemented else self._items == o

    def __ne__(self, other):
        o = self._same(other)
        return NotImplemented if o is NotImplemented else self._items != o

    def __lt__(self, other):
        o = self._same(other)
        return NotImplemented if o is NotImplemented else self._items < o

    def __le__(self, other):
        o = self._same(other)
        return NotImplemented if o is NotImplemented else self._items <= o

    def __gt__(self, other):
        o = self._same(other)
        return NotImplemented if o is NotImplemented else self._items > o

    def __ge__(self, other):
        o = self._same(other)
        return NotImplemented if o is NotImplemented else self._items >= o

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), "__index__"):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), "__index__"):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        self._items *= n
        return self

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo, /):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol, /):
        return (type(self), (self._tc, list(self._items)), getattr(self, "__dict__", None))

    def __sizeof__(self):
        return 64 + len(self._items) * _SIZES[self._tc]

    def append(self, v, /):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(_check(self._tc, v))

    def insert(self, i, v, /):
        self._items.insert(_as_int(i), _check(self._tc, v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=2**63 - 1, /):
        for i in range(*slice(start, stop).indices(len(self._items))):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v, /):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        n = _SIZES[self._tc]
        data = self.tobytes()
        swapped = b"".join(data[k:k + n][::-1] for k in range(0, len(data), n))
        self._items = _unpack(self._tc, swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def tolist(self):
        return list(self._items)

    def fromlist(self, items, /):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self._items.extend([_check(self._tc, v) for v in items])

    def tobytes(self):
        if self._tc == "u":
            return "".join(self._items).encode("utf-32-le")
        return _struct.pack(f"@{len(self._items)}{self._tc}", *self._items)

    def frombytes(self, buffer, /):
        data = bytes(buffer)
        if len(data) % _SIZES[self._tc]:
            raise ValueError("bytes length not a multiple of item size")
        self._items.extend(_unpack(self._tc, data))

    def tounicode(self):
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s, /):
        if not isinstance(s, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(s).__name__}")
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def tofile(self, f, /):
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        size = _SIZES[self._tc] * n
        data = f.read(size)
        self.frombytes(data[: len(data) - len(data) % _SIZES[self._tc]])
        if len(data) < size:
            raise EOFError("read() didn't return enough bytes")


ArrayType = array


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    return arraytype(typecode, items)
