# Conditional expressions, walrus operator, boolean short-circuit values.
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and 1, [0] and 1, not [] and "empty")
data = [5, 3, 8, 1, 9, 2]
if (n := len(data)) > 4:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
print(y)  # walrus in comprehension binds in enclosing scope
total = 0
while (chunk := data[total:total + 2]):
    print("chunk", chunk)
    total += 2
def f():
    if (m := 10) > 5:
        return m
print(f())
values = []
print([last := v for v in range(4)], last)
print((z := 3) + z)
vals = {"a": 1}
print(v if (v := vals.get("a")) is not None else "missing")
print(v if (v := vals.get("b")) is not None else "missing")
x = 0
res = x and 1 / x
print(res)
print(True if [] else False, "yes" if "0" else "no")
