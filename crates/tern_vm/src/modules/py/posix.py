"""The POSIX operating-system interface os.py builds on (tern: a subset,
written over the _tern_os primitives)."""

import _tern_os
import _tern_io
import _tern_process

error = OSError
environ = dict(_tern_os.environ_items())
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC = 0, 1, 2, 1024, 64, 128, 512
O_NOCTTY, O_NONBLOCK, O_NDELAY, O_DSYNC, O_SYNC, O_ACCMODE = 256, 2048, 2048, 4096, 1052672, 3
O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC, O_NOATIME, O_PATH, O_TMPFILE = 65536, 131072, 524288, 262144, 2097152, 4259840
WNOHANG, WUNTRACED, WEXITED, WSTOPPED, WCONTINUED, WNOWAIT = 1, 2, 4, 2, 8, 16777216
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
_have_functions = []


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""

    n_sequence_fields = 10
    n_fields = 13
    n_unnamed_fields = 3

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        self = tuple.__new__(cls, seq[:10])
        self._all = seq
        return self

    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime')
        vals = [int(v) for v in self[:7]] + [int(v) for v in self._all[7:10]]
        return 'os.stat_result(' + ', '.join(f'{n}={v}' for n, v in zip(names, vals)) + ')'

    st_mode = property(lambda s: s._all[0])
    st_ino = property(lambda s: s._all[1])
    st_dev = property(lambda s: s._all[2])
    st_nlink = property(lambda s: s._all[3])
    st_uid = property(lambda s: s._all[4])
    st_gid = property(lambda s: s._all[5])
    st_size = property(lambda s: s._all[6])
    st_atime = property(lambda s: s._all[7])
    st_mtime = property(lambda s: s._all[8])
    st_ctime = property(lambda s: s._all[9])
    st_atime_ns = property(lambda s: s._all[10])
    st_mtime_ns = property(lambda s: s._all[11])
    st_ctime_ns = property(lambda s: s._all[12])


stat_result.__module__ = 'os'


def _seq(t):
    # stat's tuple: int fields, then float times, then ns times.
    return t[:7] + (int(t[7]), int(t[8]), int(t[9])) + t[10:]


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        r = t.__fspath__(path)
    except AttributeError:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {t.__name__}') from None
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError(f'expected {t.__name__}.__fspath__() to return str or bytes, not {type(r).__name__}')


def _p(path):
    p = fspath(path)
    return p.decode() if isinstance(p, bytes) else p


def stat(path, *, dir_fd=None, follow_symlinks=True):
    t = _tern_os.stat(_p(path)) if follow_symlinks else _tern_os.lstat(_p(path))
    r = stat_result(t)
    return r


def lstat(path, *, dir_fd=None):
    return stat_result(_tern_os.lstat(_p(path)))


def getcwd():
    return _tern_os.getcwd()


def getcwdb():
    return _tern_os.getcwd().encode()


