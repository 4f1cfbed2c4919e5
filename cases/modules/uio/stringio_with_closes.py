# with closes the StringIO at exit; the value is readable inside.
import io

with io.StringIO() as s:
    s.write("inside")
    print(s.getvalue(), s.closed)
print(s.closed)
try:
    s.getvalue()
except ValueError:
    print("ValueError")
