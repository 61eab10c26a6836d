"""The codec registry and the few codecs implemented natively by CPython
(utf-8, latin-1, ascii), over str.encode/bytes.decode."""

_search = []
_cache = {}
_errors = {}


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


def register_error(name, handler):
    _errors[name] = handler


def lookup_error(name):
    try:
        return _errors[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def encode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, str):
        return obj.encode(encoding, errors)
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, (bytes, bytearray)):
        return bytes(obj).decode(encoding, errors)
    return lookup(encoding).decode(obj, errors)[0]


def utf_8_encode(s, errors='strict'):
    return s.encode('utf-8', errors), len(s)


def utf_8_decode(b, errors='strict', final=False):
    b = bytes(b)
    return b.decode('utf-8', errors), len(b)


def latin_1_encode(s, errors='strict'):
    return s.encode('latin-1', errors), len(s)


def latin_1_decode(b, errors='strict'):
    b = bytes(b)
    return b.decode('latin-1', errors), len(b)


def ascii_encode(s, errors='strict'):
    return s.encode('ascii', errors), len(s)


def ascii_decode(b, errors='strict'):
    b = bytes(b)
    return b.decode('ascii', errors), len(b)
