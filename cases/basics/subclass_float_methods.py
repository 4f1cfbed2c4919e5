class F(float):
    pass
f = F(2.5)
print(f + 1, f * 2, f / 2, f // 1, f % 1, -f, abs(F(-1.5)), round(f), round(f, 1), int(f), f.is_integer(), f.as_integer_ratio(), f.hex(), f == 2.5, f > 2, float(f), type(float(f)).__name__, hash(f) == hash(2.5))
print(type(f + 1).__name__, repr(f), str(f), format(f, '.3f'), isinstance(f, float), F('1.25'), F(), F(3))
