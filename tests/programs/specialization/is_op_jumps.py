# `is` / `is not` feeding every kind of consumer: if/while/elif, and/or
# (which keep the bool), assignment, not, comprehension filters, and a
# site whose operands change between identical and not, in a warm loop.
class K:
    def __repr__(self):
        return "K"


k1, k2 = K(), K()
vals = [None, 0, k1, k2, "s", None, k1]
out = []
for round_ in range(3):
    for a in vals:
        for b in (None, k1):
            if a is b:
                out.append(1)
            elif a is not None:
                out.append(2)
            else:
                out.append(3)
            x = a is b
            y = a is not b
            z = a is None or b is None
            w = a is b and b is not None
            out.append((x, y, z, w, not (a is b)))
    n = 0
    p = k1
    while p is not None:
        n += 1
        p = None if n > 3 else p
    out.append(n)
    out.append([v for v in vals if v is not None and v is not k2])
print(len(out))
print(out[:12])
print(out[-3:])
