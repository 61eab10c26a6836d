"""Threads and locks.

tern runs one thread at a time and never switches between them: a new
thread runs to its end inside start_new_thread(), then the starting thread
goes on. Programs that start threads and join them (or collect their
results) behave as under CPython. A thread that waits for another one (a
blocking acquire of a held lock, a get() on an empty queue) cannot be
woken, so the wait raises RuntimeError ("deadlock") instead of hanging.
"""

import _tern

error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_count_value = 0


class LockType:
    __slots__ = ('_locked', '__weakref__')

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if not blocking or timeout >= 0:
                return False
            raise RuntimeError('deadlock: lock already held by the only thread')
        self._locked = True
        return True

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<{state} _thread.lock object at {id(self):#x}>'


LockType.__name__ = 'lock'
LockType.__qualname__ = 'lock'
lock = LockType


class RLock:
    __slots__ = ('_count', '__weakref__')

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        c = self._count
        self._count = 0
        return (c, 1)

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return f'<{state} _thread.RLock object owner=0 count={self._count} at {id(self):#x}>'


def allocate_lock():
    return LockType()


allocate = allocate_lock


# The running thread's identifier (1 for the main thread), the next one
# to hand out, and the sentinel locks (see _set_sentinel) of each thread
# still running.
_current = 1
_next_ident = 2
_sentinels = {}


def get_ident():
    return _current


def get_native_id():
    return _current


def _count():
    return _count_value


def stack_size(size=0):
    return 0


def start_new_thread(function, args, kwargs=None):
    """Runs function(*args, **kwargs) as a new thread, to its end."""
    global _current, _next_ident, _count_value
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    if not callable(function):
        raise TypeError("first arg must be callable")
    ident = _next_ident
    _next_ident += 1
    parent = _current
    _current = ident
    _count_value += 1
    outer_locals = _switch_locals(True)
    try:
        function(*args, **(kwargs or {}))
    except SystemExit:
        pass
    except BaseException as e:
        import _tern
        _tern.print_unraisable(f"Exception ignored in thread started by: {function!r}", e)
    finally:
        _switch_locals(False)
        for obj, attrs in outer_locals:
            object.__getattribute__(obj, '__dict__').update(attrs)
        _current = parent
        _count_value -= 1
        # The thread state is gone: its sentinel locks are released, which
        # lets Thread.join() return.
        for lock in _sentinels.pop(ident, ()):
            if lock.locked():
                lock.release()
    return ident


start_new = start_new_thread


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


exit_thread = exit


def _set_sentinel():
    """A lock released when the current thread ends."""
    lock = LockType()
    _sentinels.setdefault(_current, []).append(lock)
    return lock


def daemon_threads_allowed():
    return True


class _local:
    """Thread-local data: each thread sees its own attributes. Threads run
    one after the other (see the module's doc), so start_new_thread()
    saves the starting thread's attributes of every local object, and
    restores them when the new thread ends."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        _locals.append((_tern.weak(self), args, kwargs))
        return self


def _switch_locals(enter):
    """Gives every live local object an empty attribute dict (re-running a
    subclass's __init__) when a thread starts (`enter`), or the starting
    thread's attributes back when it ends; returns what it replaced."""
    saved = []
    for handle, args, kwargs in list(_locals):
        obj = _tern.weak_get(handle)
        if obj is None:
            _locals.remove((handle, args, kwargs))
            continue
        d = object.__getattribute__(obj, '__dict__')
        saved.append((obj, dict(d)))
        d.clear()
        if enter and type(obj).__init__ is not object.__init__:
            obj.__init__(*args, **kwargs)
    return saved


_locals = []


_local.__module__ = '_thread'


class _ExceptHookArgs(tuple):
    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]


def _excepthook(args):
    import sys
    if args.exc_type is SystemExit:
        return
    print(f'Exception in thread: {args.exc_type.__name__}: {args.exc_value}', file=sys.stderr)
