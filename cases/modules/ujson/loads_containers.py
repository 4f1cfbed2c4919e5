# loads of arrays and objects.
import json

print(json.loads("[]"), json.loads("{}"), json.loads("[[]]"), json.loads('[{}, {"a": []}]'))
print(json.loads('[1, "two", 3.0, null, true, false]'))
print(json.loads('{"a": 1, "b": {"c": [1, 2, {"d": null}]}}'))
print(json.loads(' { "x" : 1 , "y" : [ 2 , 3 ] } '))
# Later duplicate keys win.
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
# Key order is kept.
print(list(json.loads('{"z": 0, "m": 0, "a": 0}')))
print(json.loads("[\n  1,\n  2\n]"))
