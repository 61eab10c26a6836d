"""Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience.
"""

# tern: `operator` ends with `from _operator import *`, so the functions
# here replace its pure-Python ones. Being a frozen stand-in for a C
# module, tern marks them as builtins: stored on a class they do not bind
# (`class C: add = operator.add`). itemgetter, attrgetter and
# methodcaller stay operator's classes.


def _compare_digest(a, b, /):
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode(), b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        if not isinstance(a, (bytes, bytearray)) and not isinstance(b, (bytes, bytearray)):
            raise TypeError(f"unsupported operand types(s) or combination of types: '{type(a).__name__}' and '{type(b).__name__}'")
        raise TypeError("a bytes-like object is required, not 'str'")
    else:
        buffers = (bytes, bytearray)
        if not (isinstance(a, buffers) or hasattr(a, "__tern_buffer__")) or not (
            isinstance(b, buffers) or hasattr(b, "__tern_buffer__")
        ):
            raise TypeError(f"unsupported operand types(s) or combination of types: '{type(a).__name__}' and '{type(b).__name__}'")
        a, b = bytes(a), bytes(b)
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0


def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj: len(obj) if it
    has a length, else obj.__length_hint__(), else default."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    if hasattr(type(obj), "__len__"):
        try:
            return len(obj)
        except TypeError:
            pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError(f"__length_hint__ must be an integer, not {type(val).__name__}")
    if val < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return val

import builtins as _builtins

_abs = _builtins.abs


def _define(name, params, body, doc):
    exec(f"def {name}({params}, /):\n    {body}", globals())
    globals()[name].__doc__ = doc


for _name, _op in [('lt', '<'), ('le', '<='), ('eq', '=='), ('ne', '!='), ('ge', '>='), ('gt', '>')]:
    _define(_name, 'a, b', f'return a {_op} b', f'Same as a {_op} b.')
for _name, _op in [('add', '+'), ('and_', '&'), ('floordiv', '//'), ('lshift', '<<'), ('mod', '%'), ('mul', '*'),
                   ('matmul', '@'), ('or_', '|'), ('pow', '**'), ('rshift', '>>'), ('sub', '-'), ('truediv', '/'), ('xor', '^')]:
    _define(_name, 'a, b', f'return a {_op} b', f'Same as a {_op} b.')
    _in_place = 'i' + _name.rstrip('_')
    _define(_in_place, 'a, b', f'a {_op}= b; return a', f'Same as a {_op}= b.')
for _name, _expr, _doc in [('not_', 'not a', 'Same as not a.'), ('truth', 'True if a else False', 'Return True if a is true, False otherwise.'),
                           ('abs', '_abs(a)', 'Same as abs(a).'), ('inv', '~a', 'Same as ~a.'), ('invert', '~a', 'Same as ~a.'),
                           ('neg', '-a', 'Same as -a.'), ('pos', '+a', 'Same as +a.')]:
    _define(_name, 'a', f'return {_expr}', _doc)
for _name, _expr, _doc in [('is_', 'a is b', 'Same as a is b.'), ('is_not', 'a is not b', 'Same as a is not b.'),
                           ('contains', 'b in a', 'Same as b in a (note reversed operands).'), ('getitem', 'a[b]', 'Same as a[b].')]:
    _define(_name, 'a, b', f'return {_expr}', _doc)
del _name, _op, _expr, _doc, _in_place


def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    count = 0
    for i in a:
        if i is b or i == b:
            count += 1
    return count


def indexOf(a, b, /):
    "Return the first index of b in a."
    for i, j in enumerate(a):
        if j is b or j == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]


def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c


def index(a, /):
    "Same as a.__index__()"
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return result


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)
