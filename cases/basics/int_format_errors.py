for spec in ('.2d', 's', ',c', 'z'):
    try:
        print(format(5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(-1, 'c')
except (ValueError, OverflowError) as e:
    print(type(e).__name__)
