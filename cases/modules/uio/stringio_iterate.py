# Iteration yields lines with their newlines, from the current position.
import io

s = io.StringIO("a\nbb\n\nccc")
print(s.readline())
print(list(s))
print(list(s))
s.seek(0)
print([len(line) for line in s])
