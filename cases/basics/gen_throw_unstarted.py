# throw() into a generator that hasn't started
def g():
    print("never runs")
    yield 1
it = g()
try:
    it.throw(ValueError("early"))
except ValueError as e:
    print("raised immediately:", e)
print(list(it))
