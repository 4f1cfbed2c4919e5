# pycopy-targets: unix (usocket is a module of the unix port)
# IPv6 over ::1 (skipped when the host has no IPv6 loopback).
try:
    import usocket as socket
except ImportError:
    import socket

try:
    srv = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    srv.bind(("::1", 0))
except OSError:
    print("SKIP")
    raise SystemExit
srv.listen(1)
addr = srv.getsockname()
print(len(addr), addr[0], addr[2], addr[3])
c = socket.socket(socket.AF_INET6)
c.connect(("::1", addr[1]))
conn, peer = srv.accept()
print(peer[0], peer == c.getsockname())
c.send(b"v6")
print(conn.recv(10))
u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u.bind(("::1", 0, 0, 0))
v = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
v.sendto(b"dgram6", u.getsockname())
print(u.recvfrom(100)[0])
try:
    u.bind(("::1",))
except TypeError:
    print("TypeError")
try:
    u.bind(("::1", 0, 0, 0, 0))
except TypeError:
    print("TypeError")
for s in (srv, c, conn, u, v):
    s.close()
