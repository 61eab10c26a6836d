"""This module contains functions that can read and write Python values in
a binary format. The format is specific to Python, but independent of
machine architecture issues.

Not all Python object types are supported; in general, only objects
whose value is independent from a particular invocation of Python can be
written and read by this module. The following types are supported:
None, integers, floating point numbers, strings, bytes, bytearrays,
tuples, lists, sets, dictionaries, and code objects, where it
should be understood that tuples, lists and dictionaries are only
supported as long as the values contained therein are themselves
supported; and recursive lists and dictionaries should not be written
(they will cause infinite loops).

Variables:

version -- indicates the format that the module uses. Version 0 is the
    historical format, version 1 shares interned strings and version 2
    uses a binary format for floating point numbers.
    Version 3 shares common object references (New in version 3.4).

Functions:

dump() -- write value to a file
load() -- read value from a file
dumps() -- marshal value as a bytes object
loads() -- read value from a bytes-like object
"""

# tern: marshal's format (version 4) for values: None, bools, StopIteration,
# Ellipsis, ints, floats, complex, str, bytes, tuples, lists, dicts, sets.
# Code objects are not marshallable in tern. Which objects get FLAG_REF
# depends on reference counts in CPython; tern flags every non-singleton.

import struct as _struct

version = 4

_FLAG_REF = 0x80
_SINGLETONS = {b"N": None, b"F": False, b"T": True, b"S": StopIteration, b".": Ellipsis}


