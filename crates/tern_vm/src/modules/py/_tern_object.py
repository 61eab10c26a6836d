"""object.__reduce_ex__ (used by copy and pickle), as CPython's
typeobject.c computes it, and the reductions of the builtin types that
have their own."""


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        s = c.__dict__.get('__slots__', ())
        if isinstance(s, str):
            s = (s,)
        for n in s:
            if n not in ('__dict__', '__weakref__') and n not in names:
                names.append(n)
    return names


def reduce_ex(obj, proto):
    import copyreg
    cls = type(obj)
    if cls.__reduce__ is not object.__reduce__:
        return obj.__reduce__()
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    kwargs = None
    if hasattr(obj, '__getnewargs_ex__'):
        args, kwargs = obj.__getnewargs_ex__()
    elif hasattr(obj, '__getnewargs__'):
        args = obj.__getnewargs__()
    else:
        args = ()
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls, *args), state, listitems, dictitems


def getstate(obj):
    """object.__getstate__(): the instance dict (None when empty), paired
    with a dict of the set slots when there are any."""
    d = getattr(obj, '__dict__', None)
    state = d if d else None
    slots = {}
    for n in _slot_names(type(obj)):
        try:
            slots[n] = getattr(obj, n)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state


def set_reduce(s):
    """set.__reduce__ and frozenset.__reduce__."""
    return type(s), (list(s),), s.__getstate__()


def bytearray_reduce(b, proto):
    """bytearray.__reduce_ex__: latin-1 text below protocol 3 (which
    Python 2 can read), bytes from it on."""
    state = b.__getstate__()
    if not b:
        return type(b), (), state
    if proto < 3:
        return type(b), (b.decode('latin-1'), 'latin-1'), state
    return type(b), (bytes(b),), state
