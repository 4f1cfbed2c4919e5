# try/except catching by type
def risky(kind):
    if kind == 1:
        raise ValueError("bad value")
    if kind == 2:
        raise KeyError("k")
    if kind == 3:
        return [][1]
    return "fine"
for k in range(4):
    try:
        print(risky(k))
    except ValueError as e:
        print("ValueError", e)
    except KeyError as e:
        print("KeyError", e)
    except Exception as e:
        print("other", type(e).__name__)
