# BINARY_OP_INT (// % & | ^ << >> / on two inline ints) and
# BINARY_OP_TRUE_DIVIDE_FLOAT, warmed up and then fed edge cases: signs,
# zero divisors, i64 boundaries, results that leave the inline range,
# negative shift counts, big ints, bools, floats and int subclasses.
import sys

M = sys.maxsize
edges = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 63, 64, 65, 2**31, -(2**31), 2**53, 2**53 + 1, -(2**53), M, -M, -M - 1, M // 2]


def run(op, pairs):
    out = []
    for a, b in pairs:
        try:
            if op == "//":
                r = a // b
            elif op == "%":
                r = a % b
            elif op == "&":
                r = a & b
            elif op == "|":
                r = a | b
            elif op == "^":
                r = a ^ b
            elif op == "<<":
                r = a << b
            elif op == ">>":
                r = a >> b
            else:
                r = a / b
            out.append(repr(r))
        except (ZeroDivisionError, ValueError, OverflowError, MemoryError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


warm = [(i * 37 - 500, (i % 13) + 1) for i in range(60)]
shifts = [(a, s) for a in edges for s in (0, 1, 2, 31, 62, 63, 64, 65, 100, -1)]
for op in ["//", "%", "&", "|", "^", "<<", ">>", "/"]:
    pairs = warm + (shifts if op in ("<<", ">>") else [(a, b) for a in edges for b in edges])
    res = run(op, pairs)
    text = ",".join(res)
    print(op, len(res), sum(ord(c) * (i % 97 + 1) for i, c in enumerate(text)), res[-40:])


class MyInt(int):
    def __floordiv__(self, other):
        return "custom"


mixed = warm + [(True, 2), (7, False), (2**70, 3), (3, 2**70), (MyInt(9), 2), (7.5, 2), (7, 2.5)]
for op in ["//", "%", "&", "/"]:
    print(op, run(op, mixed)[-8:])


def fdiv(pairs):
    return [a / b if b else "zero" for a, b in pairs]


fl = [(float(i) + 0.5, float(i % 7) - 3.0) for i in range(50)]
print(fdiv(fl)[-5:])
print(run("/", fl + [(1.0, 0.0), (-0.0, 5.0), (float("inf"), 2.0), (1e308, 1e-308), (5.0, 2), (2**1000, 2.0)])[-6:])

for a, s in [(1, 2**62), (-3, 2**64), (0, 2**70), (5, 2**40)]:
    print(run("<<", [(a, s)]), run(">>", [(a, s)]))
