# Floating-point arithmetic (a small n-body-like loop).
import math
x, y, vx, vy = 1.0, 0.0, 0.0, 1.0
dt = 0.001
for i in range(300000):
    r = math.sqrt(x * x + y * y)
    ax = -x / (r * r * r)
    ay = -y / (r * r * r)
    vx += ax * dt
    vy += ay * dt
    x += vx * dt
    y += vy * dt
print(round(x, 6), round(y, 6))
