# StringIO type checks and closed streams.
import io

for f in (lambda: io.StringIO(b"bytes"), lambda: io.StringIO(1.5), lambda: io.StringIO().write(b"x"),
          lambda: io.StringIO().write(5), lambda: io.StringIO().read("1")):
    try:
        f()
        print("no error")
    except TypeError as e:
        print("TypeError", e)
s = io.StringIO("data")
print(s.closed)
s.close()
print(s.closed)
s.close()
for name in ("read", "readline", "getvalue", "tell"):
    try:
        getattr(s, name)()
    except ValueError as e:
        print(name, "ValueError", e)
try:
    s.write("x")
except ValueError as e:
    print("write ValueError", e)
try:
    s.seek(0)
except ValueError as e:
    print("seek ValueError", e)
