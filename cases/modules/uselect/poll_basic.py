# pycopy-targets: unix (uselect is a module of the unix port)
# poll(): register/poll with explicit masks, results as (descriptor, event).
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uselect as select
except ImportError:
    import select


def fds(res):
    # Pycopy reports the registered object, CPython its descriptor.
    return sorted((o if isinstance(o, int) else o.fileno(), ev) for o, ev in res)


IN, OUT = select.POLLIN, select.POLLOUT
a, b = socket.socketpair()
fa, fb = a.fileno(), b.fileno()
p = select.poll()
print(p.poll(0))
print(p.register(a, IN))
print(p.poll(0))
b.send(b"x")
res = p.poll(1000)
print(type(res).__name__, len(res), fds(res) == [(fa, IN)])
print([type(t).__name__ for t in res], [len(t) >= 2 for t in res])
p.register(b, OUT)
print(fds(p.poll(0)) == [(fa, IN), (fb, OUT)])
# Registering again changes the mask.
p.register(a, OUT)
print(fds(p.poll(0)) == [(fa, OUT), (fb, OUT)])
p.register(a, IN | OUT)
print(fds(p.poll(0)) == [(fa, IN | OUT), (fb, OUT)])
# The default mask includes POLLIN and POLLOUT.
q = select.poll()
q.register(a)
print(fds(q.poll(0)) == [(fa, IN | OUT)])
# A mask of 0 reports nothing but errors and hangups.
q.register(a, 0)
print(q.poll(0))
# Registering by descriptor is the same entry.
q.register(fa, IN)
print(fds(q.poll(0)) == [(fa, IN)])
print(a.recv(1))
print(fds(q.poll(0)))
a.close()
b.close()
