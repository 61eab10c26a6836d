# life: Conway's Game of Life on a toroidal grid stored as a list of lists
# (2-D indexing, neighbour counting with nested loops, list comprehensions),
# plus a sparse dict-of-coordinates variant for comparison.
# test-size: 20
# default-size: 1400
import sys

DEFAULT_SIZE = 1400
WIDTH = 64
HEIGHT = 48


def seed_grid(width, height, seed):
    x = seed
    grid = []
    for _ in range(height):
        row = []
        for _ in range(width):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(1 if (x >> 16) % 100 < 30 else 0)
        grid.append(row)
    return grid


def step_dense(grid):
    height = len(grid)
    width = len(grid[0])
    new = []
    for y in range(height):
        up = grid[y - 1]
        row = grid[y]
        down = grid[(y + 1) % height]
        out = [0] * width
        for x in range(width):
            left = x - 1
            right = (x + 1) % width
            n = (up[left] + up[x] + up[right] +
                 row[left] + row[right] +
                 down[left] + down[x] + down[right])
            if n == 3 or (n == 2 and row[x]):
                out[x] = 1
        new.append(out)
    return new


def step_sparse(live, width, height):
    counts = {}
    for (x, y) in live:
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % width, (y + dy) % height)
                    counts[key] = counts.get(key, 0) + 1
    new = {}
    for key, n in counts.items():
        if n == 3 or (n == 2 and key in live):
            new[key] = True
    return new


def population(grid):
    return sum(sum(row) for row in grid)


def to_sparse(grid):
    return {(x, y): True for y, row in enumerate(grid) for x, v in enumerate(row) if v}


def main(n):
    grid = seed_grid(WIDTH, HEIGHT, 31337)
    live = to_sparse(grid)
    history = []
    for gen in range(n):
        grid = step_dense(grid)
        if gen % 3 == 0:
            live = step_sparse(to_sparse(grid), WIDTH, HEIGHT)
            if len(live) != population(step_dense(grid)):
                raise ValueError("dense and sparse disagree at generation %d" % gen)
        history.append(population(grid))
    checksum = 0
    for p in history:
        checksum = (checksum * 1009 + p) % 1000000007
    cells = sorted(live)
    print("generations=%d population=%d" % (n, population(grid)))
    print("first-live=%s checksum=%d" % (cells[0] if cells else None, checksum))
    print("row0=" + "".join(".#"[v] for v in grid[0]))


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
