# tuple, range and slice objects.
t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t.index(3.0), t.count(None))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2) + (3,), (0,) * 3, (1, 2) == (1, 2), (1, 2) < (1, 2, 3), (2,) > (1, 9))
a, b, c = (1, 2, 3)
print(a + b + c, hash((1, 2)) == hash((1, 2)), {(1, 2): "k"}[(1, 2)])
lt = ([1], 2)
lt[0].append(3)
print(lt)
try:
    lt[1] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(lt)
except TypeError as e:
    print("TypeError:", e)
r = range(10)
print(r, range(2, 10), range(2, 10, 3), range(10, 0, -2), len(range(10, 0, -2)), list(range(10, 0, -2)))
print(range(0), list(range(5, 0)), len(range(-5)), range(1, 100)[10:20:3], list(range(0, 1000, 7))[-3:])
print(5 in range(10), 10 in range(10), 3 in range(0, 10, 3), 4 in range(0, 10, 3), 2.0 in range(3))
print(range(10).index(7), range(0, 10, 2).count(4), range(1, 5) == range(1, 5, 1), range(0) == range(5, 5))
print(sum(range(101)), max(range(3, 17, 4)), list(reversed(range(3))), range(3)[-1], range(10**20)[-1])
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -3)], "abcdefgh"[s], (0, 1, 2, 3)[slice(-2, None)])
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10))
class Sliceable:
    def __getitem__(self, key):
        return key
sl = Sliceable()
print(sl[1:2], sl[::3], sl[1:2, 3], sl[...], sl[:, None], sl["k"], sl[-1])
letters = "abcdefghij"
for step in (1, 2, 3, -1, -2, -4):
    print(step, letters[::step], letters[1:8:step], letters[8:1:step], letters[-2:-9:step])
nums = list(range(20))
print(nums[-5:-1], nums[15:-1:2], nums[100:], nums[:-100], nums[3:3], nums[5:2], nums[-1:-5:-1])
print(t.__len__(), (1, 2, 3).__getitem__(1), tuple(x * 2 for x in range(4)))
print(repr((1,)), repr(((),)), repr(("a", ("b", ("c",)))))
