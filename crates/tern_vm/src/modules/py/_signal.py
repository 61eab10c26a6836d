"""This module provides mechanisms to use signal handlers in Python.

Functions:

alarm() -- cause SIGALRM after a specified time [Unix only]
setitimer() -- cause a signal (described below) after a specified
               float time and the timer may restart then [Unix only]
getitimer() -- get current value of timer [Unix only]
signal() -- set the action for a given signal
getsignal() -- get the signal action for a given signal
pause() -- wait until a signal arrives [Unix only]
default_int_handler() -- default SIGINT handler

signal constants:
SIG_DFL -- used to refer to the system default handler
SIG_IGN -- used to ignore the signal
NSIG -- number of defined signals
SIGINT, SIGTERM, etc. -- signal numbers

itimer constants:
ITIMER_REAL -- decrements in real time, and delivers SIGALRM upon
               expiration
ITIMER_VIRTUAL -- decrements only when the process is executing,
               and delivers SIGVTALRM upon expiration
ITIMER_PROF -- decrements both when the process is executing and
               when the system is executing on behalf of the process.
               Coupled with ITIMER_VIRTUAL, this timer is usually
               used to profile the time spent by the application
               in user and kernel space. SIGPROF is delivered upon
               expiration.


*** IMPORTANT NOTICE ***
A signal handler function is called with two arguments:
the first is the signal number, the second is the interrupted stack frame.
"""

# tern: handlers are recorded (signal/getsignal) and SIG_IGN/SIG_DFL are
# applied to the process; a Python handler runs when the signal is raised
# with raise_signal(), but tern does not yet interrupt running code to call
# one for a signal that arrives from outside.

import _tern_os

SIG_DFL = 0
SIG_IGN = 1
SIG_BLOCK = 0
SIG_UNBLOCK = 1
SIG_SETMASK = 2
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGILL = 4
SIGTRAP = 5
SIGABRT = 6
SIGIOT = 6
SIGBUS = 7
SIGFPE = 8
SIGKILL = 9
SIGUSR1 = 10
SIGSEGV = 11
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGSTKFLT = 16
SIGCHLD = 17
SIGCLD = 17
SIGCONT = 18
SIGSTOP = 19
SIGTSTP = 20
SIGTTIN = 21
SIGTTOU = 22
SIGURG = 23
SIGXCPU = 24
SIGXFSZ = 25
SIGVTALRM = 26
SIGPROF = 27
SIGWINCH = 28
SIGIO = 29
SIGPOLL = 29
SIGPWR = 30
SIGSYS = 31
SIGRTMIN = 34
SIGRTMAX = 64


class ItimerError(OSError):
    pass


ItimerError.__module__ = "signal"

_NAMES = {
    1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction", 5: "Trace/breakpoint trap", 6: "Aborted",
    7: "Bus error", 8: "Floating point exception", 9: "Killed", 10: "User defined signal 1", 11: "Segmentation fault",
    12: "User defined signal 2", 13: "Broken pipe", 14: "Alarm clock", 15: "Terminated", 16: "Stack fault",
    17: "Child exited", 18: "Continued", 19: "Stopped (signal)", 20: "Stopped", 21: "Stopped (tty input)",
    22: "Stopped (tty output)", 23: "Urgent I/O condition", 24: "CPU time limit exceeded",
    25: "File size limit exceeded", 26: "Virtual timer expired", 27: "Profiling timer expired", 28: "Window changed",
    29: "I/O possible", 30: "Power failure", 31: "Bad system call",
}


def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt


# Signals ignored when the process started stay ignored (SIGINT in a
# background job); CPython installs its SIGINT handler otherwise, and
# ignores SIGPIPE and SIGXFSZ (Rust ignores SIGPIPE too).
_handlers = {n: SIG_IGN for n in range(1, NSIG) if n not in (9, 19, 32, 33) and _tern_os.signal_ignored(n)}
if SIGINT not in _handlers:
    _handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = _handlers[SIGXFSZ] = SIG_IGN


def _signum(signalnum):
    signalnum = signalnum.__index__() if not isinstance(signalnum, int) and hasattr(signalnum, "__index__") else signalnum
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return int(signalnum)


def signal(signalnum, handler, /):
    signalnum = _signum(signalnum)
    if handler in (SIG_IGN, SIG_DFL) and isinstance(handler, int):
        handler = int(handler)
    elif not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, "Invalid argument")
    old = _handlers.get(signalnum, SIG_DFL)
    _tern_os.signal_disposition(signalnum, isinstance(handler, int) and handler == SIG_IGN)
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum, /):
    return _handlers.get(_signum(signalnum), SIG_DFL)


def raise_signal(signalnum, /):
    signalnum = _signum(signalnum)
    handler = _handlers.get(signalnum, SIG_DFL)
    if callable(handler):
        import sys

        handler(signalnum, sys._getframe(1) if hasattr(sys, "_getframe") else None)
    elif handler == SIG_DFL:
        _tern_os.raise_signal(signalnum)


def strsignal(signalnum, /):
    signalnum = _signum(signalnum)
    if signalnum in _NAMES:
        return _NAMES[signalnum]
    if SIGRTMIN <= signalnum <= SIGRTMAX:
        return f"Real-time signal {signalnum - SIGRTMIN}"
    return None


def valid_signals():
    return {n for n in range(1, NSIG) if n not in (32, 33)}


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1


def siginterrupt(signalnum, flag, /):
    _signum(signalnum)
