"""Hash objects of tern's `_md5`, `_sha1`, `_sha256`, `_sha3` and `_blake2`
(and `sha384` for `_sha512`): each keeps its message and digests it with
the native `_tern_hash.digest` on demand."""

import _tern_hash


def _data(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return data
    if hasattr(data, "__tern_buffer__"):
        return data.__tern_buffer__()
    raise TypeError("object supporting the buffer API required")


class _Hash:
    __slots__ = ("_msg",)
    _args = ()

    def __init__(self, string=b"", *, usedforsecurity=True):
        self._msg = bytearray(_data(string))

    def update(self, data, /):
        self._msg += _data(data)

    def digest(self):
        return _tern_hash.digest(self.name, self._msg, self.digest_size, *self._args)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = object.__new__(type(self))
        other._msg = bytearray(self._msg)
        self._copy_into(other)
        return other

    def _copy_into(self, other):
        pass


def _make(name, digest_size, block_size, module):
    cls = type(name, (_Hash,), {"__slots__": (), "name": name, "digest_size": digest_size, "block_size": block_size})
    cls.__module__ = module
    return cls


md5 = _make("md5", 16, 64, "_md5")
sha1 = _make("sha1", 20, 64, "_sha1")
sha224 = _make("sha224", 28, 64, "_sha256")
sha256 = _make("sha256", 32, 64, "_sha256")
sha384 = _make("sha384", 48, 128, "_sha512")
sha3_224 = _make("sha3_224", 28, 144, "_sha3")
sha3_256 = _make("sha3_256", 32, 136, "_sha3")
sha3_384 = _make("sha3_384", 48, 104, "_sha3")
sha3_512 = _make("sha3_512", 64, 72, "_sha3")


class _Shake(_Hash):
    __slots__ = ()
    digest_size = 0

    def digest(self, length):
        if length < 0:
            raise ValueError("value must be positive")
        return _tern_hash.digest(self.name, self._msg, length)

    def hexdigest(self, length):
        return self.digest(length).hex()


shake_128 = type("shake_128", (_Shake,), {"__slots__": (), "name": "shake_128", "block_size": 168})
shake_256 = type("shake_256", (_Shake,), {"__slots__": (), "name": "shake_256", "block_size": 136})
shake_128.__module__ = shake_256.__module__ = "_sha3"


class _Blake2(_Hash):
    __slots__ = ("digest_size", "_args")

    def __init__(self, data=b"", /, *, digest_size=None, key=b"", salt=b"", person=b"", fanout=1, depth=1,
                 leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True):
        big = self.MAX_DIGEST_SIZE
        if digest_size is None:
            digest_size = big
        if not 1 <= digest_size <= big:
            raise ValueError(f"digest_size must be between 1 and {big} bytes")
        key, salt, person = _data(key), _data(salt), _data(person)
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError(f"maximum key length is {self.MAX_KEY_SIZE} bytes")
        if len(salt) > self.SALT_SIZE:
            raise ValueError(f"maximum salt length is {self.SALT_SIZE} bytes")
        if len(person) > self.PERSON_SIZE:
            raise ValueError(f"maximum person length is {self.PERSON_SIZE} bytes")
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) != (1, 1, 0, 0, 0, 0, False):
            raise NotImplementedError("tern's blake2 supports sequential hashing only (no tree parameters)")
        self.digest_size = digest_size
        self._args = (bytes(key), bytes(salt), bytes(person))
        self._msg = bytearray(_data(data))

    def _copy_into(self, other):
        other.digest_size = self.digest_size
        other._args = self._args


class blake2b(_Blake2):
    __slots__ = ()
    name = "blake2b"
    block_size = 128
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16


class blake2s(_Blake2):
    __slots__ = ()
    name = "blake2s"
    block_size = 64
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8


blake2b.__module__ = blake2s.__module__ = "_blake2"
