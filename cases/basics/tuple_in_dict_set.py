points = {(0, 0): 'origin', (1, 0): 'x', (0, 1): 'y'}
print(points[(0, 0)], points[1, 0], (0, 1) in points, sorted(points), {(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)}, len({(1, 2.0), (1.0, 2)}))
