# sorted/list.sort: keys, reverse, stability, mixed numeric types, custom __lt__.
data = [5, 2, 9, 1, 5, 6, -3, 0, 2.5, True]
print(sorted(data), sorted(data, reverse=True))
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))  # stable even in reverse
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_age = sorted(people, key=lambda p: p[0], reverse=True)
by_age.sort(key=lambda p: p[1])
print(by_age)
print(sorted("The quick Brown fox".split(), key=str.lower), sorted("bca"), sorted((3, 1, 2)))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return self.s
print(sorted([Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]))
nums = list(range(20))
nums.sort(key=lambda n: (n % 3, -n))
print(nums)
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)  # key is called once per element
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-10:], sorted(big) == sorted(big, reverse=True)[::-1])
strs = [str(i) for i in range(15)]
print(sorted(strs), sorted(strs, key=int))
print(sorted([[3, 1], [2, 9], [2, 1], [3]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([-0.0, 0, 0.0, -1, 1e-9]), sorted([1.5, float("inf"), -float("inf"), 0]))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]), min([], default="empty"), max([1, 3, 2], key=lambda x: -x))
print(max("abc", "abd"), min(3, 1, 2, key=lambda x: (x - 2) ** 2), max([[1, 2], [1, 3]]))
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
print(lst.sort(), lst)
