# pidigits: big-integer arithmetic -- digits of pi from an unbounded spigot
# that composes linear fractional transformations with arbitrary-precision
# integers (multiplication, addition, floor division of growing numbers).
# test-size: 300
# default-size: 5000
import sys

DEFAULT_SIZE = 5000


def pi_digits(count):
    # pi = sum over k >= 0 of 2^(k+1) (k!)^2 / (2k+1)!, written as a nested
    # product of linear fractional maps x -> (q*x + r) / t. The state (q, r, t)
    # is the composition of the first k maps; k counts terms consumed.
    q, r, t, k = 1, 0, 1, 0
    digits = []
    while len(digits) < count:
        # The remaining tail lies between 3 and 4, so if the images of 3 and 4
        # agree on their integer part, that is the next digit.
        if (3 * q + r) // t == (4 * q + r) // t:
            d = (3 * q + r) // t
            digits.append(d)
            q, r = 10 * q, 10 * (r - d * t)
        else:
            k += 1
            m = 2 * k + 1
            q, r, t = q * k, (2 * q + r) * m, t * m
    return digits


def main(n):
    digits = pi_digits(n)
    text = "".join(str(d) for d in digits)
    total = 0
    for i, d in enumerate(digits):
        total = (total * 10 + d) % 1000000007
    print("first: %s.%s" % (text[0], text[1:40]))
    print("last:  %s" % text[-30:])
    print("digits=%d sum=%d mod=%d" % (len(digits), sum(digits), total))


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
