# dumps escapes control characters with short forms where JSON has them.
import json

print(json.dumps("\b\f\n\r\t"))
print(json.dumps("\x00\x01\x1f\x7f"))
print(json.dumps('q"b\\s/'))
