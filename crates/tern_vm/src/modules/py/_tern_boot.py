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


class _Flags(tuple):
    _names = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
              'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning',
              'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
              'warn_default_encoding', 'safe_path', 'int_max_str_digits')

    def __getattr__(self, name):
        try:
            return self[self._names.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __repr__(self):
        return 'sys.flags(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._names, self)) + ')'


sys.flags = _Flags((0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, -1))


def _fsencoding():
    return 'utf-8'


def _fserrors():
    return 'surrogateescape'


def _no_trace(*args):
    return None


def _displayhook(value):
    if value is None:
        return
    import builtins
    builtins._ = None
    print(repr(value))
    builtins._ = value


sys.getfilesystemencoding = _fsencoding
sys.getfilesystemencodeerrors = _fserrors
sys.settrace = sys.setprofile = _no_trace
sys.gettrace = sys.getprofile = _no_trace
sys.audit = _no_trace
sys.addaudithook = _no_trace
sys.displayhook = sys.__displayhook__ = _displayhook
sys.getrefcount = lambda obj: 2
sys.is_finalizing = lambda: False
sys.getswitchinterval = lambda: 0.005
sys.prefix = sys.exec_prefix = sys.base_prefix = sys.base_exec_prefix = '/usr'
sys.platlibdir = 'lib'
sys.dont_write_bytecode = True
sys.meta_path = []
sys.path_hooks = []
sys.path_importer_cache = {}
sys.float_repr_style = 'short'
sys.maxunicode = 0x10FFFF
sys.abiflags = ''
sys.api_version = 1013
sys.copyright = 'Copyright (c) tern authors; Python standard library (c) Python Software Foundation.'
sys.pycache_prefix = None
sys.orig_argv = list(sys.argv)
del sys.modules['_tern_boot']


class _HashInfo(tuple):
    """sys.hash_info: CPython's numeric hash parameters (tern uses the same)."""

    _fields = ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff')

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __repr__(self):
        inner = ', '.join(f'{k}={v!r}' for k, v in zip(self._fields, self))
        return f'sys.hash_info({inner})'


sys.hash_info = _HashInfo((64, 2**61 - 1, 314159, 0, 1000003, 'siphash13', 64, 128, 0))


class _FloatInfo(_HashInfo):
    """sys.float_info with named fields."""

    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds')

    def __repr__(self):
        inner = ', '.join(f'{k}={v!r}' for k, v in zip(self._fields, self))
        return f'sys.float_info({inner})'


class _IntInfo(_HashInfo):
    """sys.int_info with named fields (CPython's values: 30-bit digits)."""

    _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold')

    def __repr__(self):
        inner = ', '.join(f'{k}={v!r}' for k, v in zip(self._fields, self))
        return f'sys.int_info({inner})'


sys.int_info = _IntInfo((30, 4, 4300, 640))


sys.float_info = _FloatInfo((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                             2.220446049250313e-16, 2, 1))


class _AsyncgenHooks(_HashInfo):
    """sys.get_asyncgen_hooks(): the hooks asynchronous generators call."""

    _fields = ('firstiter', 'finalizer')

    def __repr__(self):
        return f'asyncgen_hooks(firstiter={self[0]!r}, finalizer={self[1]!r})'


_AsyncgenHooks.__name__ = _AsyncgenHooks.__qualname__ = 'asyncgen_hooks'
_asyncgen_hooks = [None, None]
_UNSET = object()


def _set_asyncgen_hooks(firstiter=_UNSET, finalizer=_UNSET):
    for name, f in (('finalizer', finalizer), ('firstiter', firstiter)):
        if f is not _UNSET and f is not None and not callable(f):
            raise TypeError(f'callable {name} expected, got {type(f).__name__}')
    if firstiter is not _UNSET:
        _asyncgen_hooks[0] = firstiter
    if finalizer is not _UNSET:
        _asyncgen_hooks[1] = finalizer
    import _tern
    _tern.set_asyncgen_hooks(*_asyncgen_hooks)


sys.get_asyncgen_hooks = lambda: _AsyncgenHooks(tuple(_asyncgen_hooks))
sys.set_asyncgen_hooks = _set_asyncgen_hooks

class _Quitter:
    """`exit` and `quit`, as the site module makes them."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Use {self.name}() or Ctrl-D (i.e. EOF) to exit'

    def __call__(self, code=None):
        try:
            sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)


class _Text:
    """`copyright`, `credits` and `license`: their repr is the text."""

    def __init__(self, name, text):
        self._name = name
        self._text = text

    def __repr__(self):
        return self._text

    def __call__(self):
        print(self._text)


class _Help:
    """`help`: pydoc's helper, imported when first called."""

    def __repr__(self):
        return 'Type help() for interactive help, or help(object) for help about object.'

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


import builtins  # noqa: E402
builtins.exit = _Quitter('exit')
builtins.quit = _Quitter('quit')
builtins.copyright = _Text('copyright', sys.copyright)
builtins.credits = _Text('credits', '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n'
                                    '    for supporting Python development.  See www.python.org for more information.')
builtins.license = _Text('license', 'See https://www.python.org/psf/license/')
builtins.help = _Help()
builtins.__doc__ = ("Built-in functions, types, exceptions, and other objects.\n\n"
                    "This module provides direct access to all 'built-in'\n"
                    "identifiers of Python; for example, builtins.len is\n"
                    "the full name for the built-in function len().\n\n"
                    "This module is not normally accessed explicitly by most\n"
                    "applications, but can be useful in modules that provide\n"
                    "objects with the same name as a built-in value, but in\n"
                    "which the built-in of that name is also needed.")
builtins.__package__ = ''
builtins.__loader__ = builtins.__spec__ = None


def _breakpointhook(*args, **kws):
    """sys.breakpointhook: the debugger $PYTHONBREAKPOINT names (pdb's
    set_trace by default; '0' turns breakpoint() off)."""
    import os
    hookname = os.environ.get('PYTHONBREAKPOINT')
    if not hookname:
        hookname = 'pdb.set_trace'
    elif hookname == '0':
        return None
    modname, dot, funcname = hookname.rpartition('.')
    if dot == '':
        modname = 'builtins'
    try:
        import importlib
        hook = getattr(importlib.import_module(modname), funcname)
    except Exception:
        import warnings
        warnings.warn(f'Ignoring unimportable $PYTHONBREAKPOINT: "{hookname}"', RuntimeWarning)
        return None
    return hook(*args, **kws)


def _breakpoint(*args, **kws):
    hook = getattr(sys, 'breakpointhook', None)
    if hook is None:
        raise RuntimeError('lost sys.breakpointhook')
    return hook(*args, **kws)


_breakpoint.__name__ = _breakpoint.__qualname__ = 'breakpoint'
sys.breakpointhook = sys.__breakpointhook__ = _breakpointhook
builtins.breakpoint = _breakpoint
del builtins

# Binds the builtin `memoryview` (a class written in Python).
import _tern_memoryview  # noqa: E402,F401
