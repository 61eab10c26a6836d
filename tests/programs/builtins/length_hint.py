# operator.length_hint and the builtin iterators' __length_hint__:
# CPython's messages, remaining counts as iteration goes.
import operator


class A:
    def __length_hint__(self):
        return 'x'


class B:
    def __length_hint__(self):
        return -1


class C:
    def __length_hint__(self):
        return NotImplemented


class D:
    def __length_hint__(self):
        raise TypeError('nope')


class E:
    def __len__(self):
        raise TypeError('len fails')

    def __length_hint__(self):
        return 7


class F:
    def __len__(self):
        return 3


class G:
    def __length_hint__(self):
        raise KeyError('k')


for o in (A(), B(), C(), D(), E(), F(), G(), [1, 2], iter([1, 2, 3]), iter(range(10)), 5, (x for x in []), {1: 2}.items()):
    try:
        print(type(o).__name__, operator.length_hint(o, 42))
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
for d in ('x', 2.5, True):
    try:
        print(operator.length_hint([], d))
    except TypeError as e:
        print(e)
its = [iter([1]), iter((1,)), iter(range(3)), iter(range(10, 0, -3)), iter(range(5, 5)), iter(range(2**70, 2**70 + 5, 2)), iter('ab\xe9'), iter(b'ab'), iter(bytearray(b'a')), iter({1: 2, 3: 4}), iter({1: 2}.values()), iter({1: 2}.items()), iter({1, 2, 3}), reversed([1, 2]), reversed(range(3)), reversed((1, 2)), reversed('ab')]
for it in its:
    first = it.__length_hint__()
    next(it, None)
    print(first, it.__length_hint__(), operator.length_hint(it))
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.clear()
print(it.__length_hint__())
d = {1: 2}
it = iter(d)
d[5] = 6
print(it.__length_hint__())
