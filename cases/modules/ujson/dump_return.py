# dump returns None and writes the text in one or more writes.
import json
import io

s = io.StringIO()
print(json.dump([1, "two"], s), s.getvalue())
json.dump(3, s)
print(s.getvalue())
