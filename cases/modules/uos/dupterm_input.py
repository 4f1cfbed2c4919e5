# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# Bytes a dupterm stream's readinto() gives become terminal input: input()
# and sys.stdin read them.
import sys
import uos
import uio


class Keyboard(uio.IOBase):
    def __init__(self, keys):
        self.keys = bytearray(keys)

    def write(self, b):
        return len(b)

    def readinto(self, buf):
        if not self.keys:
            return None
        buf[0] = self.keys.pop(0)
        return 1


uos.dupterm(Keyboard(b"first line\nsecond\nxyz"))
print(repr(input()))
print(repr(input("> ")))
print(repr(sys.stdin.read(2)))
print(repr(sys.stdin.read(1)))
uos.dupterm(None)
