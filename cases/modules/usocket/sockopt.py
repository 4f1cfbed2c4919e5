# pycopy-targets: unix (usocket is a module of the unix port)
# setsockopt/getsockopt with int and bytes values (little-endian host).
try:
    import usocket as socket
except ImportError:
    import socket

s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
print(s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 0)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, (1).to_bytes(4, "little"))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
raw = s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 4)
print(type(raw).__name__, int.from_bytes(raw, "little"))
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, (1).to_bytes(4, "little") + (5).to_bytes(4, "little"))
raw = s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)
print(int.from_bytes(raw[:4], "little"), int.from_bytes(raw[4:], "little"))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print(u.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
u.close()
try:
    s.setsockopt(socket.SOL_SOCKET, 9999, 1)
except OSError as e:
    print("OSError", e.args[0])
try:
    s.getsockopt(socket.SOL_SOCKET, 9999)
except OSError as e:
    print("OSError", e.args[0])
for bad in ("1", None, 1.5):
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)
except TypeError:
    print("TypeError args")
s.close()
