# format specs in f-strings
n = 42
print(f"[{n:5}]")
print(f"[{n:<5}]")
print(f"[{n:>5}]")
print(f"[{n:^5}]")
print(f"[{n:05}]")
print(f"[{n:x}] [{n:X}] [{n:o}] [{n:b}]")
print(f"[{n:#x}] [{n:#o}] [{n:#b}]")
print(f"[{n:+d}] [{-n:d}]")
print(f"[{'ab':*^6}]")
print(f"[{3.14159:.2f}] [{2.5:8.3f}]")
print(f"[{'abc':.2}]")
