# loads of strings and their escapes.
import json

print(repr(json.loads('""')))
print(repr(json.loads('"abc"')))
print(repr(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"')))
print(repr(json.loads('"\\u0041\\u00e9\\u20ac"')))
print(repr(json.loads('"\\ud83d\\ude00"')))
print(repr(json.loads('"\\uD834\\uDD1E x"')))
print(repr(json.loads('"\\u0000"')))
print(repr(json.loads('"caf\u00e9 \U0001f600"')))
print(json.loads('"\\u00E9"') == "\u00e9")
