# readline keeps the newline; the last line may lack one; then "".
import io

s = io.StringIO("one\ntwo")
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s = io.StringIO("\n\nx\n")
print([s.readline() for _ in range(4)])
