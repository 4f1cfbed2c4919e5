# pycopy-targets: unix (usocket is a module of the unix port)
# UDP: sendto/recvfrom on localhost, connect + send/recv, datagram boundaries.
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uselect as select
except ImportError:
    import select

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(("127.0.0.1", 0))
print(b.sendto(b"first", a.getsockname()))
print(b.sendto(b"second", 0, a.getsockname()))
data, addr = a.recvfrom(100)
print(data, addr == b.getsockname(), type(addr).__name__)
data, addr = a.recvfrom(3)
print(data, addr == b.getsockname())
print(a.sendto(b"", b.getsockname()))
print(b.recvfrom(10)[0])
b.connect(a.getsockname())
print(b.send(b"connected"))
print(a.recv(100))
a.sendto(b"reply", b.getsockname())
print(b.recv(100))
print(int(a.type) == socket.SOCK_DGRAM, int(a.family) == socket.AF_INET)
a.close()
b.close()
