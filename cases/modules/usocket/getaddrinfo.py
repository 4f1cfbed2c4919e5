# pycopy-targets: unix (usocket is a module of the unix port)
# getaddrinfo(host, port, family=0, type=0, proto=0, flags=0): 5-tuples
# (family, type, proto, canonname, sockaddr).
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uselect as select
except ImportError:
    import select

res = socket.getaddrinfo("127.0.0.1", 80)
print(type(res).__name__, len(res) > 0)
for fam, typ, proto, canon, addr in res:
    print(int(fam), int(typ), proto, repr(canon), addr)
res = socket.getaddrinfo("localhost", 80)
v4 = [r for r in res if r[0] == socket.AF_INET and r[1] == socket.SOCK_STREAM]
print(len(v4) > 0, v4[0][4], len(v4[0]))
print(socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)[0][4])
print(socket.getaddrinfo("127.0.0.1", "8080", 0, socket.SOCK_DGRAM)[0][4])
print(socket.getaddrinfo("127.0.0.1", b"81", socket.AF_INET, socket.SOCK_DGRAM)[0][4])
print(socket.getaddrinfo(b"127.0.0.1", None, socket.AF_INET, socket.SOCK_STREAM)[0][4])
print(socket.getaddrinfo("::1", 443, socket.AF_INET6, socket.SOCK_STREAM)[0][4])
print(socket.getaddrinfo(None, 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)[0][4])
print(socket.getaddrinfo(None, 80, socket.AF_INET, socket.SOCK_STREAM)[0][4])
print(socket.getaddrinfo(host="127.0.0.1", port=7, family=socket.AF_INET, type=socket.SOCK_STREAM)[0][4])
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_CANONNAME)[0][3])
# The address getaddrinfo gives is what connect/bind take.
addr = socket.getaddrinfo("127.0.0.1", 0, socket.AF_INET, socket.SOCK_STREAM)[0][-1]
s = socket.socket()
s.bind(addr)
print(s.getsockname()[0])
s.close()
try:
    socket.getaddrinfo("not-a-number", 80, 0, 0, 0, socket.AI_NUMERICHOST)
except OSError as e:
    print("OSError", e.args[0])
try:
    socket.getaddrinfo("127.0.0.1", "http-not-a-service", 0, 0, 0)
except OSError as e:
    print("OSError", e.args[0])
for bad in ((1, 80), ("127.0.0.1", 1.5), ("127.0.0.1", [80])):
    try:
        socket.getaddrinfo(*bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__, [type(x).__name__ for x in bad])
try:
    socket.getaddrinfo("127.0.0.1")
except TypeError:
    print("TypeError args")
