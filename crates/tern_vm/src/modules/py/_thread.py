"""Threads and locks (tern runs one thread: locks never block)."""

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


def get_ident():
    return 1


def get_native_id():
    return 1


def _count():
    return _count_value


def stack_size(size=0):
    return 0


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("can't start new thread: tern runs a single thread")


start_new = start_new_thread


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


exit_thread = exit


def _set_sentinel():
    return LockType()


def daemon_threads_allowed():
    return True


class _local:
    pass


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
