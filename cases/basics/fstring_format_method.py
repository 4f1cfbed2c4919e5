# f-string uses __format__ of objects
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return "$" + str(self.v)
        return "M(" + str(self.v) + ")"
m = Money(5)
print(f"{m:usd}")
print(f"{m}")
print(format(m, "usd"))
print("{:usd}".format(m))