class _Writer:
    def __init__(self, version):
        self.out = bytearray()
        self.version = version
        self.refs = {}
        self.keep = []

    def long(self, n):
        self.out += (n & 0xFFFFFFFF).to_bytes(4, "little")

    def obj(self, v, depth=0):
        if depth > 2000:
            raise ValueError("object too deeply nested to marshal")
        out = self.out
        if v is None:
            out += b"N"
            return
        if v is StopIteration:
            out += b"S"
            return
        if v is Ellipsis:
            out += b"."
            return
        if v is False:
            out += b"F"
            return
        if v is True:
            out += b"T"
            return
        flag = 0
        if self.version >= 3:
            key = id(v)
            idx = self.refs.get(key)
            if idx is not None:
                out += b"r"
                self.long(idx)
                return
            self.refs[key] = len(self.refs)
            self.keep.append(v)
            flag = _FLAG_REF
        t = type(v)
        if t is int:
            if -(2**31) <= v < 2**31:
                out.append(ord("i") | flag)
                self.long(v)
            else:
                out.append(ord("l") | flag)
                m = abs(v)
                digits = []
                while m:
                    digits.append(m & 0x7FFF)
                    m >>= 15
                self.long(len(digits) if v > 0 else -len(digits))
                for d in digits:
                    out += d.to_bytes(2, "little")
        elif t is float:
            if self.version > 1:
                out.append(ord("g") | flag)
                out += _struct.pack("<d", v)
            else:
                s = repr(v).encode()
                out.append(ord("f") | flag)
                out.append(len(s))
                out += s
        elif t is complex:
            out.append(ord("y") | flag)
            out += _struct.pack("<dd", v.real, v.imag)
        elif t is str:
            if v.isascii():
                interned = v.isidentifier()
                if len(v) < 256:
                    out.append(ord("Z" if interned else "z") | flag)
                    out.append(len(v))
                else:
                    out.append(ord("A" if interned else "a") | flag)
                    self.long(len(v))
                out += v.encode("ascii")
            else:
                b = v.encode("utf-8", "surrogatepass")
                out.append(ord("u") | flag)
                self.long(len(b))
                out += b
        elif t is bytes or t is bytearray:
            out.append(ord("s") | flag)
            self.long(len(v))
            out += v
        elif t is tuple:
            if len(v) < 256:
                out.append(ord(")") | flag)
                out.append(len(v))
            else:
                out.append(ord("(") | flag)
                self.long(len(v))
            for x in v:
                self.obj(x, depth + 1)
        elif t is list:
            out.append(ord("[") | flag)
            self.long(len(v))
            for x in v:
                self.obj(x, depth + 1)
        elif t is dict:
            out.append(ord("{") | flag)
            for k, x in v.items():
                self.obj(k, depth + 1)
                self.obj(x, depth + 1)
            out += b"0"
        elif t is set or t is frozenset:
            out.append(ord("<" if t is set else ">") | flag)
            self.long(len(v))
            for x in v:
                self.obj(x, depth + 1)
        else:
            raise ValueError("unmarshallable object")


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        p = self.pos
        if p + n > len(self.data):
            raise EOFError("marshal data too short")
        self.pos = p + n
        return self.data[p:p + n]

    def long(self):
        return int.from_bytes(self.take(4), "little", signed=True)

    def size(self):
        n = self.long()
        if n < 0:
            raise ValueError("bad marshal data (bytes object size out of range)")
        return n

    def obj(self):
        if self.pos >= len(self.data):
            raise EOFError("EOF read where object expected")
        code = self.data[self.pos]
        self.pos += 1
        flag = code & _FLAG_REF
        c = chr(code & ~_FLAG_REF)
        if c in "NFTS.":
            return _SINGLETONS[c.encode()]
        if c == "r":
            n = self.long()
            if n < 0 or n >= len(self.refs) or self.refs[n] is _PENDING:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[n]
        idx = None
        if flag:
            idx = len(self.refs)
            self.refs.append(_PENDING)
        if c == "[" or c == "{" or c == "<":
            v = [] if c == "[" else {} if c == "{" else set()
            if idx is not None:
                self.refs[idx] = v
            if c == "{":
                while True:
                    if self.pos < len(self.data) and self.data[self.pos] == ord("0"):
                        self.pos += 1
                        break
                    k = self.obj()
                    v[k] = self.obj()
            else:
                n = self.size()
                for _ in range(n):
                    x = self.obj()
                    v.append(x) if c == "[" else v.add(x)
            return v
        v = self.simple(c)
        if idx is not None:
            self.refs[idx] = v
        return v

    def simple(self, c):
        if c == "i":
            return self.long()
        if c == "I":
            return int.from_bytes(self.take(8), "little", signed=True)
        if c == "l":
            n = self.long()
            v = 0
            for k in range(abs(n)):
                d = int.from_bytes(self.take(2), "little")
                if d > 0x7FFF:
                    raise ValueError("bad marshal data (digit out of range in long)")
                v |= d << (15 * k)
            return -v if n < 0 else v
        if c == "g":
            return _struct.unpack("<d", self.take(8))[0]
        if c == "f":
            return float(self.take(self.take(1)[0]).decode())
        if c == "y":
            re, im = _struct.unpack("<dd", self.take(16))
            return complex(re, im)
        if c == "x":
            re = float(self.take(self.take(1)[0]).decode())
            return complex(re, float(self.take(self.take(1)[0]).decode()))
        if c == "s":
            return bytes(self.take(self.size()))
        if c in "zZ":
            return self.take(self.take(1)[0]).decode("latin-1")
        if c in "aAt":
            return self.take(self.size()).decode("latin-1")
        if c == "u":
            return self.take(self.size()).decode("utf-8", "surrogatepass")
        if c == ")" or c == "(":
            n = self.take(1)[0] if c == ")" else self.size()
            return tuple([self.obj() for _ in range(n)])
        if c == ">":
            return frozenset([self.obj() for _ in range(self.size())])
        if c == "0":
            raise ValueError("bad marshal data (NULL object)")
        raise ValueError("bad marshal data (unknown type code)")


_PENDING = object()


def dumps(value, version=version, /):
    w = _Writer(version)
    w.obj(value)
    return bytes(w.out)


def dump(value, file, version=version, /):
    file.write(dumps(value, version))


def loads(data, /):
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    return _Reader(data).obj()


def load(file, /):
    data = file.read()
    r = _Reader(data)
    v = r.obj()
    if hasattr(file, "seek"):
        try:
            file.seek(r.pos - len(data), 1)
        except Exception:
            pass
    return v
