# pycopy-targets: unix (usocket is a module of the unix port)
# shutdown(how): SHUT_WR ends the peer's stream, SHUT_RD/SHUT_RDWR.
try:
    import usocket as socket
except ImportError:
    import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
c = socket.socket()
c.connect(srv.getsockname())
conn, _ = srv.accept()
c.send(b"last words")
print(c.shutdown(socket.SHUT_WR))
print(conn.recv(100), conn.recv(100))
conn.send(b"still open the other way")
print(c.recv(100))
try:
    c.send(b"x")
except OSError as e:
    print("OSError", e.args[0])
conn.shutdown(socket.SHUT_RDWR)
print(c.recv(10))
try:
    c.shutdown(99)
except OSError as e:
    print("OSError", e.args[0])
c.close()
conn.close()
srv.close()
