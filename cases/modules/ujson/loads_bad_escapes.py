# Bad escapes in strings: unknown letters and short \u forms are ValueError.
try:
    import ujson as json
except ImportError:
    import json

for text in (r'"\x41"', r'"\a"', r'"\u12"', r'"\u12g4"', r'"\U00000041"', '"\\'):
    try:
        json.loads(text)
        print("no error", text)
    except ValueError:
        print("ValueError", text)
