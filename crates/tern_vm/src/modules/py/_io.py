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


def _index(n, what='integer'):
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
            rest = self._raw.readall()
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


# ---------------------------------------------------------------- BytesIO

class BytesIO(_BufferedIOBase):
    """Buffered I/O over bytes in memory."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._pos = 0
        self._closed = False

    def __getstate__(self):
        return (self.getvalue(), self._pos, self.__dict__.copy())

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED)

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def read(self, size=-1):
        self._check()
        size = _index(size)
        end = len(self._buf) if size < 0 else min(self._pos + size, len(self._buf))
        if self._pos >= end:
            return b''
        data = bytes(self._buf[self._pos:end])
        self._pos = end
        return data

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        i = self._buf.find(b'\n', self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, self._pos + size)
        if self._pos >= end:
            return b''
        data = bytes(self._buf[self._pos:end])
        self._pos = end
        return data

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    readinto1 = readinto

    def writelines(self, lines):
        self._check()
        for line in lines:
            BytesIO.write(self, line)

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos == size:
            self._buf += b
        else:
            if pos > size:
                self._buf += bytes(pos - size)
            self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._check()
        if isinstance(pos, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError(f'negative size value {size}')
        del self._buf[size:]
        return size

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False


# ---------------------------------------------------------------- text

class IncrementalNewlineDecoder:
    """Wraps a decoder, turning \\r\\n and \\r into \\n when translating and
    recording which newlines were seen."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = '\r' + output
            self.pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace('\r\n', '\n')
            if cr:
                output = output.replace('\r', '\n')
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b'', 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'), ('\r', '\n', '\r\n'))[self.seennl]


_NATIVE = {'utf8': 'utf-8', 'utf_8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
           'latin1': 'latin-1', 'latin_1': 'latin-1', 'iso8859_1': 'latin-1', 'iso_8859_1': 'latin-1', 'l1': 'latin-1',
           '8859': 'latin-1', 'cp819': 'latin-1', 'latin': 'latin-1',
           'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii'}


class _Utf8Decoder:
    """An incremental decoder for utf-8, latin-1 and ascii, over
    bytes.decode (a split utf-8 sequence waits for the next chunk)."""

    def __init__(self, encoding, errors):
        self.encoding = encoding
        self.errors = errors
        self.pending = b''

    def decode(self, data, final=False):
        data = self.pending + bytes(data)
        if self.encoding == 'utf-8' and not final:
            n = _tern_io.split_utf8(data)
            data, self.pending = data[:n], data[n:]
        else:
            self.pending = b''
        return data.decode(self.encoding, self.errors)

    def getstate(self):
        return self.pending, 0

    def setstate(self, state):
        self.pending = state[0]

    def reset(self):
        self.pending = b''


def _native_encoding(encoding):
    key = encoding.lower().replace('-', '_').replace(' ', '_')
    return _NATIVE.get(key)


