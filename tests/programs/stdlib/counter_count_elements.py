# collections._count_elements (Counter's counting): the dict fast path and
# mappings that override get or __setitem__.
from collections import Counter
import collections
print(Counter("abracadabra").most_common(3))
c = Counter([1, 1, 2.0, 2, (1,)])
print(sorted(c.items(), key=repr))
c.update("aab"); c.update({"a": 5})
print(c["a"], c["b"], c["zz"])
class MyCounter(Counter):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
print(MyCounter("aab"))
class D(dict):
    def get(self, k, default=None):
        return 100
d = D()
collections._count_elements(d, "xy")
print(d)
try:
    Counter([[1]])
except TypeError as e:
    print(e)
c2 = Counter(x=1.5)
c2.update(["x"])
print(c2)
