# pycopy-targets: unix (usocket is a module of the unix port)
# AF_UNIX stream sockets bound to a path: bind, listen, connect, accept, names.
try:
    import usocket as socket
except ImportError:
    import socket

try:
    import uos as os
except ImportError:
    import os

P = "_tmp_unix_socket.sock"
try:
    os.remove(P)
except OSError:
    pass
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(P)
srv.listen(1)
print(srv.getsockname())
print(os.stat(P)[0] & 0o170000 == 0o140000)
cli = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
cli.connect(P)
conn, addr = srv.accept()
print(repr(addr), cli.getpeername(), repr(cli.getsockname()))
cli.send(b"over unix")
print(conn.recv(100))
try:
    socket.socket(socket.AF_UNIX).bind(P)
except OSError as e:
    print("in use", e.args[0])
try:
    socket.socket(socket.AF_UNIX).bind("x" * 200)
except OSError:
    print("OSError too long")
try:
    socket.socket(socket.AF_UNIX).connect("_tmp_unix_socket_missing.sock")
except OSError as e:
    print("missing", e.args[0])
# An abstract address (leading NUL byte) is bytes.
ab = socket.socket(socket.AF_UNIX)
ab.bind(b"\0pycopy-case-abstract")
print(ab.getsockname())
ab.close()
conn.close()
cli.close()
srv.close()
os.remove(P)
