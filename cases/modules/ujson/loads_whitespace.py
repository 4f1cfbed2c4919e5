# loads skips JSON whitespace (space, tab, newline, CR) around values.
try:
    import ujson as json
except ImportError:
    import json

print(json.loads(" \t\n\r 1 \n"))
print(json.loads("[ 1 , 2 ,\n3 ]"))
print(json.loads('{\n  "a" : \t[ ] ,"b":{ } }'))
print(json.loads("\ttrue\r\n"))
