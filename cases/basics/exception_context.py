# implicit chaining sets __context__
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__)
try:
    raise ValueError("alone")
except ValueError as e:
    print(e.__context__)
try:
    try:
        raise KeyError("a")
    finally:
        pass
except KeyError as e:
    print(e.__context__)
