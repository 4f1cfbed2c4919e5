print(int(3.9), int(-3.9), int(1e20), int(-0.5), int(2.0**70))
for f in (float('inf'), float('-inf'), float('nan')):
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
