# dumps of strings: quotes, backslashes, control characters, non-ASCII.
import json

for s in ("", "abc", 'a"b', "a\\b", "a/b", "\n\r\t\b\f", "\x00\x01\x1f", "\x7f", "caf\xe9",
          "\u20ac", "\U0001f600", "mixed \u00e9\n\"x\""):
    print(json.dumps(s))
print(json.dumps(["\u0100", {"\u00ff": "\U00010000"}]))
