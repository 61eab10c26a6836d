"""The io module's core (tern: Python classes over the native buffered
descriptor handles of _tern_io; FileIO and the Buffered* classes for a
FileIO share one native handle, so file I/O is buffered in Rust)."""

import _tern_io

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
_CLOSED = 'I/O operation on closed file.'


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'
BlockingIOError = BlockingIOError


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    t = type(file)
    fspath = getattr(t, '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {t.__name__}')
    r = fspath(file)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f'expected {t.__name__}.__fspath__() to return str or bytes, not {type(r).__name__}')
    return r


def _index(n):
    if n is None:
        return -1
    try:
        return n.__index__()
    except AttributeError:
        raise TypeError(f'argument should be integer or None, not {type(n).__name__!r}') from None


# ---------------------------------------------------------------- bases

class _IOBase:
    """The abstract base class for all I/O classes."""

    _IOBase__closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self._IOBase__closed:
            try:
                self.flush()
            finally:
                self._IOBase__closed = True

    @property
    def closed(self):
        return self._IOBase__closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.' if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.' if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.' if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _index(size)
        peek = getattr(self, 'peek', None)
        res = bytearray()
        while size < 0 or len(res) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    i = ahead.find(b'\n') + 1
                    n = i if i > 0 else len(ahead)
                    if size >= 0:
                        n = min(n, size - len(res))
            b = self.read(n)
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _index(hint)
        if hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _index(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res or data is not None:
            return bytes(res)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    """Base class for buffered binary I/O."""

    def read(self, size=-1):
        self._unsupported('read')

    def read1(self, size=-1):
        self._unsupported('read1')

    def write(self, b):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def _readinto(self, b, read):
        m = memoryview(b) if not isinstance(b, (bytearray, memoryview)) else b
        data = read(len(m))
        n = len(data)
        b[:n] = data
        return n


class _TextIOBase(_IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        self._unsupported('read')

    def write(self, s):
        self._unsupported('write')

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def readline(self, size=-1):
        self._unsupported('readline')

    def detach(self):
        self._unsupported('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# ---------------------------------------------------------------- FileIO

_O_RDONLY, _O_WRONLY, _O_RDWR = 0, 1, 2
_O_CREAT, _O_EXCL, _O_TRUNC, _O_APPEND, _O_CLOEXEC = 0o100, 0o200, 0o1000, 0o2000, 0o2000000


class FileIO(_RawIOBase):
    """Raw I/O on an operating-system file descriptor."""

    _h = None
    _fd = -1

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if self._fd >= 0:
            if self._closefd:
                self.close()
            self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, bool):
            import warnings
            warnings.warn('bool is used as a file descriptor', RuntimeWarning, 2)
            file = int(file)
        fd = -1
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError('negative file descriptor')
        if not isinstance(mode, str):
            raise TypeError(f'FileIO() argument 2 must be str, not {type(mode).__name__}')
        if not set(mode) <= set('xrwab+') or len(set(mode)) != len(mode):
            raise ValueError(f'invalid mode: {mode}')
        if sum(c in 'rwax' for c in mode) != 1 or mode.count('+') > 1:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        self._created = 'x' in mode
        self._readable = 'r' in mode or '+' in mode
        self._writable = 'r' not in mode or '+' in mode
        self._appending = 'a' in mode
        if 'x' in mode:
            flags = _O_EXCL | _O_CREAT
        elif 'r' in mode:
            flags = 0
        elif 'w' in mode:
            flags = _O_CREAT | _O_TRUNC
        else:
            flags = _O_APPEND | _O_CREAT
        if '+' in mode:
            flags |= _O_RDWR
        elif self._readable:
            flags |= _O_RDONLY
        else:
            flags |= _O_WRONLY
        flags |= _O_CLOEXEC
        if fd < 0:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            path = _fspath(file)
            if isinstance(path, bytes):
                path = path.decode()
            if '\0' in path:
                raise ValueError('embedded null byte')
            if opener is None:
                fd = _tern_io.open(path, flags, 0o666)
            else:
                fd = opener(path, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError(f'opener returned {fd}')
        try:
            st = _tern_io.fstat(fd)
        except OSError:
            if fd != file:
                _tern_io.fd_close(fd)
            raise
        if st[0] & 0o170000 == 0o040000:
            if fd != file:
                _tern_io.fd_close(fd)
            raise IsADirectoryError(21, 'Is a directory', file)
        self._fd = fd
        self._closefd = closefd
        self._h = _tern_io.handle(fd, closefd, DEFAULT_BUFFER_SIZE)
        self._blksize = DEFAULT_BUFFER_SIZE
        self.name = file
        self._seekable = None
        if self._appending:
            try:
                _tern_io.fd_seek(fd, 0, 2)
            except OSError:
                pass

    def __repr__(self):
        cls = 'FileIO' if type(self) is FileIO else type(self).__qualname__
        cls = f'_io.{cls}' if type(self).__module__ in ('_io', 'io') else f'{type(self).__module__}.{cls}'
        if self.closed:
            return f'<{cls} [closed]>'
        try:
            name = self.name
        except AttributeError:
            return f'<{cls} fd={self._fd} mode={self.mode!r} closefd={self._closefd!r}>'
        return f'<{cls} name={name!r} mode={self.mode!r} closefd={self._closefd!r}>'

    @property
    def closed(self):
        return self._h is None or self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        if self._seekable is None:
            try:
                _tern_io.fd_seek(self._fd, 0, 1)
                self._seekable = True
            except OSError:
                self._seekable = False
        return self._seekable

    def isatty(self):
        self._check()
        return _tern_io.isatty(self._fd)

    def read(self, size=-1):
        self._check()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        size = _index(size)
        if size < 0:
            return _tern_io.raw_read(self._h, None)
        return _tern_io.raw_read(self._h, size)

    def readall(self):
        return self.read()

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._check()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        return _tern_io.raw_write(self._h, b)

    def seek(self, pos, whence=0):
        self._check()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        if not -2**63 <= pos < 2**63:
            raise OverflowError('Python int too large to convert to C long')
        return _tern_io.seek(self._h, pos, whence)

    def tell(self):
        self._check()
        return _tern_io.tell(self._h)

    def truncate(self, size=None):
        self._check()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        if size is None:
            size = self.tell()
        return _tern_io.truncate(self._h, size)

    def close(self):
        if self._h is not None and self._fd >= 0:
            try:
                _RawIOBase.close(self)
            finally:
                h, self._h = self._h, None
                self._fd = -1
                _tern_io.close(h)


# ---------------------------------------------------------------- buffered

class _BufferedBase(_BufferedIOBase):
    """What BufferedReader, BufferedWriter and BufferedRandom share: over a
    FileIO, the FileIO's native handle; otherwise a Python buffer."""

    _raw = None
    _flush_what = 'flush of closed file'

    def _init(self, raw, buffer_size):
        buffer_size = _index(buffer_size)
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self.buffer_size = buffer_size
        self._h = raw._h if type(raw) is FileIO else None
        if self._h is not None and not raw.closed:
            _tern_io.set_buffer_size(self._h, buffer_size)
        # Fast paths straight to the native handle (None when closed).
        self._hr = None if isinstance(self, BufferedWriter) else self._h
        self._hw = None if isinstance(self, BufferedReader) else self._h
        self._rbuf = b''
        self._wbuf = bytearray()
        self._detached = False

    @property
    def raw(self):
        return self._raw

    def __repr__(self):
        cls = type(self).__qualname__
        cls = f'_io.{cls}' if type(self).__module__ in ('_io', 'io') else f'{type(self).__module__}.{cls}'
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f'<{cls}>'
        return f'<{cls} name={name!r}>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        if self._raw is None:
            raise ValueError('raw stream has been detached')
        return self._raw.closed

    def _check(self, what):
        if self._raw is None:
            raise ValueError('raw stream has been detached')
        if self._raw.closed:
            raise ValueError(what)

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def detach(self):
        if self._raw is None:
            raise ValueError('raw stream has been detached')
        self.flush()
        raw = self._raw
        self._raw = None
        self._h = self._hr = self._hw = None
        return raw

    def close(self):
        if self._raw is None:
            raise ValueError('raw stream has been detached')
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._hr = self._hw = None
            self._raw.close()

    # -- reading

    def read(self, size=-1):
        self._need_read('read')
        self._check('read of closed file')
        size = _index(size)
        if self._h is not None:
            return _tern_io.read(self._h, None if size < 0 else size)
        self._flush_py()
        if size < 0:
            # As CPython's _bufferedreader_read_all: readall() if the raw
            # stream has it, else read() until it gives nothing.
            readall = getattr(self._raw, 'readall', None)
            if readall is not None:
                rest = readall()
            else:
                chunks = []
                while True:
                    chunk = self._raw.read()
                    if not chunk:
                        break
                    chunks.append(chunk)
                rest = b''.join(chunks)
            data, self._rbuf = self._rbuf + (rest or b''), b''
            return data
        while len(self._rbuf) < size:
            chunk = self._raw.read(max(self.buffer_size, size - len(self._rbuf)))
            if not chunk:
                break
            self._rbuf += chunk
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1):
        self._need_read('read1')
        self._check('read of closed file')
        size = _index(size)
        if self._h is not None:
            return _tern_io.read1(self._h, None if size < 0 else size)
        if size < 0:
            size = self.buffer_size
        if not self._rbuf and size:
            self._flush_py()
            self._rbuf = self._raw.read(self.buffer_size) or b''
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def peek(self, size=0):
        self._need_read('peek')
        self._check('peek of closed file')
        if self._h is not None:
            return _tern_io.peek(self._h)
        if not self._rbuf:
            self._flush_py()
            self._rbuf = self._raw.read(self.buffer_size) or b''
        return self._rbuf

    def readline(self, size=-1):
        self._need_read('read')
        self._check('readline of closed file')
        size = _index(size)
        if self._h is not None:
            return _tern_io.readline(self._h, None if size < 0 else size)
        return _BufferedIOBase.readline(self, size)

    def readinto(self, b):
        self._need_read('read')
        self._check('readinto of closed file')
        return _BufferedIOBase.readinto(self, b)

    def __next__(self):
        h = self._hr
        line = _tern_io.readline(h, None) if h is not None else self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing

    def write(self, b):
        h = self._hw
        if h is not None and type(b) is bytes:
            return _tern_io.write(h, b)
        self._need_write('write')
        self._check('write to closed file')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._h is not None:
            return _tern_io.write(self._h, b)
        if self._rbuf:
            self._raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''
        self._wbuf += b
        n = len(b) if isinstance(b, (bytes, bytearray)) else len(bytes(b))
        if len(self._wbuf) >= self.buffer_size:
            self._flush_py()
        return n

    def _flush_py(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            del self._wbuf[:n]

    def flush(self):
        self._check(self._flush_what)
        if self._h is not None:
            _tern_io.flush(self._h)
        else:
            self._flush_py()

    def seek(self, pos, whence=0):
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        if whence not in (0, 1, 2):
            raise ValueError(f'whence value {whence} unsupported')
        pos = pos.__index__()
        if not -2**63 <= pos < 2**63:
            raise ValueError("cannot fit 'int' into an offset-sized integer")
        self._check('seek of closed file')
        if not self.raw.seekable():
            raise UnsupportedOperation('File or stream is not seekable.')
        if self._h is not None:
            return _tern_io.seek(self._h, pos, whence)
        self._flush_py()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self._raw.seek(pos, whence)

    def tell(self):
        if self._h is not None:
            if self.closed:
                raise ValueError('I/O operation on closed file')
            return _tern_io.tell(self._h)
        return self._raw.tell() - len(self._rbuf) + len(self._wbuf)

    def truncate(self, pos=None):
        self._check('truncate of closed file')
        self._need_write('truncate')
        self.flush()
        if pos is None:
            pos = self.tell()
        if self._h is not None:
            return _tern_io.truncate(self._h, pos)
        return self._raw.truncate(pos)

    def _need_read(self, name):
        pass

    def _need_write(self, name):
        pass


class BufferedReader(_BufferedBase):
    """A buffer for a readable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkReadable()
        self._init(raw, buffer_size)

    _flush_what = _CLOSED

    def _need_write(self, name):
        raise UnsupportedOperation(name)

    def writable(self):
        return False


class BufferedWriter(_BufferedBase):
    """A buffer for a writable raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkWritable()
        self._init(raw, buffer_size)

    def _need_read(self, name):
        raise UnsupportedOperation(name)

    def readable(self):
        return False


class BufferedRandom(_BufferedBase):
    """A buffer for a seekable raw stream, for reading and writing."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable()
        raw._checkReadable()
        raw._checkWritable()
        self._init(raw, buffer_size)


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer joined into one object."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


from _tern_iomem import BytesIO, StringIO  # noqa: E402 (they subclass the bases above)
from _tern_iotext import IncrementalNewlineDecoder, TextIOWrapper, _lookup, _native_encoding  # noqa: E402


# ---------------------------------------------------------------- open

def text_encoding(encoding, stacklevel=2):
    """The encoding to use: `encoding`, or the default ("utf-8")."""
    if encoding is None:
        return 'utf-8'
    return encoding


_NO_FILE = object()


def open(file=_NO_FILE, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None,
         *_extra, **_unknown):
    if _extra:
        raise TypeError(f'open() takes at most 8 arguments ({8 + len(_extra)} given)')
    if _unknown:
        raise TypeError(f"'{next(iter(_unknown))}' is an invalid keyword argument for open()")
    if file is _NO_FILE:
        raise TypeError("open() missing required argument 'file' (pos 1)")
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError(f'open() argument 2 must be str, not {type(mode).__name__}')
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f'open() argument 4 must be str or None, not {type(encoding).__name__}')
    if errors is not None and not isinstance(errors, str):
        raise TypeError(f'open() argument 5 must be str or None, not {type(errors).__name__}')
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError(f'invalid mode: {mode!r}')
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used",
                      RuntimeWarning, 2)
    if not binary:
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'open() argument 6 must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        if encoding is not None and _native_encoding(encoding) is None:
            _lookup(encoding)
    raw = FileIO(file, (creating and 'x' or '') + (reading and 'r' or '') + (writing and 'w' or '') +
                 (appending and 'a' or '') + (updating and '+' or ''), closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except:
        result.close()
        raise


def open_code(path):
    if not isinstance(path, str):
        raise TypeError(f'open_code() argument must be str, not {type(path).__name__}')
    return open(path, 'rb')


for _c in (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, FileIO, BufferedReader, BufferedWriter, BufferedRandom,
           BufferedRWPair, BytesIO, StringIO, TextIOWrapper, IncrementalNewlineDecoder):
    _c.__module__ = '_io'
del _c

# builtins.open starts as a stub that imports this module: from now on it
# is this module's open itself (as in CPython, `io.open is open`).
import builtins as _builtins  # noqa: E402
_builtins.open = open
del _builtins

# The standard streams are native (print writes to them directly); they
# become instances of these classes, as sys.stdout is a TextIOWrapper over
# a BufferedWriter in CPython (modules/io_std.rs).
_tern_io.adopt_std_types(TextIOWrapper, BufferedWriter, BufferedReader)
