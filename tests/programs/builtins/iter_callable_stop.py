# iter(callable, sentinel) ends at the sentinel or when the callable raises
# StopIteration (tokenize reads lines this way); other errors propagate.
lines = [b"a", b"b", b"", b"c"]
print(list(iter(iter(lines).__next__, b"")))
print(list(iter(iter([1, 2]).__next__, None)))
it = iter(iter([1]).__next__, 0)
print(next(it), next(it, "done"), next(it, "still done"))
calls = []


def boom():
    calls.append(1)
    if len(calls) > 2:
        raise ValueError("boom")
    return len(calls)


try:
    print(list(iter(boom, 99)))
except ValueError as e:
    print("ValueError", e, len(calls))
import itertools
print(list(itertools.chain([0], iter(iter([1, 2, 3]).__next__, 3))))
