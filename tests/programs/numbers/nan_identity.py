import math, struct, array, pickle, json
nan = float('nan')
x = nan
def show(*a): print(*a)
show(x in [x], float('nan') in [float('nan')], x is x, nan is float('nan'))
show([x] == [x], (x,) == (x,), [x] == [float('nan')], (x,) == (float('nan'),), [x] != [x])
show({x: 1}.get(x), {x: 1}.get(float('nan')), x in {x}, float('nan') in {x}, x in (x,), x in {x: 1})
show(math.nan in [math.nan], math.nan is math.nan, math.nan in [float('nan')], math.nan is x)
y = x * 1
show(y in [x], y is x, -x is x, -(-x) is x, abs(x) is x, +x is x, float(x) is x, x.real is x, x.conjugate() is x)
show(x + 0 in [x], x - 1 in [x], x / 2 in [x], x ** 1 in [x], x % 2 in [x], x // 1 in [x])
show(math.sqrt(x) in [x], math.fabs(x) in [x], max(x, 1) is x, min([x]) is x)
l = [x, 1.0, float('nan')]
show(l.count(x), l.index(x), l.count(l[2]), l.index(l[2]))
l.remove(l[2]); show(len(l))
d = {}
d[x] = 1; d[float('nan')] = 2; d[x] = 3
show(len(d), d[x], sorted(d.values()))
s = {x, x, float('nan'), math.nan, math.nan}
show(len(s))
show(hash(x) == hash(x), hash(x) == hash(float('nan')))
show(struct.pack('>d', x), struct.pack('<f', x), struct.pack('>e', x), struct.pack('>d', -x))
u = struct.unpack('>d', struct.pack('>d', x))[0]
show(u in [x], u != u, repr(u))
show(array.array('d', [x]).tobytes())
p = pickle.loads(pickle.dumps([x, x]))
show(p[0] is p[1], p[0] in [x])
j = json.loads('[NaN, NaN]')
show(j[0] is j[1], j[0] in [j[1]])
show(float('nan').hex(), repr(-x), str(x), format(x, '.3f'), '%f' % x, math.isnan(x), math.copysign(1.0, -x))
t = (x, [x])
show(t == (x, [x]), t.count(x), t.index(x))
class F(float): pass
f = F('nan')
show(f in [f], F('nan') in [F('nan')], float(f) in [f], float(f) is f)
z = complex(x, 0)
show(z.real in [z.real], z == z, z in [z])
show(sum([x]) in [x], round(x, 2) in [x], x.__round__(2) in [x])
show(float.fromhex('nan') in [float.fromhex('nan')])
import statistics
show(statistics.mean([1.0, x]) in [x])
show(id(x) == id(x), id(x) == id(float('nan')))

# More operations: each result is a new float.
import cmath, decimal, operator
x = float('nan')
q, r = divmod(x, 1)
print(q in [x], r in [x], pow(x, 1) in [x], math.fmod(x, 1) in [x], math.remainder(x, 1) in [x], math.copysign(x, 1) in [x])
print(operator.add(x, 0) in [x], operator.neg(x) in [x], operator.pos(x) in [x], x.__add__(0) in [x], x.__neg__() in [x], x.__pos__() in [x])
print(math.ldexp(x, 1) in [x], math.frexp(x)[0] in [x], math.modf(x)[0] in [x], math.trunc(1.5), float(decimal.Decimal('nan')) in [x])
print(cmath.nan in [cmath.nan], cmath.nan is cmath.nan, complex(x, 1).real in [x], math.inf - math.inf in [math.inf - math.inf])
y = math.inf - math.inf
print(y in [y], y is y, [y] == [y], {y: 1}[y], y != y)
print(math.isnan(sum([1.0, x])), max(x, x) is x, min([x, 1.0]) is x, sorted([x])[0] is x, list(map(float, [x]))[0] is x)
print(math.sqrt(x) in [x], math.exp(x) in [x], math.hypot(x, 1) in [x], math.atan2(x, 1) in [x], math.pow(x, 1) in [x])
