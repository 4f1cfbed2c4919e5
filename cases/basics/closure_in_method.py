# closures created in methods capturing self
class Counter:
    def __init__(self):
        self.n = 0
    def incrementer(self, step):
        def inc():
            self.n += step
            return self.n
        return inc
c = Counter()
by2 = c.incrementer(2)
by5 = c.incrementer(5)
print(by2(), by5(), by2(), c.n)
class Btn:
    def __init__(self, label):
        self.label = label
        self.handlers = []
    def on(self, f):
        self.handlers.append(f)
        return f
    def click(self):
        return [h(self) for h in self.handlers]
b = Btn("ok")
@b.on
def h1(btn):
    return "h1 " + btn.label
b.on(lambda btn: "lambda " + btn.label)
print(b.click())
