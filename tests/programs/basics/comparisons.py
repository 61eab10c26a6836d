# Chained comparisons, identity, membership, comparison of mixed types.
def noisy(v, log):
    log.append(v)
    return v

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 <= 2 < 3 >= 3 > 2 != 5 == 5)
log = []
r = noisy(1, log) < noisy(0, log) < noisy(5, log)
print(r, log)  # short-circuit: third not evaluated
log = []
r = noisy(1, log) < noisy(2, log) < noisy(3, log)
print(r, log)
x = 5
print(0 < x < 10, 0 < x > 3, x in [1, 5], x not in (1, 2), 10 > x >= 5)
a_none = None
print(None is None, None is not None, [] is [], 1 == 1.0, a_none is not None)
print("abc" < "abd", "abc" < "ab", "B" < "a", (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
print([1, 2] == [1, 2], [1, 2] < [1, 2, 3], [3] > [1, 100])
print(1 < 2.5, 2.5 < 3, 3 == 3.0, -0.0 == 0.0, float("nan") == float("nan"))
print(True == 1, False == 0, True > False, True + 0 == 1)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} == {1})
print("a" in "cat", "at" in "cat", "ta" in "cat", "" in "x")
print(2 in {1: 'a', 2: 'b'}, 'a' in {1: 'a'})
a = b = [1]
print(a is b, a == b, a is [1])
print(max(3, 1, 2) == 3 == len("abc"))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print((1 == 1) == True, 1 == (1 == True))
