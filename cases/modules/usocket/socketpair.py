# pycopy-targets: unix (usocket is a module of the unix port)
# socketpair(): two connected AF_UNIX sockets (stream and datagram).
try:
    import usocket as socket
except ImportError:
    import socket

a, b = socket.socketpair()
print(int(a.family) == socket.AF_UNIX, int(a.type) == socket.SOCK_STREAM)
print(a.send(b"one"), b.recv(10))
print(b.sendall(b"two"), a.recv(10))
print(a.getsockname(), b.getpeername())
a.close()
b.close()
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
a.send(b"d1")
a.send(b"d2")
print(b.recv(10), b.recv(10))
a.close()
b.close()
try:
    socket.socketpair(socket.AF_INET)
except OSError as e:
    print("OSError", e.args[0])
