# mandelbrot: float arithmetic in nested loops -- escape-time iteration over
# a grid written with separate real/imaginary floats, a float-heavy
# smoothing step with math.log/math.sqrt, and a bitmap packed into ints.
# test-size: 40
# default-size: 620
import sys
import math

DEFAULT_SIZE = 620
MAX_ITER = 80


def escape_time(cr, ci):
    zr = 0.0
    zi = 0.0
    for i in range(MAX_ITER):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i, zr2 + zi2
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return MAX_ITER, zr * zr + zi * zi


def render(size):
    rows = []
    histogram = [0] * (MAX_ITER + 1)
    smooth_total = 0.0
    inside = 0
    step_r = 3.0 / size
    step_i = 2.4 / size
    for y in range(size):
        ci = -1.2 + y * step_i
        bits = 0
        for x in range(size):
            cr = -2.1 + x * step_r
            n, mag = escape_time(cr, ci)
            histogram[n] += 1
            if n == MAX_ITER:
                inside += 1
                bits = (bits << 1) | 1
            else:
                bits <<= 1
                # Smooth colouring value; floor() keeps the checksum stable.
                nu = n + 1 - math.log(math.log(math.sqrt(mag))) / math.log(2.0)
                smooth_total += math.floor(nu * 16.0)
        rows.append(bits)
    return rows, histogram, inside, smooth_total


def main(n):
    rows, histogram, inside, smooth_total = render(n)
    digest = 0
    for bits in rows:
        digest = (digest * 1000003 + bits % 999999937) % 1000000007
    peak = max(range(MAX_ITER), key=lambda k: (histogram[k], -k))
    print("size=%d inside=%d peak-iter=%d" % (n, inside, peak))
    print("smooth=%d digest=%d" % (int(smooth_total), digest))


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
