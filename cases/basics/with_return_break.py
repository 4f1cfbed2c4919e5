# __exit__ runs on return, break and continue
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", self.tag)
def f():
    with CM("return"):
        return "value"
print(f())
for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")
