# pycopy-targets: unix (usocket is a module of the unix port)
# inet_pton(family, text) and inet_ntop(family, packed).
try:
    import usocket as socket
except ImportError:
    import socket

for ip in ("0.0.0.0", "127.0.0.1", "192.168.1.254", "255.255.255.255"):
    b = socket.inet_pton(socket.AF_INET, ip)
    print(ip, b, socket.inet_ntop(socket.AF_INET, b))
for ip in ("::", "::1", "fe80::1:2", "2001:db8::ff00:42:8329", "::ffff:1.2.3.4"):
    b = socket.inet_pton(socket.AF_INET6, ip)
    print(ip, len(b), socket.inet_ntop(socket.AF_INET6, b))
print(socket.inet_ntop(socket.AF_INET, bytearray(b"\x0a\x00\x00\x01")))
print(socket.inet_ntop(socket.AF_INET6, bytes(range(16))))
for bad in ("1.2.3", "1.2.3.256", "abc", "", "::1"):
    try:
        socket.inet_pton(socket.AF_INET, bad)
    except OSError:
        print("OSError", repr(bad))
for bad in (":::", "1::2::3", "12345::"):
    try:
        socket.inet_pton(socket.AF_INET6, bad)
    except OSError:
        print("OSError", repr(bad))
for bad in (b"\x01\x02\x03", b"", bytes(5)):
    try:
        socket.inet_ntop(socket.AF_INET, bad)
    except ValueError:
        print("ValueError", len(bad))
try:
    socket.inet_ntop(socket.AF_INET6, bytes(4))
except ValueError:
    print("ValueError v6")
try:
    socket.inet_pton(socket.AF_INET, b"1.2.3.4")
except TypeError:
    print("TypeError pton")
try:
    socket.inet_ntop(socket.AF_INET, "1234")
except TypeError:
    print("TypeError ntop")
try:
    socket.inet_pton(9999, "1.2.3.4")
except OSError as e:
    print("OSError family", e.args[0])
