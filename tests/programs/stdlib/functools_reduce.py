# functools.reduce (native): results, initial values and CPython's errors.
import functools, operator
for f in [lambda: functools.reduce(), lambda: functools.reduce(max), lambda: functools.reduce(max, 5), lambda: functools.reduce(max, []),
          lambda: functools.reduce(max, [], 7), lambda: functools.reduce(lambda a, b: a + b, [1, 2, 3], 10), lambda: functools.reduce(max, [1], 2, 3),
          lambda: functools.reduce(max, iterable=[1]), lambda: functools.reduce(operator.mul, range(1, 20)), lambda: functools.reduce(operator.add, "abc"),
          lambda: functools.reduce(lambda a, b: 1 / b, [1, 0])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(functools.reduce.__name__)
