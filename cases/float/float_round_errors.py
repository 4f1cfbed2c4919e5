for v in (float('inf'), float('nan')):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 2))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__)
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
