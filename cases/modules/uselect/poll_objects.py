# pycopy-targets: unix (uselect is a module of the unix port)
# poll() reports the registered object itself in its (obj, event) tuples
# (CPython reports the descriptor), including ints, objects with fileno(),
# and sys.stdin; userdata is not part of poll()'s tuples.
import usocket
import uselect
import sys

IN, OUT = uselect.POLLIN, uselect.POLLOUT
a, b = usocket.socketpair()


class F:
    def __init__(self, s):
        self.s = s

    def fileno(self):
        return self.s.fileno()


p = uselect.poll()
p.register(a, IN)
b.send(b"x")
res = p.poll(0)
print(len(res), res[0][0] is a, res[0][1] == IN)
# Registering the same descriptor through another object replaces it.
f = F(a)
p.register(f, IN, "userdata")
res = p.poll(0)
print(len(res), res[0][0] is f, len(res[0]))
p.register(a.fileno(), IN)
res = p.poll(0)
print(res[0][0] == a.fileno(), type(res[0][0]).__name__)
p.unregister(a)
print(p.poll(0))
# unregister(obj, False) ignores an unknown object (Pycopy extension).
print(p.unregister(a, False))
try:
    p.unregister(a, True)
except KeyError:
    print("KeyError")
# sys.stdin has a descriptor too.
p.register(sys.stdin, IN)
p.unregister(sys.stdin)
# A closed descriptor is reported with POLLNVAL.
c, d = usocket.socketpair()
p.register(c, IN)
fd = c.fileno()
p.register(fd, IN)
c.close()
res = p.poll(0)
print(res[0][0] == fd, res[0][1] == uselect.POLLNVAL)
d.close()
a.close()
b.close()
