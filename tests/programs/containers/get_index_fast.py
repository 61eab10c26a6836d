# dict.get/setdefault probe exact str keys with their cached hash, and
# list.index tests ints, floats and strs in place; keys and items with
# their own __hash__/__eq__ still decide for themselves.


class H(str):
    def __hash__(self):
        return 42


d = {'a': 1, 'b': 2, H('h'): 3, 1: 'one', 1.5: 'f', (1, 2): 't'}
print(d.get('a'), d.get('zz'), d.get('zz', 0), d.get(H('a')), d.get(H('h')), d.get('h'), d.get(1), d.get(True), d.get(1.0))
print(d.get(1.5), d.get((1, 2)), d.setdefault('a', 9), d.setdefault('new', 7), d['new'], d.setdefault(H('x'), 8))
print({42: 'x'}.get(H('q')), {H('q'): 1}.get('q'), {'q': 1}.get(H('q')))
try:
    d.get([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)

nan = float('nan')


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return other == self.v


t = [1, 2.0, 'x', nan, None, E(5), (1,), True]
print(t.index(1), t.index(2), t.index(2.0), t.index('x'), t.index(nan), t.index(None), t.index(5), t.index((1,)))
print(t.index(True), t.index(1, 1), t.index(E(5)) if False else '-', [0, 1, 0].index(0, 1), [3, 4].index(4, -1))
for bad in (lambda: t.index('y'), lambda: t.index(float('nan')), lambda: [1].index(1, 1), lambda: t.index()):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Shrink:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        self.lst.clear()
        return False


lst = ['a', 'b', 'c']
lst.insert(0, Shrink(lst))
try:
    print(lst.index('zz'))
except ValueError as e:
    print('ValueError', e, lst)
