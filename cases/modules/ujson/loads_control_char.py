# A raw control character inside a JSON string is a ValueError; escaped
# it is fine.
try:
    import ujson as json
except ImportError:
    import json

for text in ('"a\nb"', '"tab\there"', '"\x00"'):
    try:
        json.loads(text)
        print("no error", repr(text))
    except ValueError:
        print("ValueError", repr(text))
print(repr(json.loads('"a\\nb"')))
