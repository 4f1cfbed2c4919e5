# pycopy-targets: unix (uselect is a module of the unix port)
# ipoll(timeout=-1, flags=0): an iterator of (obj, event, userdata) tuples;
# register()'s third argument is the userdata; flags=1 is one-shot mode, which
# clears the mask of each object reported until modify() sets it again
# (Pycopy extensions, absent from CPython).
import usocket
import uselect

IN, OUT = uselect.POLLIN, uselect.POLLOUT
a, b = usocket.socketpair()
p = uselect.poll()
p.register(a, IN, "data for a")
p.register(b, OUT)
it = p.ipoll(0)
print(iter(it) is it)
res = sorted(it, key=lambda t: t[0].fileno())
print(len(res), [len(t) for t in res])
print(res[0][0] is a or res[0][0] is b, [t[2] for t in res if t[0] is b])
print(list(p.ipoll(0, 0)) == list(p.ipoll(0)))
b.send(b"x")
for obj, ev, data in p.ipoll(1000):
    print(obj is a, obj is b, ev, data)
# Registering again without userdata keeps it; with userdata replaces it.
p.register(a, IN)
print([t[2] for t in p.ipoll(0) if t[0] is a])
p.register(a, IN, [1, 2])
print([t[2] for t in p.ipoll(0) if t[0] is a])
p.register(a, IN, None)
print([t[2] for t in p.ipoll(0) if t[0] is a])
# One-shot: reported once, then silent until modify().
p.unregister(b)
p.register(a, IN, "once")
print([(t[1], t[2]) for t in p.ipoll(0, 1)])
print(list(p.ipoll(0, 1)), list(p.ipoll(0)), p.poll(0))
p.modify(a, IN)
print([(t[1], t[2]) for t in p.ipoll(0)])
# Timeouts as for poll().
a.recv(1)
print(list(p.ipoll(0)), list(p.ipoll(10)), list(p.ipoll(1.5)))
try:
    p.ipoll("x")
except TypeError:
    print("TypeError")
a.close()
b.close()
