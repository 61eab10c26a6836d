# doctest runs examples through compile(..., "single"), which shows values
# through sys.displayhook; a failing example is reported.
def add(a, b):
    """
    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> add(1, 1)
    3
    >>> 1/0
    Traceback (most recent call last):
    ...
    ZeroDivisionError: division by zero
    """
    return a + b
import doctest
r = doctest.testmod()
print(r)
