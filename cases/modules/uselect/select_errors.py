# pycopy-targets: unix (uselect is a module of the unix port)
# select() argument errors.
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uselect as select
except ImportError:
    import select

a, b = socket.socketpair()
try:
    select.select([a], [], [], -1)
except ValueError:
    print("ValueError negative timeout")
for t in ("1", [1]):
    try:
        select.select([a], [], [], t)
    except TypeError:
        print("TypeError timeout", type(t).__name__)
for bad in (1, None):
    try:
        select.select(bad, [], [])
    except TypeError:
        print("TypeError list", type(bad).__name__)
for bad in (object(), "x", 1.5):
    try:
        select.select([bad], [], [], 0)
    except TypeError:
        print("TypeError item", type(bad).__name__)
try:
    select.select([-1], [], [], 0)
except ValueError:
    print("ValueError negative fd")


class Bad:
    def fileno(self):
        return "3"


class Raises:
    def fileno(self):
        raise RuntimeError("no fileno")


try:
    select.select([Bad()], [], [], 0)
except TypeError:
    print("TypeError fileno")
try:
    select.select([Raises()], [], [], 0)
except RuntimeError as e:
    print("RuntimeError", e)
c, d = socket.socketpair()
fd = c.fileno()
c.close()
d.close()
try:
    select.select([c], [], [], 0)
except ValueError:
    print("ValueError closed socket")
try:
    select.select([fd], [], [], 0)
except OSError as e:
    print("OSError", e.args[0])
try:
    select.select([a], [])
except TypeError:
    print("TypeError args")
a.close()
b.close()
