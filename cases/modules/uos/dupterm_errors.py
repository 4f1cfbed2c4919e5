# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# A stream without write()/readinto() is refused; a stream whose write()
# raises is dropped from its slot, with a message on the terminal.
import uos
import uio

try:
    uos.dupterm(42)
except OSError as e:
    print("OSError", e)


# Defined under a fixed file name, so that the traceback in the message
# doesn't show where the case lives.
SOURCE = """
class Failing(uio.IOBase):
    def write(self, b):
        raise ValueError("cannot write")

    def readinto(self, buf):
        return None
"""
exec(compile(SOURCE, "stream.py", "exec"))


uos.dupterm(Failing())
print("output")
print(uos.dupterm(None))
