# bitops: integer loops and bit manipulation -- xorshift PRNG, popcount two
# ways, bit reversal, Gray codes, a table-driven CRC-32 and a sieve.
# All values stay below 2**32 so they fit a machine word.
# test-size: 2
# default-size: 100
import sys

DEFAULT_SIZE = 100
MASK32 = 0xFFFFFFFF


def xorshift32(x):
    x ^= (x << 13) & MASK32
    x ^= x >> 17
    x ^= (x << 5) & MASK32
    return x


def popcount_loop(x):
    count = 0
    while x:
        x &= x - 1
        count += 1
    return count


def popcount_swar(x):
    x = x - ((x >> 1) & 0x55555555)
    x = (x & 0x33333333) + ((x >> 2) & 0x33333333)
    x = (x + (x >> 4)) & 0x0F0F0F0F
    return ((x * 0x01010101) & MASK32) >> 24


def reverse_bits(x):
    r = 0
    for _ in range(32):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r


def to_gray(n):
    return n ^ (n >> 1)


def from_gray(g):
    n = g
    shift = 1
    while shift < 32:
        n ^= n >> shift
        shift <<= 1
    return n


def make_crc_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


def crc32(data, table):
    crc = MASK32
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ MASK32


def sieve_count(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def round_trip(seed, rounds):
    x = seed
    acc = 0
    for _ in range(rounds):
        x = xorshift32(x)
        a = popcount_loop(x)
        b = popcount_swar(x)
        if a != b:
            raise ValueError("popcount mismatch")
        r = reverse_bits(x)
        if reverse_bits(r) != x:
            raise ValueError("reverse mismatch")
        g = to_gray(x)
        if from_gray(g) != x:
            raise ValueError("gray mismatch")
        acc = (acc + a + (r & 0xFFFF) + (g >> 20)) & MASK32
        acc ^= (acc << 7) & MASK32
        acc = ((acc << 3) | (acc >> 29)) & MASK32
    return x, acc


def main(n):
    table = make_crc_table()
    seed = 2463534242
    checksum = 0
    primes = 0
    for i in range(n):
        seed, acc = round_trip(seed, 1500)
        data = [(seed >> (k & 31)) & 0xFF for k in range(2000)]
        crc = crc32(data, table)
        primes = sieve_count(20000 + i)
        checksum = (checksum * 131 + acc + crc + primes) & MASK32
    print("seed=%d primes=%d" % (seed, primes))
    print("checksum=%08x" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
