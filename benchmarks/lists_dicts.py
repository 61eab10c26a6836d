# lists_dicts: list- and dict-heavy code -- a random graph as a dict of
# adjacency lists with breadth-first search, word counting and grouping with
# dict.get/setdefault, inverted indexes, list slicing/insert/pop/extend,
# comprehensions and a list-of-lists matrix product.
# test-size: 3
# default-size: 110
import sys

DEFAULT_SIZE = 110

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve", "zu", "an", "or"]


def lcg(x):
    return (x * 1103515245 + 12345) & 0x7FFFFFFF


def make_words(count, seed):
    words = []
    x = seed
    for _ in range(count):
        x = lcg(x)
        parts = 1 + (x >> 8) % 3
        w = ""
        for _ in range(parts):
            x = lcg(x)
            w += SYLLABLES[(x >> 10) % len(SYLLABLES)]
        words.append(w)
    return words, x


def word_stats(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    by_length = {}
    for w in counts:
        by_length.setdefault(len(w), []).append(w)
    first_seen = {}
    for i, w in enumerate(words):
        if w not in first_seen:
            first_seen[w] = i
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    index = {}
    for i, w in enumerate(words[:2000]):
        prefix = w[:2]
        if prefix in index:
            index[prefix].append(i)
        else:
            index[prefix] = [i]
    total = 0
    for length in sorted(by_length):
        total += length * len(by_length[length])
    for w, c in top:
        total += c * len(w) + first_seen[w]
    for prefix in sorted(index):
        positions = index[prefix]
        total += len(positions) + positions[-1]
    return total, top[0]


def make_graph(nodes, edges, seed):
    graph = {i: [] for i in range(nodes)}
    x = seed
    for _ in range(edges):
        x = lcg(x)
        a = (x >> 4) % nodes
        x = lcg(x)
        b = (x >> 4) % nodes
        if a != b and b not in graph[a]:
            graph[a].append(b)
            graph[b].append(a)
    return graph, x


def bfs(graph, start):
    dist = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        d = dist[node] + 1
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = d
                queue.append(nxt)
    return dist


def components(graph):
    seen = {}
    count = 0
    for node in graph:
        if node in seen:
            continue
        count += 1
        stack = [node]
        seen[node] = count
        while stack:
            cur = stack.pop()
            for nxt in graph[cur]:
                if nxt not in seen:
                    seen[nxt] = count
                    stack.append(nxt)
    return count


def list_ops(seed):
    x = seed
    data = []
    for _ in range(2000):
        x = lcg(x)
        data.append(x % 1000)
    evens = [v for v in data if v % 2 == 0]
    squares = [v * v for v in data[::3]]
    window = []
    best = 0
    for v in data:
        window.append(v)
        if len(window) > 16:
            window.pop(0)
        s = sum(window)
        if s > best:
            best = s
    merged = evens[:100] + squares[-100:]
    merged.reverse()
    merged.insert(10, -1)
    merged.extend(data[50:60])
    del merged[20:30]
    pos = merged.index(-1)
    rows = [data[i:i + 10] for i in range(0, 100, 10)]
    cols = [[rows[r][c] for r in range(10)] for c in range(10)]
    product = [[sum(a * b for a, b in zip(row, col)) for col in cols] for row in rows]
    diag = 0
    for i in range(10):
        diag += product[i][i]
    counts = [0] * 10
    for v in data:
        counts[v % 10] += 1
    return best + len(evens) + sum(squares) % 9973 + pos + len(merged) + diag % 10007 + max(counts), x


def main(n):
    checksum = 0
    seed = 42
    top = None
    for _ in range(n):
        words, seed = make_words(6000, seed)
        total, top = word_stats(words)
        checksum += total
        graph, seed = make_graph(1500, 2400, seed)
        for start in (0, 7, 99, 500):
            dist = bfs(graph, start)
            far = 0
            for node in dist:
                if dist[node] > far:
                    far = dist[node]
            checksum += len(dist) + far
        checksum += components(graph)
        value, seed = list_ops(seed)
        checksum += value
        checksum %= 1000000007
    print("top word: %s x%d" % top)
    print("checksum=%d" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
