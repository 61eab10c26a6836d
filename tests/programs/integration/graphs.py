# Graph algorithms on small deterministic graphs: BFS, DFS, Dijkstra, topological sort.
edges = [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 5), ("c", "d", 8), ("d", "e", 3), ("e", "f", 1), ("c", "f", 20)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, [])
print(graph)

def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt, _ in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def dijkstra(start):
    dist = {n: float("inf") for n in graph}
    prev = {}
    dist[start] = 0
    todo = set(graph)
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v, w in graph[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

def topo():
    indeg = {n: 0 for n in graph}
    for u in graph:
        for v, _ in graph[u]:
            indeg[v] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for v, _ in graph[n]:
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    return out

print("bfs", bfs("a"))
print("dfs", dfs("a"))
dist, prev = dijkstra("a")
print("dist", dist)
for t in "bdef":
    print("path to", t, path(prev, t), dist[t])
print("topo", topo())

grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
def solve(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    goal = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
    frontier = [start]
    came = {start: None}
    while frontier:
        cur = frontier.pop(0)
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in came:
                came[(nr, nc)] = cur
                frontier.append((nr, nc))
    steps = []
    cur = goal
    while cur:
        steps.append(cur)
        cur = came[cur]
    return steps[::-1]
route = solve(grid)
print(len(route) - 1, route)
canvas = [list(row) for row in grid]
for r, c in route[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
