# itertools: the common iterators
import itertools as it
from itertools import (count, cycle, repeat, chain, islice, accumulate, product,
                       permutations, combinations, combinations_with_replacement,
                       groupby, zip_longest, starmap, takewhile, dropwhile, tee,
                       compress, pairwise, filterfalse)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(count(5), count(2, 3), repeat('a', 3))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat(7, 3)), list(repeat('x', 0)), list(islice(repeat(1), 4)))
print(list(chain('ab', [1, 2], (3,))), list(chain.from_iterable(['xy', 'z'])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)),
      list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 8, 3)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)),
      list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), list(product()))
print(list(permutations('abc')), list(permutations(range(3), 2)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)))
for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g), end='; ')
print()
print([k for k, g in groupby('AAAABBBCCD')])
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
for k, g in groupby(data, key=lambda t: t[0]):
    print(k, [v for _, v in g])
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3], [4, 5, 6])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
t1, t2, t3 = tee('xyz', 3)
print(list(t1), list(t2), list(t3))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(pairwise('ABCDE')), list(pairwise('A')))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
gen = (i * i for i in range(10))
print(list(islice(gen, 3)), next(gen))
print(sum(1 for _ in islice(count(), 1000)))
it2 = iter(chain([1], [2]))
print(next(it2), next(it2), next(it2, 'done'))
try:
    islice('abc', -1)
except ValueError as e:
    print('ValueError', e)
