# assert with and without message
assert True
assert 1 == 1, "not raised"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ["list", 1]
except AssertionError as e:
    print(e.args[0])
calls = []
assert calls.append(1) is None, "x"
print(calls)
