# pycopy-targets: unix (lengths past 2**32 need a 64-bit host)
r = range(-10**18, 10**18, 7)
print(len(r) if len(r) < 2**62 else 'x', r[10], r[-1], (10**18 - 3) in r, r.index(-10**18 + 14))
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__)
