"""tern's _pickle: pickle.dumps/dump/loads of builtin values run natively
(_tern_pickle); anything else, and the Pickler and Unpickler classes, are
pickle's own Python implementation. pickle imports this module before
defining its classes, so they are looked up when first used."""

import sys
import _tern_pickle


def _pickle():
    return sys.modules['pickle']


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    p = _pickle()
    if buffer_callback is None:
        proto = p.DEFAULT_PROTOCOL if protocol is None else protocol
        if type(proto) is int and proto < 0:
            proto = p.HIGHEST_PROTOCOL
        data = _tern_pickle.dumps(obj, proto)
        if data is not None:
            return data
    return p._dumps(obj, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    p = _pickle()
    if buffer_callback is None:
        proto = p.DEFAULT_PROTOCOL if protocol is None else protocol
        if type(proto) is int and proto < 0:
            proto = p.HIGHEST_PROTOCOL
        try:
            write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        data = _tern_pickle.dumps(obj, proto)
        if data is not None:
            write(data)
            return
    p._dump(obj, file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if isinstance(data, (bytes, bytearray)) and not data:
        raise EOFError("Ran out of input")
    if buffers is None and isinstance(data, (bytes, bytearray)):
        r = _tern_pickle.loads(data)
        if r is not None:
            return r[0]
    return _pickle()._loads(data, fix_imports=fix_imports, encoding=encoding, errors=errors,
                            buffers=buffers)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _pickle()._load(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                           buffers=buffers)


_FROM_PICKLE = {'Pickler': '_Pickler', 'Unpickler': '_Unpickler', 'PickleError': 'PickleError',
                'PicklingError': 'PicklingError', 'UnpicklingError': 'UnpicklingError'}


def __getattr__(name):
    try:
        return getattr(_pickle(), _FROM_PICKLE[name])
    except (KeyError, AttributeError):
        raise AttributeError(f"module '_pickle' has no attribute '{name}'") from None
