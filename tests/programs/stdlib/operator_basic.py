# operator: functions and itemgetter/attrgetter/methodcaller
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(5, 1), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.getitem([10, 20], 1), operator.concat([1], [2]), operator.index(7))
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l)
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
class O:
    def __init__(self):
        self.a = 1
        self.b = self
    def greet(self, name, punct='!'):
        return 'hi ' + name + punct
o = O()
print(attrgetter('a')(o), attrgetter('b.a')(o), attrgetter('a', 'b.a')(o))
print(methodcaller('greet', 'bob')(o), methodcaller('greet', 'al', punct='?')(o))
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'))
x = [1]
print(operator.iadd(x, [2]), x, operator.length_hint([1, 2, 3]), operator.length_hint(object(), 5))
print(itemgetter(1), attrgetter('a'), methodcaller('f', 1, k=2))
