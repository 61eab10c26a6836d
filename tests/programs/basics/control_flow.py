# if/elif/else, while/else, for/else, break, continue, pass, nested loops.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 3, 42):
    print(n, classify(n))

i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("while", i)
else:
    print("while-else not reached")

i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("while-else reached", i)

for x in range(5):
    if x == 10:
        break
else:
    print("for-else reached")

for x in range(5):
    if x == 2:
        print("breaking at", x)
        break
else:
    print("for-else not reached")

# Nested loops with break/continue
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        print("pair", a, b)

# Search with for/else
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    else:
        return None

for n in range(2, 20):
    print(n, find_prime_factor(n))

# pass and empty bodies
if True:
    pass
class Empty:
    pass
def nothing():
    pass
print(nothing(), Empty.__name__)

# Loop variable leaks after loop
for leak in range(3):
    pass
print("leak", leak)

# Loop over a string, a tuple, a dict
for ch in "abc":
    print(ch, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
count = 0
while True:
    count += 1
    if count >= 100:
        break
print("count", count)
