# Bad type codes and initialisers.
from array import array


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)


check(lambda: array("x"))
check(lambda: array("z", [1]))
check(lambda: array(""))
check(lambda: array("bb"))
check(lambda: array(1))
check(lambda: array(b"b"))
check(lambda: array())
check(lambda: array("i", 5))
check(lambda: array("i", None))
check(lambda: array("i", "abc"))
check(lambda: array("i", b"abc"))
check(lambda: array("h", b"a"))
check(lambda: array("i", [1.5]))
check(lambda: array("i", ["1"]))
check(lambda: array("i", [None]))
check(lambda: array("f", ["a"]))
check(lambda: array("d", [1j]))
check(lambda: array("d", [None]))
