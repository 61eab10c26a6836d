"""In-memory streams for _io: BytesIO and StringIO (tern: split out of
_io.py, which imports them back; their __module__ is '_io')."""

from _io import _BufferedIOBase, _IOBase, _TextIOBase, _index, _CLOSED, UnsupportedOperation


class BytesIO(_BufferedIOBase):
    """Buffered I/O over bytes in memory."""

    def __init__(self, initial_bytes=None):
        if isinstance(initial_bytes, (str, int, float, list, tuple)):
            raise TypeError(f"a bytes-like object is required, not '{type(initial_bytes).__name__}'")
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
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
        # Appends at the end collect in _chunks (their total length in
        # _chunks_len) until something needs the whole value.
        self._chunks = []
        self._chunks_len = 0
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
        end = self._chunks_len if self._chunks else len(self._value)
        if pos == end:
            if not self._chunks:
                self._chunks.append(self._value)
                self._chunks_len = len(self._value)
            self._chunks.append(s)
            self._chunks_len += len(s)
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
