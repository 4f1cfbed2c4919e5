# KeyboardInterrupt is a BaseException, not an Exception
def f():
    try:
        raise KeyboardInterrupt
    except Exception:
        return "caught by Exception"
    except BaseException as e:
        return "caught by BaseException " + type(e).__name__
print(f())
try:
    raise KeyboardInterrupt("ki")
except KeyboardInterrupt as e:
    print(e.args)
