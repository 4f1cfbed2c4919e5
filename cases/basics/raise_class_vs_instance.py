# raising a class instantiates it
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError()
except ValueError as e:
    print(e.args)
try:
    raise ValueError("a", 2)
except ValueError as e:
    print(e.args)
try:
    raise 5
except TypeError as e:
    print("raising non-exception:", type(e).__name__)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("raising non-exception class:", type(e).__name__)
