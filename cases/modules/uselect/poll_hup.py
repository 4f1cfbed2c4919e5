# pycopy-targets: unix (uselect is a module of the unix port)
# poll: a closed peer gives POLLIN|POLLHUP; a shut-down TCP connection POLLIN.
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


IN, OUT, HUP = select.POLLIN, select.POLLOUT, select.POLLHUP
a, b = socket.socketpair()
p = select.poll()
p.register(a, IN)
b.close()
res = fds(p.poll(1000))
print(res == [(a.fileno(), IN | HUP)], res[0][1] & HUP != 0)
# Even without asking for events, the hangup is reported.
p.modify(a, 0)
print(fds(p.poll(0)) == [(a.fileno(), HUP)])
a.close()
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
c = socket.socket()
c.connect(srv.getsockname())
conn, _ = srv.accept()
p = select.poll()
p.register(conn, IN)
print(p.poll(0))
c.shutdown(socket.SHUT_WR)
print(fds(p.poll(1000)) == [(conn.fileno(), IN)], conn.recv(5))
c.close()
conn.close()
srv.close()
