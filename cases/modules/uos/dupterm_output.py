# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# dupterm(stream): print() output is also written to the stream, as bytes;
# dupterm(None) stops it and returns the stream.
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


c = Capture()
print(uos.dupterm(c))
print("copied", 1, 2.5)
import sys
sys.stdout.write("via sys.stdout\n")
print(uos.dupterm(None) is c)
print("not copied")
print(bytes(c.data))
