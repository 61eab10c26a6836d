"""The codec registry and the codecs implemented natively by CPython.

tern: the utf-8, utf-16, utf-32, utf-7, ascii and latin-1 functions and the
built-in error handlers are native (`_tern_codecs`,
modules/tern_codecs.rs over crates/tern_vm/src/codecs/)."""

from _tern_codecs import (
    utf_8_encode, utf_8_decode, ascii_encode, ascii_decode, latin_1_encode, latin_1_decode,
    utf_16_encode, utf_16_le_encode, utf_16_be_encode, utf_16_decode, utf_16_le_decode,
    utf_16_be_decode, utf_16_ex_decode, utf_32_encode, utf_32_le_encode, utf_32_be_encode,
    utf_32_decode, utf_32_le_decode, utf_32_be_decode, utf_32_ex_decode, utf_7_encode, utf_7_decode,
    unicode_escape_encode, unicode_escape_decode, raw_unicode_escape_encode, raw_unicode_escape_decode,
    escape_encode, escape_decode,
    strict_errors as _strict, ignore_errors as _ignore, replace_errors as _replace,
    backslashreplace_errors as _backslashreplace, xmlcharrefreplace_errors as _xmlcharrefreplace,
    namereplace_errors as _namereplace, surrogateescape as _surrogateescape,
    surrogatepass as _surrogatepass,
)

_search = []
_cache = {}
_errors = {
    'strict': _strict,
    'ignore': _ignore,
    'replace': _replace,
    'backslashreplace': _backslashreplace,
    'xmlcharrefreplace': _xmlcharrefreplace,
    'namereplace': _namereplace,
    'surrogateescape': _surrogateescape,
    'surrogatepass': _surrogatepass,
}


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search.append(search_function)


def unregister(search_function):
    if search_function in _search:
        _search.remove(search_function)
    _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace(' ', '_').replace('-', '_')


def lookup(encoding):
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    if not _search:
        # CPython imports the encodings package (the standard search
        # function) at startup; tern does it on the first lookup.
        import encodings  # noqa: F401
    for fn in _search:
        info = fn(key)
        if info is not None:
            _cache[key] = info
            return info
    raise LookupError(f"unknown encoding: {encoding}")


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = bytes(memoryview(data))
    return data, len(data)


def register_error(name, handler):
    if not isinstance(name, str):
        raise TypeError(f"register_error() argument 1 must be str, not {type(name).__name__}")
    if not callable(handler):
        raise TypeError("handler must be callable")
    _errors[name] = handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError(f"lookup_error() argument must be str, not {type(name).__name__}")
    try:
        return _errors[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def encode(obj, encoding='utf-8', errors='strict'):
    encoder = lookup(encoding).encode
    try:
        r = encoder(obj, errors)
    except Exception as e:
        _rewrap(e, f"encoding with '{encoding}' codec failed")
        raise
    return _result(r, 'encoder')


def decode(obj, encoding='utf-8', errors='strict'):
    decoder = lookup(encoding).decode
    try:
        r = decoder(obj, errors)
    except Exception as e:
        _rewrap(e, f"decoding with '{encoding}' codec failed")
        raise
    return _result(r, 'decoder')


# Exceptions whose constructors take more than a message (CPython's own
# __init__), which codecs.encode/decode re-raise unchanged.
_KEEP = (OSError, SyntaxError, ImportError, AttributeError, NameError, StopIteration, SystemExit,
         UnicodeError, BaseExceptionGroup)


def _rewrap(e, what):
    """Raises a copy of `e` saying which codec failed (from `e`), as
    CPython does for exceptions that are only a message."""
    t = type(e)
    if (isinstance(e, _KEEP) or t.__init__ is not BaseException.__init__ or t.__new__ is not BaseException.__new__
            or e.__dict__):
        return
    raise t(f"{what} ({t.__name__}: {e})").with_traceback(e.__traceback__) from e


def _result(r, what):
    if not isinstance(r, tuple) or len(r) != 2:
        shape = '(object, integer)' if what == 'encoder' else '(object,integer)'
        raise TypeError(f"{what} must return a tuple {shape}")
    return r[0]


def charmap_build(decoding_table):
    """The encoding map of a decoding table (a str of 256 characters)."""
    return {ord(c): i for i, c in enumerate(decoding_table) if c != '\ufffe'}


def _charmap_lookup(mapping, b):
    if isinstance(mapping, str):
        return mapping[b] if b < len(mapping) else None
    try:
        v = mapping[b]
    except LookupError:
        return None
    if isinstance(v, int):
        return chr(v)
    return v


def charmap_decode(data, errors='strict', mapping=None):
    data = bytes(data)
    if mapping is None:
        return data.decode('latin-1'), len(data)
    out = []
    i = 0
    while i < len(data):
        c = _charmap_lookup(mapping, data[i])
        if c is None or c == '\ufffe':
            if errors == 'strict':
                raise UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
            if errors == 'replace':
                out.append('\ufffd')
            elif errors == 'backslashreplace':
                out.append('\\x%02x' % data[i])
            elif errors != 'ignore':
                rep, i = lookup_error(errors)(UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>'))
                out.append(rep)
                continue
        else:
            out.append(c)
        i += 1
    return ''.join(out), len(data)


def _charmap_target(mapping, ch):
    try:
        return mapping[ord(ch)]
    except LookupError:
        return None


def charmap_encode(s, errors='strict', mapping=None):
    if mapping is None:
        return s.encode('latin-1', errors), len(s)
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        b = _charmap_target(mapping, ch)
        if b is None:
            if errors == 'strict':
                j = i + 1
                while j < len(s) and _charmap_target(mapping, s[j]) is None:
                    j += 1
                raise UnicodeEncodeError('charmap', s, i, j, 'character maps to <undefined>')
            if errors == 'replace':
                out += charmap_encode('?', 'strict', mapping)[0]
            elif errors == 'xmlcharrefreplace':
                out += charmap_encode('&#%d;' % ord(ch), 'strict', mapping)[0]
            elif errors == 'backslashreplace':
                n = ord(ch)
                esc = '\\x%02x' % n if n < 0x100 else '\\u%04x' % n if n < 0x10000 else '\\U%08x' % n
                out += charmap_encode(esc, 'strict', mapping)[0]
            elif errors != 'ignore':
                rep, i = lookup_error(errors)(UnicodeEncodeError('charmap', s, i, i + 1, 'character maps to <undefined>'))
                out += rep if isinstance(rep, bytes) else charmap_encode(rep, 'strict', mapping)[0]
                continue
        elif isinstance(b, int):
            out.append(b)
        else:
            out += b
        i += 1
    return bytes(out), len(s)
