# pycopy-targets: unix (uselect is a module of the unix port)
# poll([timeout]): milliseconds, None/negative wait forever, floats round up.
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


IN = select.POLLIN
a, b = socket.socketpair()
p = select.poll()
p.register(a, IN)
for t in (0, 1, 20, 0.5, 2.5):
    print(t, p.poll(t))
print(p.poll(100))
b.send(b"x")
for t in (-1, None, -5, 10**6):
    print(t, fds(p.poll(t)) == [(a.fileno(), IN)])
print(fds(p.poll()) == [(a.fileno(), IN)])
# Nothing registered: poll just waits for the timeout.
q = select.poll()
print(q.poll(0), q.poll(10))
for bad in ("1", [1]):
    try:
        p.poll(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    p.poll(1, 2, 3)
except TypeError:
    print("TypeError args")
a.close()
b.close()
