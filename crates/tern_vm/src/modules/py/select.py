"""This module supports asynchronous I/O on multiple file descriptors.

*** IMPORTANT NOTICE ***
On Windows, only sockets are supported; on Unix, all file descriptors."""

# tern: select() and poll() over the native `_tern_select`; no epoll (the
# selectors module then uses poll).

import _tern_select

error = OSError
PIPE_BUF = 4096
POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
POLLNVAL = 32
POLLRDNORM = 64
POLLRDBAND = 128
POLLWRNORM = 256
POLLWRBAND = 512
POLLMSG = 1024
POLLRDHUP = 8192


def _fd(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        fileno = getattr(obj, "fileno", None)
        if fileno is None:
            raise TypeError("argument must be an int, or have a fileno() method.")
        fd = fileno()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return fd


def _timeout_ms(timeout, scale):
    if timeout is None:
        return -1
    if not isinstance(timeout, (int, float)):
        raise TypeError("timeout must be a float or None" if scale == 1000 else
                        f"'{type(timeout).__name__}' object cannot be interpreted as an integer")
    if timeout < 0:
        if scale == 1000:
            raise ValueError("timeout must be non-negative")
        return -1
    return int(-(-timeout * scale // 1))


def select(rlist, wlist, xlist, timeout=None, /):
    lists = []
    for seq in (rlist, wlist, xlist):
        try:
            items = list(seq)
        except TypeError:
            raise TypeError("arguments 1-3 must be sequences") from None
        lists.append(items)
    fds = [[_fd(o) for o in items] for items in lists]
    ms = _timeout_ms(timeout, 1000)
    ready = _tern_select.select(fds[0], fds[1], fds[2], ms)
    return tuple([o for o, fd in zip(items, fdl) if fd in set(r)] for items, fdl, r in zip(lists, fds, ready))


class poll:
    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        self._fds[_fd(fd)] = eventmask & 0xFFFF

    def modify(self, fd, eventmask, /):
        fd = _fd(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = eventmask & 0xFFFF

    def unregister(self, fd, /):
        fd = _fd(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None, /):
        ms = _timeout_ms(timeout, 1)
        return _tern_select.poll(list(self._fds.items()), ms)


poll.__module__ = "select"
