# pycopy-targets: unix (uselect is a module of the unix port)
# select(rlist, wlist, xlist[, timeout]) on socket pairs: readiness, timeouts, hangup.
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uselect as select
except ImportError:
    import select

a, b = socket.socketpair()
r, w, x = select.select([a, b], [a, b], [a, b], 0)
print(r == [], w == [a, b], x == [])
print(type(r).__name__, type(w).__name__, type(x).__name__)
print(select.select([a, b], [], [], 0.05))
b.send(b"ping")
r, w, x = select.select([a, b], [], [], 1)
print(r == [a], r[0] is a, w, x)
r, w, x = select.select((a,), (b,), (), 1)
print(r == [a], w == [b], x)
# The same object twice is reported twice.
r, _, _ = select.select([a, a], [], [], None)
print(len(r))
print(a.recv(10))
print(select.select([a], [], [], 0) == ([], [], []))
# Any iterable works.
r, w, _ = select.select(iter([b]), [x for x in [a]], [], 0)
print(r == [], w == [a])
# A peer that closed makes the other end readable (recv gives b"").
b.close()
r, w, x = select.select([a], [], [], 1)
print(r == [a], a.recv(10))
a.close()
# A listening TCP socket is readable when a connection waits.
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
print(select.select([srv], [], [], 0) == ([], [], []))
c = socket.socket()
c.connect(srv.getsockname())
r, _, _ = select.select([srv], [], [], 1)
print(r == [srv])
conn, _ = srv.accept()
print(select.select([conn], [conn, c], [], 0) == ([], [conn, c], []))
c.close()
conn.close()
srv.close()
