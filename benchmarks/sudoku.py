# sudoku: a constraint solver -- generates puzzles deterministically from a
# shuffled base grid, then solves them with candidate bitmasks, naked-single
# and hidden-single propagation, and depth-first search choosing the cell with
# the fewest candidates. Also counts solutions of a small N-queens board.
# test-size: 10
# default-size: 700
import sys

DEFAULT_SIZE = 700

ALL = 0x3FE  # bits 1..9


def build_units():
    rows = [[r * 9 + c for c in range(9)] for r in range(9)]
    cols = [[r * 9 + c for r in range(9)] for c in range(9)]
    boxes = []
    for br in range(3):
        for bc in range(3):
            boxes.append([(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)])
    units = rows + cols + boxes
    peers = []
    for cell in range(81):
        ps = set()
        for unit in units:
            if cell in unit:
                ps.update(unit)
        ps.discard(cell)
        peers.append(sorted(ps))
    return units, peers


UNITS, PEERS = build_units()
BIT_COUNT = [bin(i).count("1") for i in range(1024)]
SINGLE = {1 << d: d for d in range(1, 10)}


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]


def make_puzzle(rng, holes):
    # Valid solved grid from the classic pattern, then permute digits,
    # rows within bands, columns within stacks, bands and stacks.
    digits = list(range(1, 10))
    rng.shuffle(digits)
    bands = [0, 1, 2]
    rng.shuffle(bands)
    stacks = [0, 1, 2]
    rng.shuffle(stacks)
    row_order = []
    for b in bands:
        inner = [0, 1, 2]
        rng.shuffle(inner)
        row_order.extend(b * 3 + i for i in inner)
    col_order = []
    for s in stacks:
        inner = [0, 1, 2]
        rng.shuffle(inner)
        col_order.extend(s * 3 + i for i in inner)
    grid = []
    for r in row_order:
        for c in col_order:
            grid.append(digits[(r * 3 + r // 3 + c) % 9])
    cells = list(range(81))
    rng.shuffle(cells)
    puzzle = grid[:]
    for cell in cells[:holes]:
        puzzle[cell] = 0
    return puzzle, grid


class Solver:
    def __init__(self):
        self.nodes = 0
        self.guesses = 0

    def initial(self, puzzle):
        cands = [ALL] * 81
        for cell, value in enumerate(puzzle):
            if value:
                if not self.assign(cands, cell, value):
                    return None
        return cands

    def assign(self, cands, cell, value):
        bit = 1 << value
        if not cands[cell] & bit:
            return False
        cands[cell] = bit
        for peer in PEERS[cell]:
            if cands[peer] & bit:
                if not self.eliminate(cands, peer, bit):
                    return False
        return True

    def eliminate(self, cands, cell, bit):
        remaining = cands[cell] & ~bit
        if not remaining:
            return False
        cands[cell] = remaining
        if remaining in SINGLE:
            # Naked single: the last candidate is removed from all peers.
            for peer in PEERS[cell]:
                if cands[peer] & remaining:
                    if not self.eliminate(cands, peer, remaining):
                        return False
        return True

    def hidden_singles(self, cands):
        progress = True
        while progress:
            progress = False
            for unit in UNITS:
                for d in range(1, 10):
                    bit = 1 << d
                    where = -1
                    count = 0
                    for cell in unit:
                        if cands[cell] & bit:
                            count += 1
                            where = cell
                            if count > 1:
                                break
                    if count == 0:
                        return False
                    if count == 1 and cands[where] != bit:
                        if not self.assign(cands, where, d):
                            return False
                        progress = True
        return True

    def search(self, cands):
        self.nodes += 1
        if not self.hidden_singles(cands):
            return None
        best = -1
        best_count = 10
        for cell in range(81):
            n = BIT_COUNT[cands[cell]]
            if 1 < n < best_count:
                best = cell
                best_count = n
                if n == 2:
                    break
        if best < 0:
            return cands
        mask = cands[best]
        for d in range(1, 10):
            if mask & (1 << d):
                self.guesses += 1
                trial = cands[:]
                if self.assign(trial, best, d):
                    result = self.search(trial)
                    if result is not None:
                        return result
        return None

    def solve(self, puzzle):
        cands = self.initial(puzzle)
        if cands is None:
            return None
        result = self.search(cands)
        if result is None:
            return None
        return [SINGLE[m] for m in result]


def valid(grid):
    for unit in UNITS:
        if sorted(grid[c] for c in unit) != list(range(1, 10)):
            return False
    return True


def queens(n):
    count = 0
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                place(row + 1)
                cols[c] = diag1[row + c] = diag2[row - c + n] = False

    place(0)
    return count


def main(n):
    rng = Rng(1234567)
    solver = Solver()
    checksum = 0
    solved = 0
    for i in range(n):
        puzzle, answer = make_puzzle(rng, 50 + i % 12)
        grid = solver.solve(puzzle)
        if grid is None or not valid(grid):
            raise ValueError("puzzle %d not solved" % i)
        for cell in range(81):
            if puzzle[cell] and puzzle[cell] != grid[cell]:
                raise ValueError("solver changed a clue")
        solved += 1
        checksum = (checksum * 131 + sum(grid[k] * (k + 1) for k in range(0, 81, 4))) % 1000000007
    q = queens(8)
    print("solved=%d nodes=%d guesses=%d queens8=%d" % (solved, solver.nodes, solver.guesses, q))
    print("checksum=%d" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
