# nbody: gravitational n-body integration with plain float arithmetic in
# tight loops (list indexing, local variables, math.sqrt, tuple unpacking).
# test-size: 2000
# default-size: 150000
import sys
import math

DEFAULT_SIZE = 150000


def make_system():
    # A heavy star plus six bodies on roughly circular, slightly inclined orbits.
    # Positions/velocities are simple rationals so that no libm function
    # (sin/cos) is involved in the set-up.
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47841760435743]]
    spec = [
        # x,     y,     z,     vx,     vy,    vz,    mass
        (1.0, 0.0, 0.01, 0.0, 6.2, 0.05, 0.001),
        (0.0, 1.9, -0.02, -4.5, 0.0, 0.01, 0.0003),
        (-3.1, 0.4, 0.05, -0.4, -3.5, 0.0, 0.0095),
        (0.3, -5.2, 0.1, 2.75, 0.15, -0.02, 0.0028),
        (9.6, 1.5, -0.3, -0.3, 1.95, 0.03, 0.00044),
        (-1.2, -14.8, 0.2, 1.6, -0.1, 0.01, 0.00005),
    ]
    for x, y, z, vx, vy, vz, m in spec:
        bodies.append([x, y, z, vx, vy, vz, m * 39.47841760435743])
    return bodies


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        m = b[6]
        px += b[3] * m
        py += b[4] * m
        pz += b[5] * m
    sun = bodies[0]
    sun[3] = -px / sun[6]
    sun[4] = -py / sun[6]
    sun[5] = -pz / sun[6]


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        x1, y1, z1, vx, vy, vz, m1 = bodies[i]
        e += 0.5 * m1 * (vx * vx + vy * vy + vz * vz)
        for j in range(i + 1, n):
            x2, y2, z2, _, _, _, m2 = bodies[j]
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            e -= (m1 * m2) / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def make_pairs(bodies):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def advance(bodies, pairs, dt, steps):
    sqrt = math.sqrt
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main(n):
    bodies = make_system()
    offset_momentum(bodies)
    pairs = make_pairs(bodies)
    print("%.9f" % energy(bodies))
    done = 0
    chunk = 1000
    while done < n:
        k = chunk if n - done > chunk else n - done
        advance(bodies, pairs, 0.001, k)
        done += k
    print("%.9f" % energy(bodies))
    sx = 0.0
    for b in bodies:
        sx += b[0] + b[1] + b[2]
    print("steps=%d position-sum=%.6f" % (done, sx))


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
