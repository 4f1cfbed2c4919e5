# program: breadth-first and depth-first search on a graph
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
}
def bfs(start):
    seen = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for n in graph[node]:
            if n not in seen:
                seen.append(n)
                queue.append(n)
    return seen
def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for n in graph[node]:
        if n not in seen:
            dfs(n, seen)
    return seen
def shortest(a, b):
    paths = [[a]]
    while paths:
        p = paths.pop(0)
        if p[-1] == b:
            return p
        for n in graph[p[-1]]:
            paths.append(p + [n])
print(bfs("a"))
print(dfs("a"))
print(shortest("a", "f"))
