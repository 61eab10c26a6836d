"""Signal numbers and handler bookkeeping (tern: handlers are recorded
but signals are never delivered to Python code)."""

SIG_DFL = 0
SIG_IGN = 1
NSIG = 65
SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE = 1, 2, 3, 4, 5, 6, 7, 8
SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM = 9, 10, 11, 12, 13, 14, 15
SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG = 17, 18, 19, 20, 21, 22, 23
SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPWR, SIGSYS = 24, 25, 26, 27, 28, 29, 30, 31
SIGIOT, SIGPOLL, SIGCLD = 6, 29, 17
SIGRTMIN, SIGRTMAX = 34, 64
SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK = 0, 1, 2
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_NAMES = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
          6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
          11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
          15: 'Terminated'}


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')


def signal(signalnum, handler):
    _check(signalnum)
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, 'Invalid argument')
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    old = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum):
    _check(signalnum)
    return _handlers.get(signalnum, SIG_DFL)


def strsignal(signalnum):
    _check(signalnum)
    return _NAMES.get(signalnum, f'Real-time signal {signalnum - SIGRTMIN}' if signalnum >= SIGRTMIN else None)


def valid_signals():
    return {n for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum):
    _check(signalnum)
    h = _handlers.get(signalnum, SIG_DFL)
    if callable(h):
        h(signalnum, None)


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    return -1


def siginterrupt(signalnum, flag):
    _check(signalnum)


def alarm(seconds):
    return 0


def pause():
    raise OSError(4, 'Interrupted system call')
