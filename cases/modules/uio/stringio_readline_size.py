# readline(size) stops after size characters even inside a line.
import io

s = io.StringIO("abcdef\ngh\n")
print(repr(s.readline(2)), repr(s.readline(10)), repr(s.readline(-1)), repr(s.readline(0)))
