"""Text streams for _io: TextIOWrapper (decoding, encoding and newline
translation over a buffered binary stream; native fast paths for line
reads and writes over tern's file handles) and IncrementalNewlineDecoder
(tern: split out of _io.py, which imports them back)."""

import _tern_io
from _io import _TextIOBase, _CLOSED, UnsupportedOperation, BufferedReader, BufferedWriter, BufferedRandom


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
           'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii', 'locale': 'utf-8'}


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


def _lookup(encoding):
    """The codec for an encoding tern does not handle natively (the
    `encodings` package registers the codec search function)."""
    import codecs
    import encodings  # noqa: F401
    return codecs.lookup(encoding)


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
            info = _lookup(encoding)
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
        self._rstart = None
        if native is not None and type(buffer) in (BufferedReader, BufferedWriter, BufferedRandom):
            # (The standard streams' buffers are of these classes too, with
            # no handle.)
            self._h = getattr(buffer, '_h', None)
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
        # CPython's names the class _io.TextIOWrapper, subclass or not.
        parts = ['<_io.TextIOWrapper']
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
                self._codec = _lookup(encoding)
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
        if h is not None and self._decoder is None and self._rstart is None and type(s) is str:
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
        if self._rstart is not None or self._text or self._decoder is not None:
            self._drop_readahead()
        self.buffer.write(self._encode(s))
        if self._line_buffering and (haslf or '\r' in s):
            self.flush()
        return n

    def _drop_readahead(self):
        """Writing after reading with no seek between: as CPython, the text
        read ahead is dropped and the write lands where the binary stream
        is, at the end of the last chunk read (the native line reads read
        nothing ahead, so that chunk's end is computed)."""
        start = self._rstart
        if start is not None and self._h is not None:
            h = self._h
            consumed = _tern_io.tell(h) - start
            chunks = max(1, -(-consumed // self._CHUNK))
            end = _tern_io.seek(h, 0, 2)
            _tern_io.seek(h, min(start + chunks * self._CHUNK, end), 0)
        self._rstart = None
        self._text, self._tpos, self._snapshot = '', 0, None
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
        h = self._fastr
        if h is not None and self._decoder is None and size < 0:
            if self._rstart is None and self._seekable:
                self._rstart = _tern_io.tell(h)
            return _tern_io.text_read_all(h, self._rmode, self._native, self._errors)
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
            if self._rstart is None and self._seekable:
                self._rstart = _tern_io.tell(h)
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
        # As CPython: tell() is refused while iterating, until end of file.
        self._telling = False
        h = self._fastr
        if h is not None and self._decoder is None:
            if self._rstart is None and self._seekable:
                self._rstart = _tern_io.tell(h)
            line = _tern_io.text_readline(h, self._rmode, self._native, self._errors)
        else:
            line = self.readline()
        if not line:
            self._telling = self._seekable
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
        self._rstart = None
        self._text, self._tpos, self._snapshot = '', 0, None
        if self._decoder is not None:
            self._decoder.reset()

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)
