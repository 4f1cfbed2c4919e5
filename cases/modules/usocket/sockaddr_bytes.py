# pycopy-targets: unix (usocket is a module of the unix port)
# bind/connect/sendto also take a raw struct sockaddr as bytes, the address
# format of Pycopy's unix getaddrinfo (here getaddrinfo returns tuples).
import usocket

# struct sockaddr_in for 127.0.0.1 port 0: family (host order), port and
# address (network order), zero padding.
raw = (2).to_bytes(2, "little") + (0).to_bytes(2, "big") + bytes([127, 0, 0, 1]) + bytes(8)
srv = usocket.socket()
srv.bind(raw)
host, port = srv.getsockname()
print(host)
srv.listen(1)
c = usocket.socket()
c.connect((2).to_bytes(2, "little") + port.to_bytes(2, "big") + bytes([127, 0, 0, 1]) + bytes(8))
conn, addr = srv.accept()
print(addr == c.getsockname())
u = usocket.socket(usocket.AF_INET, usocket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
uport = u.getsockname()[1]
v = usocket.socket(usocket.AF_INET, usocket.SOCK_DGRAM)
print(v.sendto(b"raw", (2).to_bytes(2, "little") + uport.to_bytes(2, "big") + bytes([127, 0, 0, 1]) + bytes(8)))
print(u.recv(10))
for bad in (b"", b"\x02", bytes(200)):
    try:
        u.sendto(b"x", bad)
    except OSError as e:
        print("OSError", e.args[0])
for s in (srv, c, conn, u, v):
    s.close()