def listdir(path='.'):
    if isinstance(path, bytes):
        return [n.encode() for n in _tern_os.listdir(path.decode())]
    return _tern_os.listdir(_p(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _tern_os.mkdir(_p(path))


def rmdir(path, *, dir_fd=None):
    _tern_os.rmdir(_p(path))


def unlink(path, *, dir_fd=None):
    _tern_os.unlink(_p(path))


remove = unlink


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _tern_os.rename(_p(src), _p(dst))


replace = rename


def chdir(path):
    _tern_os.chdir(_p(path))


def readlink(path, *, dir_fd=None):
    return _tern_os.readlink(_p(path))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        _tern_os.stat(_p(path))
    except OSError:
        return False
    return True


def getpid():
    return _tern_os.getpid()


def getuid():
    return _tern_process.ids()[0]


def geteuid():
    return _tern_process.ids()[1]


def getgid():
    return _tern_process.ids()[2]


def getegid():
    return _tern_process.ids()[3]


def urandom(n):
    return _tern_os.urandom(n)


def _exit(status):
    _tern_os.exit(status)


def strerror(code):
    return _tern_process.strerror(code)


def putenv(name, value):
    _tern_process.putenv(name, value)


def unsetenv(name):
    _tern_process.unsetenv(name)


def cpu_count():
    return _tern_process.cpu_count()


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    n_sequence_fields = n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError(f'os.terminal_size() takes a 2-sequence ({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    columns = property(lambda s: s[0])
    lines = property(lambda s: s[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


terminal_size.__module__ = 'os'


def get_terminal_size(fd=1):
    raise OSError(25, 'Inappropriate ioctl for device')


def fstat(fd):
    return stat_result(_tern_io.fstat(fd))


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _tern_io.open(_p(path), flags, mode)


def close(fd):
    _tern_io.fd_close(fd)


def closerange(lo, hi):
    for fd in range(lo, hi):
        try:
            _tern_io.fd_close(fd)
        except OSError:
            pass


def read(fd, n):
    return _tern_io.fd_read(fd, n)


def write(fd, data):
    return _tern_io.fd_write(fd, data)


def lseek(fd, pos, how):
    return _tern_io.fd_seek(fd, pos, how)


def ftruncate(fd, length):
    _tern_io.fd_truncate(fd, length)


def truncate(path, length):
    fd = open(path, O_WRONLY)
    try:
        _tern_io.fd_truncate(fd, length)
    finally:
        close(fd)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError('utime: you may specify either \'times\' or \'ns\' but not both')
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: \'times\' must be either a tuple of two ints or None')
        ns = (int(times[0] * 1e9), int(times[1] * 1e9))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: \'ns\' must be a tuple of two ints')
    else:
        ns = (None, None)
    _tern_io.utime(_p(path), ns[0], ns[1])


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _tern_io.chmod(path if isinstance(path, int) else _p(path), mode)


def fchmod(fd, mode):
    _tern_io.chmod(fd, mode)


def isatty(fd):
    return _tern_io.isatty(fd)


def fsync(fd):
    _tern_io.fstat(fd)


def device_encoding(fd):
    return None


def umask(mask, /):
    return _tern_process.umask(mask)


class _StructSeq(tuple):
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) != cls.n_fields:
            raise TypeError(f'{cls.__module__}.{cls.__name__}() takes a {cls.n_fields}-sequence '
                            f'({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    def __repr__(self):
        inner = ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self))
        return f'{self.__module__}.{type(self).__name__}({inner})'

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _struct_seq(name, fields, module='posix'):
    ns = {'_fields': fields, 'n_fields': len(fields), 'n_sequence_fields': len(fields), '__module__': module}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (_StructSeq,), ns)


times_result = _struct_seq('times_result', ('user', 'system', 'children_user', 'children_system', 'elapsed'))
uname_result = _struct_seq('uname_result', ('sysname', 'nodename', 'release', 'version', 'machine'))


def times():
    return times_result(_tern_process.times())


def uname():
    return uname_result(_tern_process.uname())


class DirEntry:
    """One entry of `scandir`, with stat results fetched lazily."""

    def __init__(self, dirpath, name, as_bytes):
        self.name = name
        if as_bytes:
            self.path = dirpath + (b'' if dirpath.endswith(b'/') else b'/') + name
        else:
            self.path = dirpath + ('' if dirpath.endswith('/') else '/') + name
        self._stat = None
        self._lstat = None

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return (self._mode(follow_symlinks) & 0o170000) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return (self._mode(follow_symlinks) & 0o170000) == 0o100000

    def is_symlink(self):
        return (self._mode(False) & 0o170000) == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, path):
        as_bytes = isinstance(path, bytes)
        names = listdir(path)
        self._entries = iter([DirEntry(path, n, as_bytes) for n in names])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


