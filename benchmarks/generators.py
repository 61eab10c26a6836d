# generators: generator functions and iterator chains -- lazy pipelines of
# generators and generator expressions, yield from over recursive structures,
# a coroutine driven by send(), enumerate/zip/map/filter, iter()/next(),
# any/all/sum/min/max over lazy sequences and an iterator class.
# test-size: 5
# default-size: 280
import sys

DEFAULT_SIZE = 280


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    if n <= 0:
        return
    for i, item in enumerate(iterable):
        yield item
        if i + 1 >= n:
            return


def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def pairwise(iterable):
    it = iter(iterable)
    try:
        prev = next(it)
    except StopIteration:
        return
    for item in it:
        yield prev, item
        prev = item


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            yield [items[i]] + perm


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current


def primes():
    found = []
    for n in naturals(2):
        is_prime = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(n)
            yield n


def one_round(seed):
    total = 0
    evens = (x for x in naturals(seed) if x % 2 == 0)
    squares = map(lambda v: v * v, evens)
    small = filter(lambda v: v % 3 != 0, squares)
    total += sum(take(3000, small)) % 1000003
    total += sum(len(c) * c[0] for c in chunked(range(seed, seed + 4000), 7))
    total += sum(b - a for a, b in pairwise(collatz(seed + 27)))
    total += max(len(list(collatz(k))) for k in range(1, 300))
    nested = [1, [2, [3, [4, 5]], 6], [[7], 8], 9, [10, [11, [12, [13]]]]]
    total += sum(flatten([nested, [nested, seed]]))
    total += sum(p[0] * 10 + p[-1] for p in permutations([1, 2, 3, 4, 5, 6]))
    avg = running_average()
    next(avg)
    last = 0.0
    for v in take(500, naturals(seed)):
        last = avg.send(v % 17)
    try:
        avg.send(None)
    except StopIteration as stop:
        total += stop.value
    total += int(last * 1000)
    total += sum(Countdown(200))
    total += sum(i * v for i, v in enumerate(take(400, primes())))
    words = ["gen", "yield", "iter", "next", "send", "lazy"]
    total += sum(len(w) * n for w, n in zip(words, naturals(1)))
    total += 1 if any(x > 5000 for x in take(1000, naturals())) else 0
    total += 1 if all(x >= 0 for x in take(1000, naturals())) else 0
    total += min(x % 97 for x in range(seed, seed + 500))
    it = iter([5, 6, 7])
    total += next(it) + next(it) + next(it) + next(it, 100)
    return total


def main(n):
    checksum = 0
    for r in range(n):
        checksum = (checksum * 7 + one_round(r * 13 + 1)) % 1000000007
    print("checksum=%d" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
