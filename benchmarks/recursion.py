# recursion: call-heavy recursive functions -- naive Fibonacci, Ackermann,
# Takeuchi, mutual recursion, Towers of Hanoi and a recursive list walk.
# Maximum Python stack depth used stays below 600 frames.
# test-size: 3
# default-size: 120
import sys

DEFAULT_SIZE = 120


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return 0
    count = hanoi(n - 1, source, spare, target, moves)
    moves[target] += 1
    count += 1
    return count + hanoi(n - 1, spare, target, source, moves)


def nested(depth):
    if depth == 0:
        return []
    return [depth, nested(depth - 1)]


def walk(node):
    if not node:
        return 0
    return node[0] + walk(node[1])


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def main(n):
    total = 0
    for i in range(n):
        total += fib(20 + (i % 3))
        total += ackermann(2, 100 + i)
        total += ackermann(3, 4)
        total += tak(12 + (i % 2), 8, 4)
        total += 1 if is_even(400 + i) else 0
        moves = [0, 0, 0]
        total += hanoi(12, 0, 2, 1, moves)
        total += moves[1] * 3 + moves[2]
        total += walk(nested(500))
        g = 0
        for a in range(1, 300):
            g += gcd(a * 7919, 104729 + i * 3)
        total += g
    print("fib(25)=%d ack(3,5)=%d" % (fib(25), ackermann(3, 5)))
    print("total=%d" % total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
