"""The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
compressobj([level[, ...]]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits[, zdict]]) -- Return a decompressor object.

'wbits' is window buffer size and container format.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush()."""

# tern: the zlib API over the native `_tern_zlib` (deflate by miniz_oxide,
# zlib and gzip wrappers and checks in Rust). Compressed bytes can differ
# from C zlib's; they are valid streams that any zlib reads. Not here:
# preset dictionaries (zdict) and Compress.copy().

import _tern_zlib as _z

DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
MAX_WBITS = 15
# The zlib interface level this module follows (there is no C zlib).
ZLIB_VERSION = ZLIB_RUNTIME_VERSION = '1.2.13'
Z_NO_COMPRESSION, Z_BEST_SPEED, Z_BEST_COMPRESSION, Z_DEFAULT_COMPRESSION = 0, 1, 9, -1
Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED = 0, 1, 2, 3, 4
Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, Z_TREES = 0, 1, 2, 3, 4, 5, 6


class error(Exception):
    pass


error.__module__ = 'zlib'


def _index(v):
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") from None


def _bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, str) or not hasattr(data, '__tern_buffer__'):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    return memoryview(data).tobytes()


def _no_zdict(zdict):
    if zdict is not None and len(zdict):
        raise NotImplementedError("tern's zlib has no preset dictionaries (zdict)")


def adler32(data, value=1, /):
    """Compute an Adler-32 checksum of data."""
    return _z.adler32(data, value)


def crc32(data, value=0, /):
    """Compute a CRC-32 checksum of data."""
    return _z.crc32(data, value)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    state = _z.deflater(_index(level), _index(wbits), Z_DEFAULT_STRATEGY)
    if state is None:
        raise error('Bad compression level')
    return _z.compress(state, data) + _z.flush(state, Z_FINISH)


def _inflate_error(code, msg, doing):
    return error(f'Error {code} while {doing}: {msg}' if msg else f'Error {code} while {doing}')


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    if _index(bufsize) < 0:
        raise ValueError('bufsize must be non-negative')
    state = _z.inflater(_index(wbits))
    if state is None:
        raise error('Error -2 while preparing to decompress data: inconsistent stream state')
    out, used, eof, code, msg = _z.inflate(state, data, 0)
    if code:
        raise _inflate_error(code, msg, 'decompressing data')
    if not eof:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out


class Compress:
    """A zlib compression stream (see compressobj())."""

    def __init__(self, state):
        self._state = state
        self._done = False

    def compress(self, data, /):
        """Returns a bytes object containing compressed data; some input may be kept for later."""
        if self._done:
            raise error('Error -2 while compressing data: inconsistent stream state')
        return _z.compress(self._state, data)

    def flush(self, mode=Z_FINISH, /):
        """Return a bytes object containing any remaining compressed data."""
        mode = _index(mode)
        if mode == Z_NO_FLUSH:
            return b''
        if self._done or not 0 <= mode <= Z_TREES:
            raise error('Error -2 while flushing: inconsistent stream state')
        out = _z.flush(self._state, mode)
        if mode == Z_FINISH:
            self._done = True
        return out


class Decompress:
    """A zlib decompression stream (see decompressobj())."""

    def __init__(self, state):
        self._state = state
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def _feed(self, data, max_length, doing):
        out, used, eof, code, msg = _z.inflate(self._state, data, max_length)
        if code:
            raise _inflate_error(code, msg, doing)
        rest = bytes(data[used:])
        if eof:
            self.eof = True
            self.unused_data += rest
        # As CPython: the tail is replaced when input is left over before
        # the end, or when there was a tail (then by what followed the end).
        if (rest and not eof) or self.unconsumed_tail:
            self.unconsumed_tail = rest
        return out

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the data."""
        max_length = _index(max_length)
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        return self._feed(_bytes(data), max_length, 'decompressing data')

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return a bytes object containing any remaining decompressed data."""
        if _index(length) <= 0:
            raise ValueError('length must be greater than zero')
        return self._feed(self.unconsumed_tail, 0, 'flushing')

    def copy(self):
        """Return a copy of the decompression object."""
        c = Decompress(_z.copy(self._state))
        c.unused_data, c.unconsumed_tail, c.eof = self.unused_data, self.unconsumed_tail, self.eof
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


Compress.__module__ = Decompress.__module__ = 'zlib'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    level, method, wbits = _index(level), _index(method), _index(wbits)
    memLevel, strategy = _index(memLevel), _index(strategy)
    state = None
    if method == DEFLATED and 1 <= memLevel <= 9:
        state = _z.deflater(level, wbits, strategy)
    if state is None:
        raise ValueError('Invalid initialization option')
    _no_zdict(zdict)
    return Compress(state)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    state = _z.inflater(_index(wbits))
    if state is None:
        raise ValueError('Invalid initialization option')
    _no_zdict(zdict)
    return Decompress(state)
