"""_sre: the regular expression engine under CPython's pure-Python `re`.

Pattern, Match and Scanner objects live here; matching itself is native
(`_tern_sre`, crates/tern_vm/src/modules/sre/): it returns a match as a
tuple (start, end, lastindex, g1start, g1end, ...), -1 where unset.
"""

import _tern_sre

MAGIC = _tern_sre.MAGIC
CODESIZE = _tern_sre.CODESIZE
MAXREPEAT = _tern_sre.MAXREPEAT
MAXGROUPS = _tern_sre.MAXGROUPS
copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "

ascii_iscased = _tern_sre.ascii_iscased
unicode_iscased = _tern_sre.unicode_iscased
ascii_tolower = _tern_sre.ascii_tolower
unicode_tolower = _tern_sre.unicode_tolower

_MAXSIZE = 9223372036854775807
_FLAG_NAMES = (
    (1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"),
    (16, "re.DOTALL"), (32, "re.UNICODE"), (64, "re.VERBOSE"), (128, "re.DEBUG"),
    (256, "re.ASCII"),
)


def getcodesize():
    return CODESIZE


def _bytes_to_codes(b):
    # re._compiler packs big charsets with memoryview(b).cast('I'), which
    # tern lacks: the same words, little-endian.
    return [int.from_bytes(b[i:i + 4], "little") for i in range(0, len(b), 4)]


def _patch_compiler():
    global _patched
    _patched = True
    try:
        memoryview(b"").cast("I")
    except Exception:
        import sys
        c = sys.modules.get("re._compiler")
        if c is not None:
            c._bytes_to_codes = _bytes_to_codes


_patched = False


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    # `re` compiles a pattern while it is imported, before any other.
    if not _patched:
        _patch_compiler()
    p = object.__new__(Pattern)
    p._pattern = pattern
    p._flags = flags
    p._code = tuple(code)
    p._groups = groups
    p._groupindex = dict(groupindex)
    p._indexgroup = tuple(indexgroup)
    p._isbytes = pattern is not None and not isinstance(pattern, str)
    return p


def _is_bytes_like(s):
    return isinstance(s, (bytes, bytearray))


def _check_string(pattern, string):
    if isinstance(string, str):
        if pattern._isbytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
    elif _is_bytes_like(string):
        if not pattern._isbytes and pattern._pattern is not None:
            raise TypeError("cannot use a string pattern on a bytes-like object")
    else:
        raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")


def _slice(string, start, end):
    if start < 0 or end < 0:
        return None
    s = string[start:end]
    if type(s) is not str and type(s) is not bytes:
        s = bytes(s) if _is_bytes_like(string) else str(s)
    return s


def _index(value, name):
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


class Pattern:
    """Compiled regular expression object."""

    __module__ = "re"

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Pattern' is not an acceptable base type")

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def _run(self, string, pos, endpos, mode):
        _check_string(self, string)
        pos = _index(pos, "pos")
        endpos = _index(endpos, "endpos")
        r = _tern_sre.match(self._code, string, pos, endpos, self._groups, mode, False)
        if r is None:
            return None
        return _new_match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        _check_string(self, string)
        return _tern_sre.scan(self._code, string, _index(pos, "pos"), _index(endpos, "endpos"), self._groups, limit)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        out = []
        empty = _slice(string, 0, 0)
        ngroups = self._groups
        for r in self._scan(string, pos, endpos):
            if ngroups == 0:
                out.append(_slice(string, r[0], r[1]))
            elif ngroups == 1:
                g = _slice(string, r[3], r[4])
                out.append(empty if g is None else g)
            else:
                items = []
                for i in range(ngroups):
                    g = _slice(string, r[3 + 2 * i], r[4 + 2 * i])
                    items.append(empty if g is None else g)
                out.append(tuple(items))
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter(self.scanner(string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        _check_string(self, string)
        s = object.__new__(SRE_Scanner)
        s._pattern = self
        s._string = string
        n = len(string)
        pos = _index(pos, "pos")
        endpos = _index(endpos, "endpos")
        s._pos = s._orig_pos = min(max(pos, 0), n)
        s._endpos = min(max(endpos, 0), n)
        s._must_advance = False
        s._done = False
        return s

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        ngroups = self._groups
        if maxsplit < 0:
            return [string[:]] if type(string) is str else [_slice(string, 0, len(string))]
        for r in self._scan(string, 0, _MAXSIZE, maxsplit):
            out.append(_slice(string, last, r[0]))
            for i in range(ngroups):
                out.append(_slice(string, r[3 + 2 * i], r[4 + 2 * i]))
            last = r[1]
        out.append(_slice(string, last, len(string)))
        return out

    def _subx(self, repl, string, count):
        _check_string(self, string)
        if callable(repl):
            filter = repl
        else:
            is_literal = True
            if isinstance(repl, str):
                is_literal = "\\" not in repl
            elif _is_bytes_like(repl):
                is_literal = b"\\" not in repl
            if is_literal:
                filter = repl
            else:
                import re
                filter = re._subx(self, repl)
        count = _index(count, "count")
        if count < 0:
            count = 0
        pieces = []
        last = 0
        n = 0
        for r in self._scan(string, 0, _MAXSIZE, count):
            if last < r[0]:
                pieces.append(_slice(string, last, r[0]))
            if callable(filter):
                item = filter(_new_match(self, string, 0, _MAXSIZE, r))
                if item is not None:
                    pieces.append(item)
            else:
                pieces.append(filter)
            last = r[1]
            n += 1
        if last < len(string):
            pieces.append(_slice(string, last, len(string)))
        empty = "" if isinstance(string, str) else b""
        return empty.join(pieces), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self._flags
        if (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        r = repr(self._pattern)[:200]
        if names:
            return f"re.compile({r}, {'|'.join(names)})"
        return f"re.compile({r})"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and self._isbytes == other._isbytes
                and self._code == other._code and self._pattern == other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._pattern, self._flags, self._code))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _new_match(pattern, string, pos, endpos, r):
    m = object.__new__(Match)
    m._re = pattern
    m._string = string
    n = len(string)
    m._pos = min(max(pos, 0), n)
    m._endpos = min(max(endpos, 0), n)
    m._r = r
    return m


class Match:
    """The result of re.match() and re.search()."""

    __module__ = "re"

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Match' is not an acceptable base type")

    @property
    def re(self):
        return self._re

    @property
    def string(self):
        return self._string

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def lastindex(self):
        i = self._r[2]
        return None if i < 0 else i

    @property
    def lastgroup(self):
        i = self._r[2]
        if i < 0:
            return None
        try:
            return self._re._indexgroup[i]
        except IndexError:
            return None

    @property
    def regs(self):
        return tuple(self._span(i) for i in range(self._re._groups + 1))

    def _group_index(self, g):
        if isinstance(g, int) or (not isinstance(g, (str, bytes)) and hasattr(type(g), "__index__")):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError("no such group") from None
            if 0 <= i <= self._re._groups:
                return i
            raise IndexError("no such group")
        try:
            i = self._re._groupindex[g]
        except (KeyError, TypeError):
            raise IndexError("no such group") from None
        return i

    def _span(self, i):
        r = self._r
        if i == 0:
            return (r[0], r[1])
        return (r[1 + 2 * i], r[2 + 2 * i])

    def _get(self, g, default=None):
        s, e = self._span(self._group_index(g))
        if s < 0:
            return default
        return _slice(self._string, s, e)

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(g) for g in args)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self._re._groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self._re._groupindex.items()}

    def start(self, group=0):
        return self._span(self._group_index(group))[0]

    def end(self, group=0):
        return self._span(self._group_index(group))[1]

    def span(self, group=0):
        return self._span(self._group_index(group))

    def expand(self, template):
        import re
        return re._expand(self._re, self, template)

    def __repr__(self):
        return f"<re.Match object; span={self._span(0)!r}, match={self._get(0)!r}>"

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class SRE_Scanner:
    """Successive matches of a pattern over one string."""

    __module__ = "_sre"

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_sre.SRE_Scanner' instances")

    @property
    def pattern(self):
        return self._pattern

    def _next(self, mode):
        if self._done or self._pos > self._endpos:
            return None
        p = self._pattern
        r = _tern_sre.match(p._code, self._string, self._pos, self._endpos, p._groups, mode, self._must_advance)
        if r is None:
            self._done = True
            return None
        self._must_advance = r[1] == r[0]
        self._pos = r[1]
        return _new_match(p, self._string, self._orig_pos, self._endpos, r)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)
