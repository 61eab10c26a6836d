# functools.cmp_to_key (native comparisons): sorting, min/max, errors.
import functools
k = functools.cmp_to_key(lambda a, b: a - b)
print(type(k).__name__, type(k(1)).__module__, k(1) < k(2), k(2) <= k(2), k(3) > k(1), k(1) >= k(2), k(1) == k(1), k(1) != k(1))
try:
    k(1) < 5
except TypeError as e:
    print(e)
try:
    hash(k(1))
except TypeError as e:
    print("unhashable")
print(k(3).obj)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(sorted(range(10), key=functools.cmp_to_key(lambda a, b: b - a)))
print(max([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a - b)), min("zyx", key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b))))
def bad(a, b):
    raise ValueError("no")
try:
    sorted([1, 2], key=functools.cmp_to_key(bad))
except ValueError as e:
    print(e)
