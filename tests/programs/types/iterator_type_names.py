# The types of the builtin iterators (str_ascii_iterator/str_iterator,
# bytearray_iterator, longrange_iterator...), with __next__ and __length_hint__.
its = [iter('abc'), iter('ab\xe9'), iter('\U0001f600'), iter(b'ab'), iter(bytearray(b'a')), iter(range(3)), iter(range(2**70, 2**70 + 3)), iter([1]), iter((1,)), iter({1: 2}), iter({1}), reversed([1]), reversed((1,)), iter({1: 2}.items())]
for it in its:
    t = type(it)
    print(t.__name__, list(it), hasattr(t, '__length_hint__'), '__next__' in dir(t))
