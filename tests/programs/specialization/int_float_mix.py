# One arithmetic or comparison site seeing ints, floats, bools and bigints.
def add(a, b):
    return a + b
def lt(a, b):
    return a < b
def div(a, b):
    return a / b

results = []
for i in range(3000):
    if i < 1000:
        results.append(add(i, 1))
    elif i < 2000:
        results.append(add(i, 0.5))
    else:
        results.append(add(float(i), i))
print(results[998:1002], results[1998:2002], results[-1], sum(results))

for i in range(2000):
    add(1.5, 2.25)
print(add(1, 2), add(True, True), add(2 ** 70, 0.5), add(1.0, 2 ** 60), add(-0.0, 0))

for i in range(2000):
    lt(i, i + 1)
print(lt(1, 1.5), lt(1.5, 1), lt(2 ** 64, 1e19), lt(2 ** 64, 1e20), lt(float("nan"), 1), lt(1, float("inf")), lt(True, 2))
for i in range(2000):
    lt(i + 0.5, 2.5)
print(lt(1, 2), lt(2 ** 53 + 1, 2.0 ** 53 + 2), lt(2 ** 53 + 1, float(2 ** 53)), lt("a", "b"))

for i in range(1, 2000):
    div(i, 7)
print(div(1, 3), div(1.0, 3), div(2 ** 70, 2 ** 69), div(10, 4), div(-7, 2))
try:
    div(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    div(1.5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def accumulate(values):
    total = 0
    for v in values:
        total += v
    return total
print(accumulate(range(2000)), accumulate([0.1] * 2000), accumulate([1, 0.5] * 1000), accumulate([True] * 2000))

def compare_eq(a, b):
    return a == b
for i in range(2000):
    compare_eq(i, i)
print(compare_eq(1, 1.0), compare_eq(0.1 + 0.2, 0.3), compare_eq(2 ** 53 + 1, 2.0 ** 53 + 1), compare_eq(True, 1), compare_eq(1, "1"))

def mod(a, b):
    return a % b
def floordiv(a, b):
    return a // b
for i in range(2000):
    mod(i, 7); floordiv(i, 7)
print(mod(-7, 2), mod(-7.0, 2), mod(7, -2.0), floordiv(-7, 2), floordiv(-7.5, 2), floordiv(7, 0.5), mod(5.5, 2))
def power(a, b):
    return a ** b
for i in range(2000):
    power(i, 2)
print(power(2, -1), power(2.0, 3), power(-8, 1 / 3) if False else power(9, 0.5), power(2, 100), power(0, 0), power(-2, 3))
