"""Run once at startup: Python-level parts of sys (sys.implementation)."""

import sys


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable, **kwargs))

    def __repr__(self):
        key = id(self)
        if key in _running:
            return f'{type(self).__name__}(...)'
        _running.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _running.discard(key)
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), self.__dict__


_running = set()
SimpleNamespace.__module__ = 'types'

sys.implementation = SimpleNamespace(
    name='tern',
    cache_tag=None,
    version=sys.version_info,
    hexversion=sys.hexversion,
    _multiarch='x86_64-linux-gnu',
)
del sys.modules['_tern_boot']
