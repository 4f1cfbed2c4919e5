# NaN and the infinities: dumps writes NaN/Infinity/-Infinity, and loads
# reads them back.
try:
    import ujson as json
except ImportError:
    import json

print(json.dumps([float("inf"), -float("inf")]), json.dumps(float("nan")))
v = json.loads("[NaN, Infinity, -Infinity]")
print(v[0] != v[0], v[1], v[2])
