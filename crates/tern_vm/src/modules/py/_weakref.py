"""Weak-reference support module (tern: Python classes over _tern.weak).

A callback is registered with _tern.weak_callback and called with the
weakref at tern's next finalizer point after the object is freed.
"""

import _tern


class ReferenceType:
    __slots__ = ('_h', '_hash', '__callback__', '__weakref__')

    def __new__(cls, ob, callback=None, *args, **kwargs):
        _tern.check_weakrefable(ob)
        self = object.__new__(cls)
        self._h = _tern.weak(ob)
        self._hash = None
        self.__callback__ = callback
        if callback is not None:
            _tern.weak_callback(ob, self)
        return self

    def __init__(self, ob, callback=None, *args, **kwargs):
        pass

    def __call__(self):
        return _tern.weak_get(self._h)

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError('weak object has gone away')
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        ob = self()
        if ob is None:
            return f'<weakref at {id(self):#x}; dead>'
        return f'<weakref at {id(self):#x}; to {type(ob).__name__!r} at {id(ob):#x}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__name__ = 'ReferenceType'
ReferenceType.__qualname__ = 'ReferenceType'
ReferenceType.__module__ = 'weakref'
ref = ReferenceType


def _target(p):
    ob = _tern.weak_get(object.__getattribute__(p, '_h'))
    if ob is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return ob


class ProxyType:
    __slots__ = ('_h', '__callback__')

    def __init__(self, ob, callback=None):
        _tern.check_weakrefable(ob)
        object.__setattr__(self, '_h', _tern.weak(ob))
        object.__setattr__(self, '__callback__', callback)
        if callback is not None:
            _tern.weak_callback(ob, self)

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        ob = _target(self)
        return f'<weakproxy at {id(self):#x}; to {type(ob).__name__!r} at {id(ob):#x}>'

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __getitem__(self, k):
        return _target(self)[k]

    def __setitem__(self, k, v):
        _target(self)[k] = v

    def __delitem__(self, k):
        del _target(self)[k]

    def __contains__(self, k):
        return k in _target(self)

    def __eq__(self, other):
        return _target(self) == other

    def __ne__(self, other):
        return _target(self) != other

    def __lt__(self, other):
        return _target(self) < other

    def __le__(self, other):
        return _target(self) <= other

    def __gt__(self, other):
        return _target(self) > other

    def __ge__(self, other):
        return _target(self) >= other

    def __add__(self, other):
        return _target(self) + other

    def __sub__(self, other):
        return _target(self) - other

    def __mul__(self, other):
        return _target(self) * other

    __hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyType.__module__ = 'weakref'
CallableProxyType.__module__ = 'weakref'


def proxy(ob, callback=None):
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


def getweakrefcount(ob):
    return _tern.weak_count(ob)


def getweakrefs(ob):
    return []


def _remove_dead_weakref(d, key):
    try:
        wr = d[key]
    except KeyError:
        return
    if wr() is None:
        del d[key]
