# pycopy-targets: unix (usocket is a module of the unix port)
# A socket is a context manager; fileno(); family/type/proto attributes.
try:
    import usocket as socket
except ImportError:
    import socket

with socket.socket() as s:
    print(s.fileno() > 2)
    print(int(s.family) == socket.AF_INET, int(s.type) == socket.SOCK_STREAM, s.proto)
print(s.fileno())
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
    print(int(u.family), int(u.type), u.proto)
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP) as u:
    print(u.proto)
with socket.socket(family=socket.AF_INET6, type=socket.SOCK_STREAM, proto=0) as t:
    print(int(t.family) == socket.AF_INET6)
with socket.socket(socket.AF_UNIX) as x:
    print(int(x.family))
try:
    with socket.socket() as s:
        raise ValueError("inside")
except ValueError as e:
    print(e, s.fileno())
s = socket.socket()
print(s.__enter__() is s)
print(s.__exit__(None, None, None), s.fileno())
