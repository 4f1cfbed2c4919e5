# pycopy-targets: unix (uselect is a module of the unix port)
# select() on descriptors given as ints and as objects with fileno().
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uselect as select
except ImportError:
    import select

a, b = socket.socketpair()


class F:
    def __init__(self, s):
        self.s = s

    def fileno(self):
        return self.s.fileno()


fa = F(a)
b.send(b"x")
r, w, x = select.select([a.fileno()], [b.fileno()], [], 1)
print(r == [a.fileno()], w == [b.fileno()], x)
r, w, x = select.select([fa], [F(b)], [], 1)
print(r == [fa], r[0] is fa, len(w))
r, w, x = select.select([fa, b.fileno(), a], [], [], 1)
print(len(r), r[0] is fa, r[1] is a)
a.close()
b.close()
