"""The Mersenne Twister behind `random`, seeded and stepped exactly as
CPython's `_random` (init_by_array over the seed's 32-bit words)."""

import os as _os

_N = 624
_M = 397
_MASK = 0xFFFFFFFF


class Random:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._mt = [0] * _N
        self._index = _N + 1
        return self

    def __init__(self, x=None):
        self.seed(x)

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i, j = 1, 0
        klen = len(key)
        for _ in range(max(_N, klen)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= klen:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000
        self._index = _N

    def seed(self, n=None):
        if n is None:
            n = int.from_bytes(_os.urandom(32), 'little')
        elif not isinstance(n, int):
            if isinstance(n, (str, bytes, bytearray)):
                raise TypeError("The only supported seed types are: None, int, float, str, bytes, and bytearray.")
            n = hash(n)
        n = abs(n)
        key = []
        while n:
            key.append(n & _MASK)
            n >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)

    def _next(self):
        mt = self._mt
        if self._index >= _N:
            for k in range(_N):
                y = (mt[k] & 0x80000000) | (mt[(k + 1) % _N] & 0x7FFFFFFF)
                v = mt[(k + _M) % _N] ^ (y >> 1)
                if y & 1:
                    v ^= 0x9908B0DF
                mt[k] = v
            self._index = 0
        y = mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y & _MASK

    def random(self):
        a = self._next() >> 5
        b = self._next() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        if k <= 32:
            return self._next() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = self._next()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def getstate(self):
        return tuple(self._mt) + (self._index,)

    def setstate(self, state):
        if not isinstance(state, tuple) or len(state) != _N + 1:
            raise ValueError("state vector is the wrong size")
        self._mt = [x & _MASK for x in state[:_N]]
        self._index = state[_N]
