# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# dupterm's index chooses a slot: each slot gets the output, setting one
# returns what it held, and an index past the slots is a ValueError.
import uos
import uio


class Capture(uio.IOBase):
    def __init__(self):
        self.data = bytearray()

    def write(self, b):
        self.data += b
        return len(b)

    def readinto(self, buf):
        return None


a, b = Capture(), Capture()
uos.dupterm(a, 0)
uos.dupterm(b, 1)
print("both")
print(uos.dupterm(None, 1) is b)
print("only a")
print(uos.dupterm(None) is a)
print(bytes(a.data), bytes(b.data))
for index in (2, -1, 100):
    try:
        uos.dupterm(None, index)
    except ValueError as e:
        print("ValueError", e)
try:
    uos.dupterm(None, "0")
except TypeError:
    print("TypeError")
