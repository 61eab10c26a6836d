# game_search: board-game search -- exhaustive memoized minimax over
# tic-tac-toe, and self-play Connect Four with depth-limited negamax,
# alpha-beta pruning, move ordering and a window-based evaluation.
# test-size: 1
# default-size: 11
import sys

DEFAULT_SIZE = 11

# ------------------------------------------------------------ tic-tac-toe

TTT_LINES = ((0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6))


class TicTacToe:
    def __init__(self):
        self.cells = [0] * 9
        self.memo = {}
        self.visited = 0

    def winner(self):
        c = self.cells
        for a, b, d in TTT_LINES:
            v = c[a]
            if v and v == c[b] and v == c[d]:
                return v
        return 0

    def solve(self, player):
        """Score from `player`'s point of view: +1 win, 0 draw, -1 loss."""
        key = (tuple(self.cells), player)
        cached = self.memo.get(key)
        if cached is not None:
            return cached
        self.visited += 1
        w = self.winner()
        if w:
            result = 1 if w == player else -1
        elif 0 not in self.cells:
            result = 0
        else:
            result = -2
            for i in range(9):
                if self.cells[i] == 0:
                    self.cells[i] = player
                    score = -self.solve(3 - player)
                    self.cells[i] = 0
                    if score > result:
                        result = score
                        if result == 1:
                            break
        self.memo[key] = result
        return result

    def count_games(self, player):
        """Number of complete games from here (plain recursion, no memo)."""
        if self.winner() or 0 not in self.cells:
            return 1
        total = 0
        for i in range(9):
            if self.cells[i] == 0:
                self.cells[i] = player
                total += self.count_games(3 - player)
                self.cells[i] = 0
        return total


# ------------------------------------------------------------ connect four

ROWS = 6
COLS = 7


def make_windows():
    windows = []
    for r in range(ROWS):
        for c in range(COLS):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                end_r = r + 3 * dr
                end_c = c + 3 * dc
                if 0 <= end_r < ROWS and 0 <= end_c < COLS:
                    windows.append(tuple((r + k * dr) * COLS + c + k * dc for k in range(4)))
    return windows


WINDOWS = make_windows()
CELL_WINDOWS = [[w for w in WINDOWS if cell in w] for cell in range(ROWS * COLS)]
ORDER = [3, 2, 4, 1, 5, 0, 6]
WEIGHTS = (0, 1, 4, 32, 100000)


class ConnectFour:
    def __init__(self):
        self.board = [0] * (ROWS * COLS)
        self.heights = [0] * COLS
        self.moves = 0
        self.nodes = 0

    def can_play(self, col):
        return self.heights[col] < ROWS

    def play(self, col, player):
        cell = self.heights[col] * COLS + col
        self.board[cell] = player
        self.heights[col] += 1
        self.moves += 1
        return cell

    def undo(self, col):
        self.heights[col] -= 1
        self.board[self.heights[col] * COLS + col] = 0
        self.moves -= 1

    def wins_at(self, cell, player):
        board = self.board
        for w in CELL_WINDOWS[cell]:
            if board[w[0]] == player and board[w[1]] == player and board[w[2]] == player and board[w[3]] == player:
                return True
        return False

    def evaluate(self, player):
        board = self.board
        other = 3 - player
        score = 0
        for a, b, c, d in WINDOWS:
            mine = 0
            theirs = 0
            for v in (board[a], board[b], board[c], board[d]):
                if v == player:
                    mine += 1
                elif v == other:
                    theirs += 1
            if theirs == 0:
                score += WEIGHTS[mine]
            elif mine == 0:
                score -= WEIGHTS[theirs]
        return score

    def negamax(self, player, depth, alpha, beta):
        self.nodes += 1
        if self.moves == ROWS * COLS:
            return 0
        if depth == 0:
            return self.evaluate(player)
        best = -1000000
        for col in ORDER:
            if not self.can_play(col):
                continue
            cell = self.play(col, player)
            if self.wins_at(cell, player):
                score = 900000 + depth
            else:
                score = -self.negamax(3 - player, depth - 1, -beta, -alpha)
            self.undo(col)
            if score > best:
                best = score
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        return best

    def choose(self, player, depth):
        best_col = -1
        best_score = -10000000
        alpha = -10000000
        for col in ORDER:
            if not self.can_play(col):
                continue
            cell = self.play(col, player)
            if self.wins_at(cell, player):
                score = 1000000
            else:
                score = -self.negamax(3 - player, depth - 1, -10000000, -alpha)
            self.undo(col)
            if score > best_score:
                best_score = score
                best_col = col
            if score > alpha:
                alpha = score
        return best_col, best_score

    def render(self):
        lines = []
        for r in range(ROWS - 1, -1, -1):
            lines.append("".join(".XO"[self.board[r * COLS + c]] for c in range(COLS)))
        return "/".join(lines)


def self_play(opening, depth):
    game = ConnectFour()
    player = 1
    for col in opening:
        game.play(col, player)
        player = 3 - player
    winner = 0
    history = []
    while game.moves < ROWS * COLS:
        col, score = game.choose(player, depth)
        history.append(col)
        cell = game.play(col, player)
        if game.wins_at(cell, player):
            winner = player
            break
        player = 3 - player
    return winner, history, game


def main(n):
    ttt = TicTacToe()
    value = ttt.solve(1)
    ttt.cells[4] = 1
    ttt.cells[0] = 2
    games = ttt.count_games(1)
    print("tictactoe value=%d positions=%d games-after-two-moves=%d" % (value, ttt.visited, games))
    checksum = 0
    summary = []
    for g in range(n):
        opening = [(g * 3) % 7, (g * 5 + 1) % 7, (g // 7 + g + 2) % 7]
        winner, history, game = self_play(opening, 4)
        summary.append("%d:%d" % (winner, len(history)))
        for i, col in enumerate(history):
            checksum = (checksum * 7 + col + i) % 1000000007
        checksum = (checksum + game.nodes) % 1000000007
        if g == 0:
            print("final board:", game.render())
    print("games:", " ".join(summary))
    print("checksum=%d" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
