# catching several exception types with a tuple
errors = (ValueError, TypeError)
for exc in (ValueError, TypeError, KeyError, IndexError):
    try:
        try:
            raise exc("x")
        except errors as e:
            print("tuple caught", type(e).__name__)
        except (KeyError, IndexError) as e:
            print("second tuple", type(e).__name__)
    except Exception:
        print("not reached")
try:
    raise ZeroDivisionError
except (LookupError, ArithmeticError):
    print("caught via base class in tuple")