class TextIOWrapper(_TextIOBase):
    """Text I/O over a buffered binary stream: decoding, encoding and
    newline translation."""

    _buffer = None
    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'TextIOWrapper() argument 4 must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        if encoding is None or encoding == 'locale':
            encoding = 'utf-8'
        if not isinstance(encoding, str):
            raise TypeError(f'TextIOWrapper() argument 2 must be str or None, not {type(encoding).__name__}')
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError(f'TextIOWrapper() argument 3 must be str or None, not {type(errors).__name__}')
        native = _native_encoding(encoding)
        if native is None:
            import codecs
            info = codecs.lookup(encoding)
            if getattr(info, '_is_text_encoding', True) is False:
                raise LookupError(f"{encoding!r} is not a text encoding; use codecs.open() to handle arbitrary codecs")
            self._codec = info
        else:
            self._codec = None
        self._buffer = buffer
        self._encoding = encoding
        self._native = native
        self._errors = errors
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ''
        self._writenl = newline or '\n'
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoder = None
        self._encoder = None
        self._text = ''
        self._tpos = 0
        self._snapshot = None
        self._seekable = self._telling = buffer.seekable()
        self._has_read1 = hasattr(buffer, 'read1')
        self._h = None
        if native is not None and type(buffer) in (BufferedReader, BufferedWriter, BufferedRandom):
            self._h = buffer._h
        self._update_fast()

    def _update_fast(self):
        """Picks the native fast paths: writes with no newline translation
        and no line buffering; line reads with \\n or universal newlines."""
        h = self._h
        buf = self._buffer
        self._fastw = self._fastr = None
        if h is None or self._native is None:
            return
        if type(buf) is not BufferedReader and self._writenl == '\n' and not self._line_buffering:
            self._fastw = h
        if type(buf) is not BufferedWriter and self._readnl in (None, '', '\n'):
            self._fastr = h
            self._rmode = 1 if self._readtranslate else (2 if self._readuniversal else 0)

    # -- attributes

    def __repr__(self):
        cls = type(self).__qualname__
        cls = f'_io.{cls}' if type(self).__module__ in ('_io', 'io') else f'{type(self).__module__}.{cls}'
        parts = [f'<{cls}']
        try:
            name = self.name
        except AttributeError:
            pass
        except ValueError:
            pass
        else:
            parts.append(f' name={name!r}')
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            parts.append(f' mode={mode!r}')
        parts.append(f' encoding={self.encoding!r}>')
        return ''.join(parts)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def buffer(self):
        return self._buffer

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        d = self._decoder
        seen = 0
        if isinstance(d, IncrementalNewlineDecoder):
            seen = d.seennl
        elif d is not None or not self._readuniversal:
            return None
        if self._h is not None and self._readuniversal:
            seen |= _tern_io.seen_newlines(self._h)
        return (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'), ('\r', '\n', '\r\n'))[seen]

    def _check(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        if self._buffer.closed:
            raise ValueError(_CLOSED)

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def seekable(self):
        return self.buffer.seekable()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def flush(self):
        self._check()
        self.buffer.flush()
        self._telling = self._seekable

    def close(self):
        if self._buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._fastr = self._fastw = None
                self.buffer.close()

    def detach(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        self.flush()
        buffer = self._buffer
        self._buffer = None
        self._h = self._fastr = self._fastw = None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None, write_through=None):
        if self._decoder is not None and (encoding is not None or errors is not None or newline is not Ellipsis):
            raise UnsupportedOperation('It is not possible to set the encoding or newline of stream after the first read')
        if encoding is not None:
            self._encoding = encoding
            self._native = _native_encoding(encoding)
            if self._native is None:
                import codecs
                self._codec = codecs.lookup(encoding)
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError(f'illegal newline value: {newline}')
            self._readuniversal = not newline
            self._readtranslate = newline is None
            self._readnl = newline
            self._writetranslate = newline != ''
            self._writenl = newline or '\n'
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)
        if self._native is None:
            self._h = None
        self._update_fast()
        self.flush()

    # -- writing

    def _encode(self, s):
        if self._native is not None:
            return s.encode(self._native, self._errors)
        if self._encoder is None:
            self._encoder = self._codec.incrementalencoder(self._errors)
        return self._encoder.encode(s)

    def write(self, s):
        h = self._fastw
        if h is not None and self._decoder is None and type(s) is str:
            return _tern_io.text_write(h, s, self._native, self._errors)
        self._check()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        if not self.writable():
            raise UnsupportedOperation('not writable')
        n = len(s)
        haslf = (self._writetranslate or self._line_buffering) and '\n' in s
        if haslf and self._writetranslate and self._writenl != '\n':
            s = s.replace('\n', self._writenl)
        if self._text or self._decoder is not None:
            self._rewind_read()
        self.buffer.write(self._encode(s))
        if self._line_buffering and (haslf or '\r' in s):
            self.flush()
        return n

    def _rewind_read(self):
        """Before writing after reading: move the stream back to the
        logical position and drop the decoded text."""
        if self._text:
            pos = self.tell()
            self._text, self._tpos, self._snapshot = '', 0, None
            self.buffer.seek(pos)
        self._decoder = None

    # -- reading

    def _get_decoder(self):
        if self._decoder is None:
            if not self.readable():
                raise UnsupportedOperation('not readable')
            if self._native is not None:
                d = _Utf8Decoder(self._native, self._errors)
            else:
                d = self._codec.incrementaldecoder(self._errors)
            if self._readuniversal:
                d = IncrementalNewlineDecoder(d, self._readtranslate)
            self._decoder = d
        return self._decoder

    def _read_chunk(self):
        """Decodes the next chunk into the text buffer; False at EOF."""
        d = self._get_decoder()
        if self._seekable:
            start = self.buffer.tell()
            dec_state = d.getstate()
        data = self.buffer.read1(self._CHUNK) if self._has_read1 else self.buffer.read(self._CHUNK)
        eof = not data
        text = d.decode(data, eof)
        if self._seekable:
            self._snapshot = (start, dec_state, data)
        self._text = self._text[self._tpos:] + text if self._tpos < len(self._text) else text
        self._tpos = 0
        if self._seekable and self._text != text:
            self._snapshot = None
        return not eof

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            try:
                size = size.__index__()
            except AttributeError:
                raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'") from None
        d = self._get_decoder()
        if size < 0:
            rest = self._text[self._tpos:]
            data = self.buffer.read()
            text = rest + d.decode(data or b'', final=True)
            self._text, self._tpos, self._snapshot = '', 0, None
            return text
        while len(self._text) - self._tpos < size:
            if not self._read_chunk():
                break
        text = self._text[self._tpos:self._tpos + size]
        self._tpos += len(text)
        return text

    def _find_line_end(self, start):
        """The index just past the next line ending at or after `start` in
        the text buffer, or -1."""
        t = self._text
        if self._readtranslate or self._readnl == '\n':
            i = t.find('\n', start)
            return -1 if i < 0 else i + 1
        if not self._readuniversal:
            nl = self._readnl
            i = t.find(nl, start)
            return -1 if i < 0 else i + len(nl)
        # Universal newlines without translation: \r, \n or \r\n.
        i = start
        n = len(t)
        while i < n:
            c = t[i]
            if c == '\n':
                return i + 1
            if c == '\r':
                if i + 1 < n:
                    return i + 2 if t[i + 1] == '\n' else i + 1
                return -2
            i += 1
        return -1

    def readline(self, size=-1):
        h = self._fastr
        if h is not None and self._decoder is None and (size is None or size == -1):
            return _tern_io.text_readline(h, self._rmode, self._native, self._errors)
        self._check()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            try:
                size = size.__index__()
            except AttributeError:
                raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'") from None
        self._get_decoder()
        scan = self._tpos
        while True:
            end = self._find_line_end(scan)
            if end >= 0:
                break
            if size >= 0 and len(self._text) - self._tpos >= size:
                end = self._tpos + size
                break
            scan = max(self._tpos, len(self._text) - (1 if end == -2 else 0))
            old = self._tpos
            more = self._read_chunk()
            scan -= old
            if not more:
                end = len(self._text) if self._find_line_end(self._tpos) < 0 else self._find_line_end(self._tpos)
                break
        if size >= 0 and end - self._tpos > size:
            end = self._tpos + size
        line = self._text[self._tpos:end]
        self._tpos = end
        return line

    def __next__(self):
        h = self._fastr
        if h is not None and self._decoder is None:
            line = _tern_io.text_readline(h, self._rmode, self._native, self._errors)
        else:
            line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- positions

    def tell(self):
        self._check()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        self.buffer.flush()
        if self._decoder is None or self._snapshot is None:
            if self._text and self._tpos < len(self._text):
                # Text carried over chunks: re-encode what is left.
                return self.buffer.tell() - len(self._encode_raw(self._text[self._tpos:]))
            return self.buffer.tell()
        start, dec_state, data = self._snapshot
        if self._tpos == 0:
            return start
        if self._tpos >= len(self._text) and not self._decoder.getstate()[0]:
            return start + len(data)
        # Decode the chunk byte by byte until tpos characters come out.
        d = self._decoder
        saved = d.getstate()
        try:
            d.setstate(dec_state)
            got = 0
            for i in range(len(data)):
                got += len(d.decode(data[i:i + 1]))
                if got >= self._tpos and not d.getstate()[0]:
                    return start + i + 1
            return start + len(data)
        finally:
            d.setstate(saved)

    def _encode_raw(self, s):
        if self._native is not None:
            return s.encode(self._native, self._errors)
        return self._codec.encode(s, self._errors)[0]

    def seek(self, cookie, whence=0):
        self._check()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if isinstance(cookie, float):
            raise TypeError(f"'float' object cannot be interpreted as an integer")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            pos = self.buffer.seek(0, 2)
            self._reset_read()
            return pos
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie}')
        self.flush()
        self.buffer.seek(cookie)
        self._reset_read()
        return cookie

    def _reset_read(self):
        self._text, self._tpos, self._snapshot = '', 0, None
        if self._decoder is not None:
            self._decoder.reset()

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)


