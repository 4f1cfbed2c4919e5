# User classes deriving from StringIO and BytesIO.
import io


class Log(io.StringIO):
    def lines(self):
        return self.getvalue().splitlines()


log = Log()
log.write("one\n")
print("two", file=log)
print(log.lines(), isinstance(log, io.StringIO))


class Buf(io.BytesIO):
    pass


b = Buf(b"data")
print(b.read(2), b.read(), type(b).__name__)
