# Recursive functions, mutual recursion, moderately deep recursion.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(12)])
print(fact(50))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77), is_even(7))

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
m = hanoi(4, "A", "B", "C", [])
print(len(m), m[:5])

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(permutations([1, 2, 3]))

def flatten(x):
    if isinstance(x, list):
        return [z for y in x for z in flatten(y)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]], 6], [[[]]]]))

import sys
print(sys.getrecursionlimit() >= 1000)
def catch_deep(n):
    return catch_deep(n + 1)
try:
    catch_deep(0)
except RecursionError as e:
    print("RecursionError:", e)
# still works after recovering
print(depth(500))