# ---------------------------------------------------------------- StringIO

class StringIO(_TextIOBase):
    """Text I/O over a str in memory."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._newline = newline
        self._translate_in = newline is None
        self._writenl = newline if newline else None
        self._seen = 0
        self._closed = False
        self._chunks = []
        self._value = ''
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, self.__dict__.copy())

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is not None and self._newline != '':
            return None
        return (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'), ('\r', '\n', '\r\n'))[self._seen]

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def close(self):
        self._closed = True
        self._chunks = []
        self._value = ''

    def _joined(self):
        if self._chunks:
            self._value = ''.join(self._chunks)
            self._chunks = []
        return self._value

    def getvalue(self):
        self._check()
        return self._joined()

    def _size(self):
        return len(self._joined())

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        n = len(s)
        if not n:
            return 0
        if self._newline is None or self._newline == '':
            if '\r' in s or '\n' in s:
                crlf = s.count('\r\n')
                cr = s.count('\r') - crlf
                lf = s.count('\n') - crlf
                self._seen |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self._translate_in and '\r' in s:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        if self._writenl is not None and self._writenl != '\n' and '\n' in s:
            s = s.replace('\n', self._writenl)
        pos = self._pos
        end = len(self._value) + sum(len(c) for c in self._chunks) if self._chunks else len(self._value)
        if pos == end:
            if not self._chunks:
                self._chunks.append(self._value)
            self._chunks.append(s)
        else:
            v = self._joined()
            if pos > len(v):
                v += '\0' * (pos - len(v))
            self._value = v[:pos] + s + v[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check()
        size = _index(size)
        v = self._joined()
        end = len(v) if size < 0 else min(len(v), self._pos + size)
        if self._pos >= end:
            return ''
        r = v[self._pos:end]
        self._pos = end
        return r

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        v = self._joined()
        pos = self._pos
        if pos >= len(v):
            return ''
        nl = self._newline
        if nl is None or nl == '\n':
            i = v.find('\n', pos)
            end = len(v) if i < 0 else i + 1
        elif nl == '':
            i = pos
            end = len(v)
            while i < len(v):
                c = v[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if v[i + 1:i + 2] == '\n' else i + 1
                    break
                i += 1
        else:
            i = v.find(nl, pos)
            end = len(v) if i < 0 else i + len(nl)
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return v[pos:end]

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos) if not isinstance(pos, float) else pos
        if isinstance(pos, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            pos = self._pos
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            pos = self._size()
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError(f'Negative size value {size}')
        v = self._joined()
        if size < len(v):
            self._value = v[:size]
        return size

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def isatty(self):
        _IOBase._checkClosed(self)
        return False

    def flush(self):
        pass

    def detach(self):
        raise UnsupportedOperation('detach')


# ---------------------------------------------------------------- open

def text_encoding(encoding, stacklevel=2):
    """The encoding to use: `encoding`, or the default ("utf-8")."""
    if encoding is None:
        return 'utf-8'
    return encoding


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
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
            import codecs
            codecs.lookup(encoding)
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
