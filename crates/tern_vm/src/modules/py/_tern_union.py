"""types.UnionType: what `int | str` evaluates to (used by type.__or__)."""


def _unionable(x):
    return x is None or isinstance(x, (type, UnionType)) or type(x).__name__ in ('GenericAlias', 'TypeVar')


def _flatten(args):
    out = []
    for a in args:
        a = type(None) if a is None else a
        items = a.__args__ if isinstance(a, UnionType) else (a,)
        for x in items:
            if x not in out:
                out.append(x)
    return tuple(out)


class UnionType:
    __slots__ = ('__args__',)

    def __or__(self, other):
        return _or(self, other)

    def __ror__(self, other):
        return _or(other, self)

    def __repr__(self):
        parts = []
        for a in self.__args__:
            if a is type(None):
                parts.append('None')
            elif isinstance(a, type):
                m = a.__module__
                parts.append(a.__qualname__ if m == 'builtins' else f'{m}.{a.__qualname__}')
            else:
                parts.append(repr(a))
        return ' | '.join(parts)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if type(a).__name__ == 'GenericAlias':
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    @property
    def __parameters__(self):
        return ()


UnionType.__module__ = 'types'


def _or(a, b):
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = _flatten((a, b))
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    u.__args__ = args
    return u
