# dict equality ignores order
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
print({"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
print({} == {}, {1: [1]} == {1: [1]})
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__)
