# json, fractions, decimal and statistics running on the pure-Python stdlib.
import json
from fractions import Fraction
from decimal import Decimal, getcontext
import statistics
data = {"a": [1, 2.5, None, True], "b": {"c": "d\u00e9"}, "e": "x\"y"}
s = json.dumps(data, sort_keys=True)
print(s, json.loads(s) == data, json.dumps(data, indent=2))
print(json.loads('[1, 2, {"k": [3, 4.5e3]}]'))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("2.5"), Fraction(1, 3) ** 2)
getcontext().prec = 30
print(Decimal(1) / Decimal(7), Decimal("1.10") + Decimal("2.205"))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]))
