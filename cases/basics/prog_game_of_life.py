# program: Conway's game of life on a small torus
def step(grid):
    h, w = len(grid), len(grid[0])
    new = []
    for y in range(h):
        row = []
        for x in range(w):
            n = sum(grid[(y + dy) % h][(x + dx) % w]
                    for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
            row.append(1 if n == 3 or (n == 2 and grid[y][x]) else 0)
        new.append(row)
    return new
g = [[0] * 6 for _ in range(6)]
for y, x in ((0, 1), (1, 2), (2, 0), (2, 1), (2, 2)):
    g[y][x] = 1
for gen in range(4):
    print("gen", gen)
    for row in g:
        print("".join("#" if c else "." for c in row))
    g = step(g)
