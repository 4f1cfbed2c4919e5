# a few stable, commonly relied-on messages
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {}["key"]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    raise StopIteration
except StopIteration as e:
    print("StopIteration args:", e.args)