_at_fork = ([], [], [])


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError('At least one argument is required.')
    for name, f in (('before', before), ('after_in_child', after_in_child), ('after_in_parent', after_in_parent)):
        if f is not None and not callable(f):
            raise TypeError(f"'{name}' must be callable, not {type(f).__name__}")
    for hooks, f in zip(_at_fork, (before, after_in_child, after_in_parent)):
        if f is not None:
            hooks.append(f)


def _run_hooks(hooks):
    for f in hooks:
        try:
            f()
        except BaseException as e:
            import _tern
            _tern.print_unraisable(f"Exception ignored in: {f!r}", e)


def fork():
    _run_hooks(reversed(_at_fork[0]))
    pid = _tern_process.fork()
    _run_hooks(_at_fork[1] if pid == 0 else _at_fork[2])
    return pid


def openpty():
    return _tern_process.openpty()


def setsid():
    _tern_process.setsid()


def ttyname(fd, /):
    return _tern_process.ttyname(fd)


def _exec_args(name, argv):
    if not isinstance(argv, (tuple, list)):
        raise TypeError(f'{name}() arg 2 must be a tuple or list')
    if not argv:
        raise ValueError(f'{name}() arg 2 must not be empty')
    if not argv[0]:
        raise ValueError(f'{name}() arg 2 first element cannot be empty')
    return list(argv)


def execv(path, argv, /):
    _tern_process.execve(path, _exec_args('execv', argv), None)


def execve(path, argv, env):
    argv = _exec_args('execve', argv)
    if not hasattr(env, 'keys'):
        raise TypeError('execve: environment must be a mapping object')
    pairs = []
    for k, v in env.items():
        k, v = fsencode(k), fsencode(v)
        if b'=' in k or not k:
            raise ValueError('illegal environment variable name')
        pairs.append(k + b'=' + v)
    _tern_process.execve(path, argv, pairs)


def waitpid(pid, options, /):
    return _tern_process.waitpid(pid, options)


def wait():
    return _tern_process.waitpid(-1, 0)


def kill(pid, signal, /):
    _tern_process.kill(pid, signal)


def killpg(pgid, signal, /):
    _tern_process.killpg(pgid, signal)


def getppid():
    return _tern_process.getppid()


def pipe():
    return _tern_process.pipe()


def dup(fd, /):
    return _tern_process.dup(fd)


def dup2(fd, fd2, inheritable=True):
    return _tern_process.dup2(fd, fd2, inheritable)


def get_inheritable(fd, /):
    return _tern_process.get_inheritable(fd)


def set_inheritable(fd, inheritable, /):
    _tern_process.set_inheritable(fd, inheritable)


def get_blocking(fd, /):
    return _tern_process.get_blocking(fd)


def set_blocking(fd, blocking, /):
    _tern_process.set_blocking(fd, blocking)


def _status(status):
    if not isinstance(status, int):
        status = status.__index__()
    if not -2**31 <= status < 2**31:
        raise OverflowError('signed integer is greater than maximum' if status > 0
                            else 'signed integer is less than minimum')
    return status


def WIFEXITED(status):
    return _status(status) & 0x7f == 0


def WEXITSTATUS(status):
    return (_status(status) >> 8) & 0xff


def WIFSIGNALED(status):
    s = _status(status) & 0x7f
    return s != 0 and s != 0x7f


def WTERMSIG(status):
    return _status(status) & 0x7f


def WIFSTOPPED(status):
    return _status(status) & 0xff == 0x7f


def WSTOPSIG(status):
    return (_status(status) >> 8) & 0xff


def WCOREDUMP(status):
    return bool(_status(status) & 0x80)


def WIFCONTINUED(status):
    return _status(status) == 0xffff


def waitstatus_to_exitcode(status):
    status = _status(status)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError(f'process stopped by delivery of signal {WSTOPSIG(status)}')
    raise ValueError(f'invalid wait status: {status}')


def fsencode(s):
    return s.encode() if isinstance(s, str) else s
