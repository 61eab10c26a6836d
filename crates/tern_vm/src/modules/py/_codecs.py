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
                out += charmap_encode(rep, 'strict', mapping)[0]
                continue
        elif isinstance(b, int):
            out.append(b)
        else:
            out += b
        i += 1
    return bytes(out), len(s)
