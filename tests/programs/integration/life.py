# Conway's game of life on a small torus, plus a few numeric kernels.
W, H = 12, 8
cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (8, 4), (9, 4), (10, 4)}
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def show(cells):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(W)) for y in range(H))
for gen in range(5):
    print("generation", gen, "alive", len(cells))
    print(show(cells))
    cells = step(cells)
for gen in range(5, 40):
    cells = step(cells)
print("after 40:", len(cells), sorted(cells))

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
m = [[1, 1], [1, 0]]
r = [[1, 0], [0, 1]]
for _ in range(90):
    r = matmul(r, m)
print("fib via matrix", r[0][1])

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(flags[i * i::i])
    return [i for i, f in enumerate(flags) if f]
primes = sieve(2000)
print(len(primes), primes[-5:], sum(primes))

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz)
print("collatz", best, collatz(best))
def mandel_row(y):
    row = ""
    for x in range(-40, 20):
        c = (x / 20, y / 10)
        zr = zi = 0.0
        n = 0
        while zr * zr + zi * zi < 4 and n < 30:
            zr, zi = zr * zr - zi * zi + c[0], 2 * zr * zi + c[1]
            n += 1
        row += " .:-=+*#%@"[n % 10] if n < 30 else "@"
    return row
for y in range(-10, 11, 2):
    print(mandel_row(y))
