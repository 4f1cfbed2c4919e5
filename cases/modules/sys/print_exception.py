# sys.print_exception(exc[, file]) prints the exception (with its traceback,
# here empty) to stdout or to a file-like object.
import sys


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sys.print_exception(ValueError("bad value"))
sink = Sink()
sys.print_exception(KeyError("k"), sink)
print(repr("".join(sink.parts)))
