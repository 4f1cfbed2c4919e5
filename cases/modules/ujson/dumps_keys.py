# Dict keys: str, int, float, bool and None are converted to strings.
import json

print(json.dumps({1: "a", -2: "b", 2**70: "c"}))
print(json.dumps({1.5: 0, 0.1: 1, float("inf"): 2}))
print(json.dumps({True: 1, False: 0, None: "n"}))
print(json.dumps({"1": 1, 1: 2}))
for bad in ({(1, 2): 3}, {b"k": 1}, {frozenset(): 1}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
