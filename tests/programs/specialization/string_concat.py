# In-place string concatenation must never modify a string shared elsewhere.
s = ""
snapshots = []
for i in range(3000):
    s += str(i % 10)
    if i % 1000 == 999:
        snapshots.append(s)
print(len(s), [len(x) for x in snapshots], snapshots[0][:20], s[-10:])

a = "base"
b = a
for i in range(2000):
    a += "x"
print(b, len(a))

parts = ["p"] * 5
acc = parts[0]
for i in range(2000):
    acc += "q"
print(parts, len(acc))

def build(n):
    out = ""
    for i in range(n):
        out = out + chr(97 + i % 26)
    return out
r1 = build(2000)
r2 = build(2000)
print(r1 == r2, r1[:30], len(r1))

keep = {}
t = "k"
for i in range(2000):
    t += "!"
    if i in (0, 1, 999):
        keep[i] = t
print({k: len(v) for k, v in keep.items()})

# += on a string held in a list element and an attribute
holder = ["start"]
for i in range(1000):
    holder[0] += "."
class H:
    text = "cls"
h = H()
for i in range(1000):
    h.text += "-"
print(len(holder[0]), len(h.text), H.text)

# Unicode widening during concatenation
w = "ascii"
for i in range(1000):
    w += "é" if i == 500 else "a"
w += "😀"
print(len(w), w[500:510], w[-3:])
# str * int and join at a hot site
line = ""
for i in range(2000):
    line = "-" * (i % 5) + "|"
print(line, "".join(str(i % 10) for i in range(30)))
