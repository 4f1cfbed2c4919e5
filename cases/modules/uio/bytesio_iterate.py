# Iterating over BytesIO yields lines as bytes.
import io

print(list(io.BytesIO(b"l1\nl2\n\nl3")))
for line in io.BytesIO(b"x\ny"):
    print(line)
